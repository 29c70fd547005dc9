import {
  computed,
  shallowRef,
  toValue,
  watch,
  type ComputedRef,
  type MaybeRefOrGetter,
  type Ref,
  type UnwrapNestedRefs,
} from 'vue'
import type { CustomFieldDefinition, CustomFieldValue } from '@/contract'
import type { VisitResult } from '@/plugin/transport'
import { useEscalated } from './useEscalated'
import { useFormDraft, type UseFormDraftOptions } from './useFormDraft'
import { useVisitForm, type VisitFormFailure } from './useVisitForm'

/** Who opens the ticket: a signed-in customer, or a guest who also gives a name and email. */
export type TicketFormMode = 'customer' | 'guest'

/** The values of a new-ticket form; keys are the backend's field names. */
export type TicketFormValues = {
  subject: string
  description: string
  priority: string | null
  department_id: string | number | null
  guest_name: string
  guest_email: string
  custom_fields: Record<string, CustomFieldValue>
}

/** Options of `useTicketForm`. */
export interface UseTicketFormOptions {
  /** Customer or guest form. */
  mode: TicketFormMode
  /** Where the form posts (`customer.tickets.store` or `guest.tickets.store`). */
  url: MaybeRefOrGetter<string>
  /** Draft name (see `useFormDraft`); null keeps no draft. */
  draftKey: MaybeRefOrGetter<string | null>
  /** Custom ticket fields to fill in. @default [] */
  customFields?: readonly CustomFieldDefinition[]
  /** Whether the form offers (and sends) a priority. @default true */
  priorityEnabled?: MaybeRefOrGetter<boolean>
  /** Priority chosen at first. @default null */
  defaultPriority?: string | null
  /** Draft storage (tests, custom frontends). */
  storage?: UseFormDraftOptions['storage']
  /** More fields to send, read at submit time (L+ guest verification proof). */
  extraPayload?: () => Record<string, unknown>
}

/** What `useTicketForm` returns. */
export interface UseTicketFormReturn {
  /** Form values, saved as a draft while typing. */
  values: UnwrapNestedRefs<TicketFormValues>
  /** Files to attach (not part of the draft: browsers cannot store them). */
  files: Ref<File[]>
  /** Whether the values came back from a saved draft. */
  restored: Readonly<Ref<boolean>>
  /** A submit is running. */
  busy: Readonly<Ref<boolean>>
  /** Upload progress in percent, or null. */
  progress: Readonly<Ref<number | null>>
  /** Messages per field: checks done here first, then the server's `errors` bag. */
  errors: ComputedRef<Record<string, string>>
  /** The last submit's HTTP or network failure. */
  failure: Readonly<Ref<VisitFormFailure | null>>
  /** Check the values and post them; null when a check failed or a submit is running. */
  submit: () => Promise<VisitResult | null>
  /** Drop the draft and start over. */
  discard: () => void
  /** Run the checks only, showing their messages; true when the values can be sent. */
  validate: () => boolean
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

function emptyValue(definition: CustomFieldDefinition): CustomFieldValue {
  if (definition.type === 'checkbox') return false
  if (definition.type === 'multi_select') return []
  return ''
}

function isBlank(value: CustomFieldValue | null | undefined): boolean {
  if (Array.isArray(value)) return value.length === 0
  if (typeof value === 'boolean') return !value
  return value === null || value === undefined || String(value).trim() === ''
}

/**
 * State and submit of a new-ticket form (customer or guest): a draft that survives a failed submit
 * and a reload, client-side checks (Adonis validates nothing and answers bad input with a 500),
 * one submit at a time with upload progress, and errors keyed like the backend's bag.
 */
export function useTicketForm(options: UseTicketFormOptions): UseTicketFormReturn {
  const { t } = useEscalated()
  const customFields = options.customFields ?? []
  const defaults: TicketFormValues = {
    subject: '',
    description: '',
    priority: options.defaultPriority ?? null,
    department_id: null,
    guest_name: '',
    guest_email: '',
    custom_fields: Object.fromEntries(customFields.map((f) => [f.name, emptyValue(f)])),
  }
  const draft = useFormDraft(options.draftKey, defaults, { storage: options.storage })
  const visit = useVisitForm()
  const files = shallowRef<File[]>([])
  const clientErrors = shallowRef<Record<string, string>>({})

  const errors = computed(() => ({ ...visit.errors.value, ...clientErrors.value }))

  // A fixed field loses its message at once; new messages wait for the next submit.
  watch(
    () => JSON.stringify(draft.values),
    () => {
      if (Object.keys(clientErrors.value).length === 0) return
      const still = check()
      clientErrors.value = Object.fromEntries(
        Object.entries(clientErrors.value).filter(([key]) => key in still),
      )
    },
  )

  function check(): Record<string, string> {
    const found: Record<string, string> = {}
    const values = draft.values
    const required = (key: string, value: CustomFieldValue | null, label: string) => {
      if (isBlank(value)) found[key] = t('portal.form.required', { field: label })
    }
    if (options.mode === 'guest') {
      required('guest_name', values.guest_name, t('portal.form.name'))
      required('guest_email', values.guest_email, t('portal.form.email'))
      if (!found.guest_email && !EMAIL.test(values.guest_email.trim()))
        found.guest_email = t('portal.form.invalid_email')
    }
    required('subject', values.subject, t('portal.form.subject'))
    if (!found.subject && values.subject.length > 255)
      found.subject = t('portal.form.too_long', { field: t('portal.form.subject'), max: 255 })
    required('description', values.description, t('portal.form.description'))
    for (const definition of customFields) {
      if (definition.required)
        required(
          `custom_fields.${definition.name}`,
          values.custom_fields[definition.name] ?? null,
          definition.label,
        )
    }
    return found
  }

  function payload(): Record<string, unknown> {
    const values = draft.values
    const body: Record<string, unknown> = {
      subject: values.subject.trim(),
      description: values.description,
    }
    if (options.mode === 'guest') {
      body.guest_name = values.guest_name.trim()
      body.guest_email = values.guest_email.trim()
    }
    if (toValue(options.priorityEnabled) !== false && values.priority)
      body.priority = values.priority
    if (values.department_id !== null && values.department_id !== '')
      body.department_id = values.department_id
    if (customFields.length > 0) body.custom_fields = { ...values.custom_fields }
    if (files.value.length > 0) body.attachments = [...files.value]
    return { ...body, ...options.extraPayload?.() }
  }

  function validate(): boolean {
    clientErrors.value = check()
    return Object.keys(clientErrors.value).length === 0
  }

  async function submit(): Promise<VisitResult | null> {
    if (visit.busy.value || !validate()) return null
    const result = await visit.submit(toValue(options.url), payload())
    if (result?.status === 'ok') {
      draft.clear()
      files.value = []
    }
    return result
  }

  return {
    values: draft.values,
    files,
    restored: draft.restored,
    busy: visit.busy,
    progress: visit.progress,
    errors,
    failure: visit.failure,
    submit,
    discard: () => {
      draft.clear()
      clientErrors.value = {}
    },
    validate,
  }
}
