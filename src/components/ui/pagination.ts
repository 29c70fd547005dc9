/** A page number, or a gap between page numbers. */
export type PageItem = number | 'ellipsis'

/**
 * The pages to link: the first, the last, and `siblings` pages either side of the current one,
 * with `'ellipsis'` for each gap. A gap of a single page shows that page instead.
 */
export function pageItems(current: number, last: number, siblings = 1): PageItem[] {
  const pages = new Set<number>([1, last])
  for (let page = current - siblings; page <= current + siblings; page++) {
    if (page >= 1 && page <= last) pages.add(page)
  }
  const sorted = [...pages].sort((a, b) => a - b)
  const items: PageItem[] = []
  let previous = 0
  for (const page of sorted) {
    if (page - previous === 2) items.push(page - 1)
    else if (page - previous > 2) items.push('ellipsis')
    items.push(page)
    previous = page
  }
  return items
}

const PLACEHOLDER_ORIGIN = 'http://escalated.invalid'

/** `url` with its `page` query parameter set; relative URLs stay relative. */
export function pageUrl(url: string, page: number): string {
  const parsed = new URL(url, PLACEHOLDER_ORIGIN)
  parsed.searchParams.set('page', String(page))
  const rest = `${parsed.pathname}${parsed.search}${parsed.hash}`
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return parsed.href
  return url.startsWith('//') ? `//${parsed.host}${rest}` : rest
}
