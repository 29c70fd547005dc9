import type { CustomAction, CustomActionMethod, CustomActionVariant } from '../models'
import { field, isRecord, mapList, toBoolean, toNonEmptyString, toRecord } from './read'

const VARIANTS: readonly CustomActionVariant[] = ['primary', 'secondary', 'danger']
const METHODS: readonly CustomActionMethod[] = ['post', 'put', 'patch', 'delete']

/** Narrows a lower-cased string to one of `allowed`, else `fallback`. */
function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  const text = toNonEmptyString(value)?.trim().toLowerCase()
  return allowed.find((entry) => entry === text) ?? fallback
}

/**
 * A custom ticket action (contract §5), from the serialized form (`disabled`) or the raw host form
 * (`visible`, `enabled`). Null when hidden (`visible: false`) or when it has no key. Unknown
 * variants become `secondary`, unknown methods `post`, PHP's empty `[]` metadata `{}`.
 */
export function normalizeCustomAction(raw: unknown): CustomAction | null {
  if (!isRecord(raw)) return null
  const key = toNonEmptyString(field(raw, 'key'))
  if (key === null) return null
  const visible = field(raw, 'visible')
  if (visible !== undefined && visible !== null && !toBoolean(visible, true)) return null
  const disabled = field(raw, 'disabled')
  const enabled = field(raw, 'enabled')
  return {
    key,
    label: toNonEmptyString(field(raw, 'label')) ?? key,
    variant: oneOf(field(raw, 'variant'), VARIANTS, 'secondary'),
    confirmation: toNonEmptyString(field(raw, 'confirmation')),
    disabled:
      disabled !== undefined && disabled !== null
        ? toBoolean(disabled)
        : enabled !== undefined && enabled !== null && !toBoolean(enabled, true),
    metadata: toRecord(field(raw, 'metadata')),
    url: toNonEmptyString(field(raw, 'url')),
    method: oneOf(field(raw, 'method'), METHODS, 'post'),
  }
}

/** A list of custom actions, without hidden ones and keeping the first of any repeated key. */
export function normalizeCustomActions(raw: unknown): CustomAction[] {
  const seen = new Set<string>()
  return mapList(raw, normalizeCustomAction).filter((action) => {
    if (seen.has(action.key)) return false
    seen.add(action.key)
    return true
  })
}
