import type { Paginated } from '../paginated'
import { DEFAULT_PER_PAGE } from '../paginated'
import { field, firstPresent, isRecord, mapList, toNumber } from './read'

/** What a caller knows about a list beyond its payload. */
export interface NormalizePaginatorOptions {
  /** Pagination meta sent beside the list (rails: `tickets[]` plus a top-level `meta`). */
  meta?: unknown
  /** The page that was requested, for shapes that do not echo it (N `{data, total}`). */
  page?: number
  /** The page size that was requested, for shapes that do not echo it. */
  perPage?: number
}

/** A positive whole number, or null. */
function positive(value: unknown): number | null {
  const number = toNumber(value)
  return number !== null && number >= 1 ? Math.floor(number) : null
}

/**
 * One page of a list from any paginator shape (contract §3.3): L length-aware, Lucid `{meta, data}`
 * with camelCase or snake_case meta, the REST envelope, N's `{data, total}`, or a plain array with
 * `options.meta` (rails). Page URLs the backend sends are ignored: A's point at the wrong base, so
 * links are built from `page` instead. Entries `normalizeItem` rejects are dropped.
 */
export function normalizePaginator<T>(
  raw: unknown,
  normalizeItem: (raw: unknown) => T | null,
  options: NormalizePaginatorOptions = {},
): Paginated<T> {
  const data = Array.isArray(raw) ? raw : field(raw, 'data')
  const nestedMeta = field(raw, 'meta')
  // Length-aware and plain shapes carry the numbers next to `data`.
  const meta = isRecord(nestedMeta) ? nestedMeta : isRecord(raw) ? raw : options.meta
  const items = mapList(data, normalizeItem)

  const total = Math.max(
    toNumber(firstPresent(field(meta, 'total'), field(meta, 'total_count'))) ?? items.length,
    0,
  )
  const perPage =
    positive(field(meta, 'per_page')) ??
    positive(options.perPage) ??
    Math.max(DEFAULT_PER_PAGE, items.length)
  const page = positive(field(meta, 'current_page')) ?? positive(options.page) ?? 1
  // rails sends `total_pages` instead of `last_page`.
  const lastPage =
    positive(firstPresent(field(meta, 'last_page'), field(meta, 'total_pages'))) ??
    Math.max(Math.ceil(total / perPage), 1)

  return { items, page, lastPage, perPage, total }
}
