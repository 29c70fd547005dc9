import type { SavedView } from '../models'
import {
  field,
  mapList,
  toBoolean,
  toId,
  toNonEmptyString,
  toNumber,
  toRecord,
  toStringOrNull,
} from './read'

/** A saved view; null without an id. */
export function normalizeSavedView(raw: unknown): SavedView | null {
  const id = toId(field(raw, 'id'))
  if (id === null) return null
  return {
    id,
    name: toStringOrNull(field(raw, 'name')) ?? '',
    filters: toRecord(field(raw, 'filters')),
    is_shared: toBoolean(field(raw, 'is_shared')),
    is_default: toBoolean(field(raw, 'is_default')),
    position: toNumber(field(raw, 'position')),
    icon: toNonEmptyString(field(raw, 'icon')),
    color: toNonEmptyString(field(raw, 'color')),
    user_id: toId(field(raw, 'user_id')),
  }
}

/** A list of saved views; also accepts A's `{views: [...]}` answer. */
export function normalizeSavedViews(raw: unknown): SavedView[] {
  return mapList(Array.isArray(raw) ? raw : field(raw, 'views'), normalizeSavedView)
}
