/** One query-string value: scalars, arrays (`key[]=a&key[]=b`) and nested objects (`key[sub]=v`). */
export type ApiQueryValue =
  | string
  | number
  | boolean
  | null
  | undefined
  | readonly ApiQueryValue[]
  | { readonly [key: string]: ApiQueryValue }

/** Query-string parameters by name; `null` and `undefined` entries are left out. */
export type ApiQuery = { readonly [key: string]: ApiQueryValue }

function isList(value: ApiQueryValue): value is readonly ApiQueryValue[] {
  return Array.isArray(value)
}

// The same encoding as route() in src/routes, which src/api may not import: brackets stay
// literal, booleans travel as 1/0, empty values are dropped.
function collect(pairs: string[], key: string, value: ApiQueryValue): void {
  if (value === null || value === undefined) return
  if (isList(value)) {
    for (const item of value) collect(pairs, `${key}[]`, item)
  } else if (typeof value === 'object') {
    for (const [child, item] of Object.entries(value)) collect(pairs, `${key}[${child}]`, item)
  } else {
    const text = typeof value === 'boolean' ? (value ? '1' : '0') : String(value)
    const name = encodeURIComponent(key).replace(/%5B/gi, '[').replace(/%5D/gi, ']')
    pairs.push(`${name}=${encodeURIComponent(text)}`)
  }
}

/** Appends query parameters to a URL that may already carry a query string or a fragment. */
export function withQuery(url: string, query: ApiQuery | undefined): string {
  const pairs: string[] = []
  for (const [key, value] of Object.entries(query ?? {})) collect(pairs, key, value)
  if (pairs.length === 0) return url
  const [base = '', ...hash] = url.split('#')
  const joiner = !base.includes('?') ? '?' : /[?&]$/.test(base) ? '' : '&'
  return `${base}${joiner}${pairs.join('&')}${hash.length > 0 ? `#${hash.join('#')}` : ''}`
}
