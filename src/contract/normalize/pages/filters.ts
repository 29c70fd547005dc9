import type { ListFilters } from '../../pages'
import { mapList, toRecord, toStringOrNull } from '../read'

/**
 * A list page's query echo as strings or string lists: empty values are dropped, booleans become
 * `"1"`/`"0"`, and PHP's empty `[]` becomes `{}` (A sends `{}` when there are no filters).
 */
export function normalizeFilters(raw: unknown): ListFilters {
  const filters: ListFilters = {}
  for (const [key, value] of Object.entries(toRecord(raw))) {
    if (Array.isArray(value)) {
      filters[key] = mapList(value, toStringOrNull)
      continue
    }
    const text = typeof value === 'boolean' ? (value ? '1' : '0') : toStringOrNull(value)
    if (text !== null && text !== '') filters[key] = text
  }
  return filters
}
