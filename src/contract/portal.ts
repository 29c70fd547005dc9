/**
 * What the customer and guest pages need beyond the props the contract lists: the ticket settings
 * that shape their forms, and custom ticket fields when a backend sends them.
 */
import type { Id } from './models'

/** Ticket settings the portal forms follow (L `escalated.tickets.*`, A settings). */
export interface PortalSettings {
  /** Whether customers may close their own tickets (`allow_customer_close`, default on). */
  allowCustomerClose: boolean
  /** Files one message may carry (`max_attachments_per_reply`, default 5). */
  maxAttachments: number
  /** Largest file in KiB (`max_attachment_size_kb`, default 10240). */
  maxAttachmentSizeKb: number
  /** Allowed file extensions, lower case without the dot (L's `mimes` rule by default). */
  allowedAttachmentTypes: string[]
  /** Whether the create forms offer a priority: false only when the page sent an empty `priorities` list. */
  priorityEnabled: boolean
}

/** Input kinds a custom ticket field can have; unknown kinds arrive as `text`. */
export type CustomFieldType =
  'text' | 'textarea' | 'number' | 'date' | 'checkbox' | 'select' | 'multi_select'

/** One choice of a select or multi-select custom field. */
export interface CustomFieldOption {
  /** Value sent to the backend. */
  value: string
  /** Text shown. */
  label: string
}

/** A custom ticket field the create forms render (L `CustomField`, context `ticket`). */
export interface CustomFieldDefinition {
  /** Field id, when sent. */
  id: Id | null
  /** Key the value is sent under: `custom_fields[<name>]`. */
  name: string
  /** Label shown (the name when none was sent). */
  label: string
  /** Input kind. */
  type: CustomFieldType
  /** Whether a value is required. */
  required: boolean
  /** Placeholder text, when set. */
  placeholder: string | null
  /** Help text, when set. */
  description: string | null
  /** Choices of select and multi-select fields (`[]` otherwise). */
  options: CustomFieldOption[]
  /** Sort position, when sent. */
  position: number | null
}

/** A custom field's value in a form. */
export type CustomFieldValue = string | boolean | string[]
