import { reactive } from 'vue'
import { ApiError, isApiError } from '@/api/errors'
import type { TicketGrant, TicketStatusResult } from './adapters'
import type { PanelContext } from './context'
import { code, createForm, email, required, type FormControl } from './form'
import { readGrants, saveGrant } from './storage'

/** A field of the status check. */
export type StatusField = 'reference' | 'email' | 'code'

/** State and actions of the Status view. */
export interface Status extends FormControl<StatusField> {
  /** The ticket found. */
  found: { ticket: TicketStatusResult | null }
  /** Looks the ticket up (or first asks for an emailed code, L+). */
  lookup(): Promise<void>
  /** Back to the form for another ticket. */
  reset(): void
}

const normalise = (reference: string) => reference.trim().toUpperCase()

/**
 * A status's label: ours for the statuses every backend knows (so it follows the visitor's
 * language), else the backend's label for a custom status, else the raw value.
 */
export function statusLabel(context: PanelContext, ticket: TicketStatusResult): string {
  const key = `statuses.${ticket.status}`
  return context.i18n.has(key) ? context.t(key) : (ticket.statusLabel ?? ticket.status)
}

/**
 * Creates the Status view's state. The lookup uses, in order: a grant this browser received
 * when it filed the ticket; the emailed-code flow when the backend requires verification (L+);
 * the email (Laravel before L+ only). Adonis and NestJS look tickets up by token alone, so
 * without a grant the view says where to find the ticket link. An email never goes into a URL
 * when a grant exists (contract §6.6).
 */
export function createStatus(context: PanelContext): Status {
  const { t, adapter } = context
  const grantFor = (reference: string): TicketGrant | undefined =>
    readGrants(context.local, Date.now()).find((grant) => normalise(grant.reference) === reference)
  const control = createForm<StatusField>(context, {
    reference: required,
    // With a stored grant the reference alone is enough.
    email: (value, form) => (grantFor(normalise(form.fields.reference)) ? '' : email(value)),
    code,
  })
  const { form } = control
  const found = reactive<Status['found']>({ ticket: null })

  function show(ticket: TicketStatusResult): void {
    found.ticket = ticket
    context.announce(
      t('status.found', { reference: ticket.reference, status: statusLabel(context, ticket) }),
    )
  }

  async function lookup(reference: string, address: string): Promise<void> {
    const grant = grantFor(reference)
    if (grant) return show(await adapter.status({ reference, grant }))
    if (adapter.needsGrant) {
      form.failure = { message: t('status.needs_grant'), canRetry: false }
      return context.announce(form.failure.message)
    }
    if (!context.config.value?.verificationRequired || !adapter.requestCode || !adapter.lookup) {
      return show(await adapter.status({ reference, email: address }))
    }
    if (!form.verificationId) {
      form.verificationId = await adapter.requestCode(address, 'lookup')
      context.announce(t('form.code_sent', { email: address }))
      return
    }
    const proof = { id: form.verificationId, code: form.fields.code.trim() }
    // The proof is single use, whatever the answer.
    form.verificationId = ''
    form.fields.code = ''
    const match = (await adapter.lookup(address, reference, proof)).find(
      (item) => normalise(item.reference) === reference,
    )
    if (!match) throw new ApiError({ kind: 'not-found', status: 404, message: 'Not found' })
    saveGrant(context.local, match, Date.now())
    show(await adapter.status({ reference, grant: match }))
  }

  return {
    ...control,
    found,
    lookup: () =>
      control.attempt(
        'status',
        () => lookup(normalise(form.fields.reference), form.fields.email.trim()),
        (error) =>
          isApiError(error) && error.status === 404
            ? { message: t('status.not_found'), canRetry: false }
            : undefined,
      ),
    reset() {
      found.ticket = null
      form.fields.reference = ''
      form.checked = false
    },
  }
}
