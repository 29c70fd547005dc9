import type { Department, SlaPolicy, Tag } from '../models'
import {
  field,
  isRecord,
  mapList,
  toBoolean,
  toId,
  toNonEmptyString,
  toNumber,
  toStringOrNull,
  type UnknownRecord,
} from './read'

/** A department, from a full model or an `{id, name}` option; null without an id. */
export function normalizeDepartment(raw: unknown): Department | null {
  const id = toId(field(raw, 'id'))
  if (id === null) return null
  return {
    id,
    name: toStringOrNull(field(raw, 'name')) ?? '',
    slug: toNonEmptyString(field(raw, 'slug')),
    description: toNonEmptyString(field(raw, 'description')),
    is_active: toBoolean(field(raw, 'is_active'), true),
    tickets_count: toNumber(field(raw, 'tickets_count')),
    agents_count: toNumber(field(raw, 'agents_count')),
  }
}

/** A list of departments. */
export function normalizeDepartments(raw: unknown): Department[] {
  return mapList(raw, normalizeDepartment)
}

/** A tag, from a full model or an `{id, name, color}` option; null without an id. */
export function normalizeTag(raw: unknown): Tag | null {
  const id = toId(field(raw, 'id'))
  if (id === null) return null
  return {
    id,
    name: toStringOrNull(field(raw, 'name')) ?? '',
    slug: toNonEmptyString(field(raw, 'slug')),
    color: toNonEmptyString(field(raw, 'color')),
    tickets_count: toNumber(field(raw, 'tickets_count')),
  }
}

/** A list of tags. */
export function normalizeTags(raw: unknown): Tag[] {
  return mapList(raw, normalizeTag)
}

/** Hours per priority (`{low: 24, high: 4}`), keeping only numeric entries. */
function hoursByPriority(raw: unknown): Record<string, number> {
  const result: Record<string, number> = {}
  if (!isRecord(raw)) return result
  for (const [key, value] of Object.entries(raw as UnknownRecord)) {
    const hours = toNumber(value)
    if (hours !== null) result[key] = hours
  }
  return result
}

/** An SLA policy; null without an id. */
export function normalizeSlaPolicy(raw: unknown): SlaPolicy | null {
  const id = toId(field(raw, 'id'))
  if (id === null) return null
  return {
    id,
    name: toStringOrNull(field(raw, 'name')) ?? '',
    description: toNonEmptyString(field(raw, 'description')),
    is_default: toBoolean(field(raw, 'is_default')),
    is_active: toBoolean(field(raw, 'is_active'), true),
    business_hours_only: toBoolean(field(raw, 'business_hours_only')),
    first_response_hours: hoursByPriority(field(raw, 'first_response_hours')),
    resolution_hours: hoursByPriority(field(raw, 'resolution_hours')),
    tickets_count: toNumber(field(raw, 'tickets_count')),
  }
}

/** A list of SLA policies. */
export function normalizeSlaPolicies(raw: unknown): SlaPolicy[] {
  return mapList(raw, normalizeSlaPolicy)
}
