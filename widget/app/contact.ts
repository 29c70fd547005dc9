import { reactive, shallowRef, type ShallowRef } from 'vue'
import type { CreatedTicket } from './adapters'
import type { PanelContext } from './context'
import { code, createForm, email, optional, required, type FormControl } from './form'
import { saveGrant } from './storage'

/** A field of the ticket form. */
export type ContactField =
  'name' | 'email' | 'subject' | 'description' | 'departmentId' | 'code' | 'attachments'

/** State and actions of the Contact view. */
export interface Contact extends FormControl<ContactField> {
  /** The created ticket, once sent. */
  sent: { ticket: CreatedTicket | null }
  /** Validates and sends, or first asks for an emailed code when the backend requires one. */
  submit(): Promise<void>
  /** Sets fields (prefill, identify); empty values are ignored. */
  fill(values: Partial<Record<ContactField, string>>): void
  /** Starts a new request after a successful one, keeping name and email. */
  reset(): void
  /**
   * Files chosen for the ticket. They stay while the page lives (closing the panel keeps them)
   * but are not part of the saved draft: a browser cannot store a file for a later visit.
   */
  files: ShallowRef<File[]>
  /** Adds files within the config's limits; refused ones are named in the field's error. */
  addFiles(files: File[]): void
  /** Removes a chosen file. */
  removeFile(index: number): void
}

const DRAFT = ['name', 'email', 'subject', 'description', 'departmentId'] as const

/**
 * Creates the Contact view's state. The draft lives in session storage, so it survives closing
 * the panel and reloading the page, and is cleared only once the ticket exists.
 */
export function createContact(context: PanelContext): Contact {
  const { t, adapter } = context
  const draft: unknown = context.session.read('draft')
  const initial = Object.fromEntries(
    DRAFT.map((name) => {
      const saved: unknown = draft && typeof draft === 'object' ? Reflect.get(draft, name) : ''
      return [name, typeof saved === 'string' ? saved : '']
    }),
  )
  const control = createForm<ContactField>(
    context,
    {
      name: required,
      email,
      subject: required,
      description: required,
      departmentId: optional,
      code,
      attachments: optional,
    },
    initial,
    () => save(),
  )
  const { form } = control
  const sent = reactive<Contact['sent']>({ ticket: null })
  // Shallow: a File inside a reactive proxy is no longer a Blob to FormData.
  const files = shallowRef<File[]>([])
  const save = () =>
    context.session.write(
      'draft',
      Object.fromEntries(DRAFT.map((name) => [name, form.fields[name]])),
    )

  return {
    ...control,
    sent,
    submit: () => {
      const needsCode = Boolean(context.config.value?.verificationRequired && !form.verificationId)
      const { name, subject, description, departmentId } = form.fields
      const address = form.fields.email.trim()
      return control.attempt(needsCode ? 'verification' : 'ticket', async () => {
        if (needsCode) {
          form.verificationId = (await adapter.requestCode?.(address, 'ticket')) ?? ''
          context.announce(t('form.code_sent', { email: address }))
          return
        }
        const ticket = await adapter.createTicket({
          name: name.trim(),
          email: address,
          subject: subject.trim(),
          description: description.trim(),
          departmentId,
          ...(files.value.length ? { attachments: files.value } : {}),
          ...(form.verificationId
            ? { verification: { id: form.verificationId, code: form.fields.code.trim() } }
            : {}),
        })
        if (ticket.accessToken) {
          saveGrant(context.local, { ...ticket, accessToken: ticket.accessToken }, Date.now())
        }
        sent.ticket = ticket
        // The emailed code is single use: the next request asks for a new one.
        form.verificationId = ''
        form.fields.code = ''
        context.session.write('draft', null)
        context.announce(
          ticket.reference
            ? t('form.reference', { reference: ticket.reference })
            : t('form.received'),
        )
        context.emit('ticket-created', { reference: ticket.reference })
      })
    },
    fill(values) {
      for (const name of DRAFT) if (values[name]) form.fields[name] = values[name]
      save()
    },
    files,
    addFiles(chosen) {
      const limits = context.config.value?.attachments
      if (!limits) return
      const kept = [...files.value]
      const refused: string[] = []
      for (const file of chosen) {
        if (kept.length >= limits.maxFiles) {
          refused.push(t('form.too_many', { count: limits.maxFiles }))
          break
        }
        if (file.size > limits.maxBytes) {
          const size = context.i18n.formatFileSize(limits.maxBytes)
          refused.push(t('form.too_big', { name: file.name, size }))
        } else kept.push(file)
      }
      files.value = kept
      control.edit('attachments', '')
      if (refused.length) {
        form.serverErrors.attachments = refused.join(' ')
        context.announce(form.serverErrors.attachments)
      }
    },
    removeFile(index) {
      files.value = files.value.filter((_, at) => at !== index)
      control.edit('attachments', '')
    },
    reset() {
      files.value = []
      Object.assign(form.fields, { subject: '', description: '', departmentId: '', code: '' })
      Object.assign(form, { checked: false, verificationId: '' })
      sent.ticket = null
      save()
    },
  }
}
