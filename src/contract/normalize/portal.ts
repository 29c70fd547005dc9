import type {
  CustomFieldDefinition,
  CustomFieldOption,
  CustomFieldType,
  PortalSettings,
} from '../portal'
import {
  field,
  firstPresent,
  isRecord,
  mapList,
  toBoolean,
  toId,
  toNonEmptyString,
  toNumber,
  toStringList,
} from './read'

/** L's `escalated.tickets` defaults (config/escalated.php). */
const DEFAULT_MAX_ATTACHMENTS = 5
const DEFAULT_MAX_ATTACHMENT_SIZE_KB = 10240
/** L's `attachments.*` `mimes` rule in CreateTicketRequest. */
const DEFAULT_ATTACHMENT_TYPES = [
  'jpg', 'jpeg', 'png', 'gif', 'webp', 'pdf', 'doc', 'docx', 'xls', 'xlsx', 'csv', 'txt', 'zip',
  'mp4', 'mp3',
] // prettier-ignore

const CUSTOM_FIELD_TYPES: readonly CustomFieldType[] = [
  'text',
  'textarea',
  'number',
  'date',
  'checkbox',
  'select',
  'multi_select',
]

/**
 * A setting from the page props, their `settings` block, or the shared `escalated` block, in that
 * order. No backend in the contract sends these to the customer pages yet, so hosts may share them.
 */
function setting(raw: unknown, key: string): unknown {
  return firstPresent(
    field(raw, key),
    field(field(raw, 'settings'), key),
    field(field(raw, 'escalated'), key),
  )
}

function positiveInt(value: unknown, fallback: number): number {
  const number = toNumber(value)
  return number !== null && number >= 1 ? Math.floor(number) : fallback
}

/** Extensions from a list or a comma-separated string (`"pdf, .png"`), lower case, no dot. */
function extensions(value: unknown): string[] {
  const list = typeof value === 'string' ? value.split(',') : toStringList(value)
  return list.map((entry) => entry.trim().replace(/^\./, '').toLowerCase()).filter(Boolean)
}

/**
 * The ticket settings a customer or guest page follows, read from its raw page props (shared
 * props included), with L's defaults for everything absent.
 */
export function normalizePortalSettings(raw: unknown): PortalSettings {
  const types = extensions(setting(raw, 'allowed_attachment_types'))
  const priorities = field(raw, 'priorities')
  return {
    allowCustomerClose: toBoolean(setting(raw, 'allow_customer_close'), true),
    maxAttachments: positiveInt(setting(raw, 'max_attachments_per_reply'), DEFAULT_MAX_ATTACHMENTS),
    maxAttachmentSizeKb: positiveInt(
      setting(raw, 'max_attachment_size_kb'),
      DEFAULT_MAX_ATTACHMENT_SIZE_KB,
    ),
    allowedAttachmentTypes: types.length > 0 ? types : [...DEFAULT_ATTACHMENT_TYPES],
    priorityEnabled: !(Array.isArray(priorities) && priorities.length === 0),
  }
}

function customFieldOption(raw: unknown): CustomFieldOption | null {
  if (isRecord(raw)) {
    const value = toNonEmptyString(firstPresent(field(raw, 'value'), field(raw, 'id')))
    if (value === null) return null
    return {
      value,
      label: toNonEmptyString(firstPresent(field(raw, 'label'), field(raw, 'name'))) ?? value,
    }
  }
  const value = toNonEmptyString(raw)
  return value === null ? null : { value, label: value }
}

/**
 * One custom field definition; null without a name, when inactive, or when it belongs to another
 * context (users, organizations). The old UI's renderer read `name`, `label`, `type`, `options`.
 */
export function normalizeCustomField(raw: unknown): CustomFieldDefinition | null {
  const name = toNonEmptyString(
    firstPresent(field(raw, 'name'), field(raw, 'slug'), field(raw, 'key')),
  )
  if (name === null) return null
  if (!toBoolean(firstPresent(field(raw, 'is_active'), field(raw, 'active')), true)) return null
  const context = toNonEmptyString(field(raw, 'context'))
  if (context !== null && context !== 'ticket') return null
  const type = toNonEmptyString(firstPresent(field(raw, 'type'), field(raw, 'field_type')))
  return {
    id: toId(field(raw, 'id')),
    name,
    label: toNonEmptyString(field(raw, 'label')) ?? name,
    type: CUSTOM_FIELD_TYPES.find((known) => known === type) ?? 'text',
    required: toBoolean(firstPresent(field(raw, 'required'), field(raw, 'is_required'))),
    placeholder: toNonEmptyString(field(raw, 'placeholder')),
    description: toNonEmptyString(firstPresent(field(raw, 'description'), field(raw, 'help_text'))),
    options: mapList(field(raw, 'options'), customFieldOption),
    position: toNumber(firstPresent(field(raw, 'position'), field(raw, 'display_order'))),
  }
}

/** The custom ticket fields a create page was sent (`custom_fields` or `customFields`), by position. */
export function normalizeTicketCustomFields(raw: unknown): CustomFieldDefinition[] {
  return mapList(field(raw, 'custom_fields'), normalizeCustomField)
    .map((definition, index) => ({ definition, index }))
    .sort(
      (a, b) =>
        (a.definition.position ?? Number.MAX_SAFE_INTEGER) -
          (b.definition.position ?? Number.MAX_SAFE_INTEGER) || a.index - b.index,
    )
    .map(({ definition }) => definition)
}
