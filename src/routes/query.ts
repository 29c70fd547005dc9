/** One query-string value: scalars, arrays (`key[]=a&key[]=b`) and nested objects (`key[sub]=v`). */
export type QueryValue =
  | string
  | number
  | boolean
  | null
  | undefined
  | readonly QueryValue[]
  | { readonly [key: string]: QueryValue }

/** Query-string parameters by name; `null` and `undefined` entries are left out. */
export type QueryParams = { readonly [key: string]: QueryValue }

function isList(value: QueryValue): value is readonly QueryValue[] {
  return Array.isArray(value)
}

// Brackets stay literal, as Laravel and Adonis write and read them (`tag_ids[]=1`).
function encodeKey(key: string): string {
  return encodeURIComponent(key).replace(/%5B/gi, '[').replace(/%5D/gi, ']')
}

function collect(pairs: string[], key: string, value: QueryValue): void {
  if (value === null || value === undefined) return
  if (isList(value)) {
    for (const item of value) collect(pairs, `${key}[]`, item)
    return
  }
  if (typeof value === 'object') {
    for (const [child, item] of Object.entries(value)) collect(pairs, `${key}[${child}]`, item)
    return
  }
  // Booleans travel as 1/0, which both backends' validators read as booleans.
  const text = typeof value === 'boolean' ? (value ? '1' : '0') : String(value)
  pairs.push(`${encodeKey(key)}=${encodeURIComponent(text)}`)
}

/** Serializes query parameters without the leading `?`; empty when nothing is left to send. */
export function buildQueryString(query: QueryParams | undefined): string {
  if (!query) return ''
  const pairs: string[] = []
  for (const [key, value] of Object.entries(query)) collect(pairs, key, value)
  return pairs.join('&')
}

/** Appends query parameters to a URL that may already carry a query string or a fragment. */
export function appendQuery(url: string, query: QueryParams | undefined): string {
  const search = buildQueryString(query)
  if (!search) return url
  const hashAt = url.indexOf('#')
  const base = hashAt === -1 ? url : url.slice(0, hashAt)
  const hash = hashAt === -1 ? '' : url.slice(hashAt)
  const joiner = base.includes('?') ? (base.endsWith('?') || base.endsWith('&') ? '' : '&') : '?'
  return `${base}${joiner}${search}${hash}`
}
