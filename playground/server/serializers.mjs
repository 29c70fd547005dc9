// The one place that decides the wire casing. Routes build snake_case objects and mark which values are
// models (`model()`) or paginators (`paginate()`); `createSerializer()` turns the marked values into
// Laravel's shape (snake_case, length-aware paginator) or Adonis Lucid's (camelCase, `{meta, data}`).
// Prop keys and hand-built objects (stats, filters, widget JSON) are left as written, as both backends do.

/** @typedef {'snake' | 'camel'} Casing */

// JSON columns keep their stored keys on both backends (Adonis sends `properties.old_status` as is).
const OPAQUE_KEYS = new Set([
  'properties',
  'metadata',
  'chat_metadata',
  'filters',
  'actions',
  'payload',
])

class Model {
  /** @param {unknown} value */
  constructor(value) {
    this.value = value
  }
}

class Paginator {
  /**
   * @param {{ items: unknown[], total: number, page: number, perPage: number, path: string, query: Record<string, string | string[]> }} page
   */
  constructor(page) {
    this.page = page
  }
}

/**
 * Marks a serialized model (or an array of them) whose field names follow the casing switch.
 * @param {unknown} value
 */
export function model(value) {
  return new Model(value)
}

/**
 * Marks a page of models; it becomes Laravel's length-aware paginator or Lucid's `{meta, data}`.
 * @param {{ items: unknown[], total: number, page: number, perPage: number, path: string, query: Record<string, string | string[]> }} page
 */
export function paginate(page) {
  return new Paginator(page)
}

/** @param {string} key */
const camel = (key) => key.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase())

/**
 * @param {unknown} value
 * @param {Casing} casing
 * @returns {unknown}
 */
function convertModel(value, casing) {
  if (Array.isArray(value)) return value.map((item) => convertModel(item, casing))
  if (value instanceof Model) return convertModel(value.value, casing)
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      casing === 'camel' ? camel(key) : key,
      OPAQUE_KEYS.has(key) ? inner : convertModel(inner, casing),
    ]),
  )
}

/**
 * @param {string} path
 * @param {Record<string, string | string[]>} query
 * @param {number} page
 */
function pageUrl(path, query, page) {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (key === 'page') continue
    if (Array.isArray(value)) for (const item of value) params.append(`${key}[]`, item)
    else params.append(key, value)
  }
  params.set('page', String(page))
  return `${path}?${params.toString()}`
}

/**
 * Laravel's link window: every page when there are few, else the ends plus a slider around the current page.
 * @param {number} current
 * @param {number} last
 * @returns {Array<number | '...'>}
 */
function linkWindow(current, last) {
  const range = (/** @type {number} */ from, /** @type {number} */ to) =>
    Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i)
  if (last < 14) return range(1, last)
  if (current <= 6) return [...range(1, 8), '...', last - 1, last]
  if (current > last - 6) return [1, 2, '...', ...range(last - 7, last)]
  return [1, 2, '...', ...range(current - 3, current + 3), '...', last - 1, last]
}

/**
 * @param {Paginator['page']} p
 * @param {Casing} casing
 */
function convertPaginator(p, casing) {
  const lastPage = Math.max(1, Math.ceil(p.total / p.perPage))
  const url = (/** @type {number} */ n) => pageUrl(p.path, p.query, n)
  const data = convertModel(p.items, casing)
  if (casing === 'camel') {
    return {
      meta: {
        total: p.total,
        perPage: p.perPage,
        currentPage: p.page,
        lastPage,
        firstPage: 1,
        firstPageUrl: url(1),
        lastPageUrl: url(lastPage),
        nextPageUrl: p.page < lastPage ? url(p.page + 1) : null,
        previousPageUrl: p.page > 1 ? url(p.page - 1) : null,
      },
      data,
    }
  }
  const from = p.total === 0 ? null : (p.page - 1) * p.perPage + 1
  return {
    current_page: p.page,
    data,
    first_page_url: url(1),
    from,
    last_page: lastPage,
    last_page_url: url(lastPage),
    links: [
      { url: p.page > 1 ? url(p.page - 1) : null, label: '&laquo; Previous', active: false },
      ...linkWindow(p.page, lastPage).map((n) =>
        n === '...'
          ? { url: null, label: '...', active: false }
          : { url: url(n), label: String(n), active: n === p.page },
      ),
      { url: p.page < lastPage ? url(p.page + 1) : null, label: 'Next &raquo;', active: false },
    ],
    next_page_url: p.page < lastPage ? url(p.page + 1) : null,
    path: p.path,
    per_page: p.perPage,
    prev_page_url: p.page > 1 ? url(p.page - 1) : null,
    to: from === null ? null : from + p.items.length - 1,
    total: p.total,
  }
}

/**
 * Returns the function that turns marked props into wire JSON for one casing.
 * @param {Casing} casing
 * @returns {(value: unknown) => unknown}
 */
export function createSerializer(casing) {
  /** @param {unknown} value @returns {unknown} */
  const walk = (value) => {
    if (value instanceof Model) return convertModel(value.value, casing)
    if (value instanceof Paginator) return convertPaginator(value.page, casing)
    if (Array.isArray(value)) return value.map(walk)
    if (
      value !== null &&
      typeof value === 'object' &&
      Object.getPrototypeOf(value) === Object.prototype
    ) {
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, walk(inner)]))
    }
    return value
  }
  return walk
}
