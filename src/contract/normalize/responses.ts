import type { CannedResponse, Macro, MacroAction, MacroActionValue } from '../models'
import { normalizePerson } from './people'
import { field, mapList, toBoolean, toId, toNonEmptyString, toNumber, toStringOrNull } from './read'

/** A canned response; null without an id. */
export function normalizeCannedResponse(raw: unknown): CannedResponse | null {
  const id = toId(field(raw, 'id'))
  if (id === null) return null
  return {
    id,
    title: toStringOrNull(field(raw, 'title')) ?? '',
    body: toStringOrNull(field(raw, 'body')) ?? '',
    category: toNonEmptyString(field(raw, 'category')),
    created_by: toId(field(raw, 'created_by')),
    is_shared: toBoolean(field(raw, 'is_shared')),
    creator: normalizePerson(field(raw, 'creator')),
  }
}

/** A list of canned responses. */
export function normalizeCannedResponses(raw: unknown): CannedResponse[] {
  return mapList(raw, normalizeCannedResponse)
}

/** A macro step's value: scalars as sent, arrays keep their strings and numbers, the rest is null. */
function macroActionValue(raw: unknown): MacroActionValue {
  if (typeof raw === 'string' || typeof raw === 'boolean') return raw
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null
  if (Array.isArray(raw)) {
    return raw.filter(
      (entry): entry is string | number =>
        typeof entry === 'string' || (typeof entry === 'number' && Number.isFinite(entry)),
    )
  }
  return null
}

/** One macro step; null without a type. */
export function normalizeMacroAction(raw: unknown): MacroAction | null {
  const type = toNonEmptyString(field(raw, 'type'))
  if (type === null) return null
  return { type, value: macroActionValue(field(raw, 'value')) }
}

/** A macro; null without an id. */
export function normalizeMacro(raw: unknown): Macro | null {
  const id = toId(field(raw, 'id'))
  if (id === null) return null
  return {
    id,
    name: toStringOrNull(field(raw, 'name')) ?? '',
    description: toNonEmptyString(field(raw, 'description')),
    actions: mapList(field(raw, 'actions'), normalizeMacroAction),
    created_by: toId(field(raw, 'created_by')),
    is_shared: toBoolean(field(raw, 'is_shared')),
    order: toNumber(field(raw, 'order')),
  }
}

/** A list of macros. */
export function normalizeMacros(raw: unknown): Macro[] {
  return mapList(raw, normalizeMacro)
}
