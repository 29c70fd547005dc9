import { reactive } from 'vue'
import { isApiError } from '@/api/errors'
import type { PanelContext } from './context'
import { describeError, retryAfter } from './errors'

/** A failure that is not about one field, and whether trying again can help. */
export interface Failure {
  message: string
  canRetry: boolean
}

/** Checks one field; returns a catalogue key for the error, or `''`. */
export type Rule<F extends string> = (value: string, form: Form<F>) => string

/** A form's state: the Contact and Status views each own one. */
export interface Form<F extends string> {
  fields: Record<F, string>
  /** Whether client-side errors show (after the first submit). */
  checked: boolean
  /** A request is running. */
  busy: boolean
  /**
   * Errors to show until the field changes, by field: the server's, or a refused choice (a file
   * over the size limit). Cleared by the next submit.
   */
  serverErrors: Partial<Record<F, string>>
  failure: Failure | null
  /** Until when a 429 asks us to wait (epoch ms); 0 when not waiting. */
  retryAt: number
  /** The verification id once a code was emailed (L+); the code field shows while it is set. */
  verificationId: string
}

/** Behaviour around a {@link Form}. */
export interface FormControl<F extends string> {
  form: Form<F>
  /** The error to show for a field, or `''`. */
  error(field: F): string
  /** The first field with an error, to move focus to. */
  firstInvalid(): F | undefined
  /** Changes a field; its server error goes away. */
  edit(field: F, value: string): void
  /**
   * Validates, then runs `task` with the form busy. Failures are reported to the host and
   * shown: field errors next to the fields, a 429 as a countdown, anything else as a message
   * (or `failure(error)` when the view words it itself). Nothing typed is ever cleared.
   */
  attempt(
    operation: string,
    task: () => Promise<void>,
    failure?: (error: unknown) => Failure | undefined,
  ): Promise<void>
}

/** Field-name translations from the backends' error keys (Laravel `department_id`…). */
const SERVER_FIELDS: Record<string, string> = {
  department_id: 'departmentId',
  verification_code: 'code',
  verification_id: 'code',
}

/** Required, trimmed. */
export const required = (value: string): string => (value.trim() ? '' : 'form.required')

/** Required and shaped like an email address. */
export const email = (value: string): string =>
  required(value) || (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim()) ? '' : 'form.bad_email')

/** The 8-digit emailed code, once one was requested. */
export const code = (value: string, form: { verificationId: string }): string =>
  form.verificationId && !/^\d{8}$/.test(value.trim()) ? 'form.bad_code' : ''

/** No rule (an optional field). */
export const optional = (): string => ''

/** Creates a form over `rules` (one per field, in display order). */
export function createForm<F extends string>(
  context: PanelContext,
  rules: Record<F, Rule<F>>,
  initial: Partial<Record<F, string>> = {},
  onEdit?: () => void,
): FormControl<F> {
  const names = Object.keys(rules) as F[]
  const form = reactive({
    fields: Object.fromEntries(names.map((name) => [name, initial[name] ?? ''])),
    checked: false,
    busy: false,
    serverErrors: {},
    failure: null,
    retryAt: 0,
    verificationId: '',
  }) as Form<F>

  const clientError = (field: F): string => {
    const key = rules[field](form.fields[field], form)
    return key && context.t(key)
  }
  const error = (field: F): string =>
    form.serverErrors[field] ?? (form.checked ? clientError(field) : '')

  function fail(operation: string, caught: unknown, custom?: Failure): void {
    context.report(operation, caught)
    const wait = retryAfter(caught)
    const fieldErrors = isApiError(caught) ? Object.entries(caught.fieldErrors) : []
    if (wait !== undefined) {
      form.retryAt = Date.now() + wait * 1000
      context.tickUntil(form.retryAt)
    } else if (!custom && fieldErrors.length) {
      for (const [name, messages] of fieldErrors) {
        // Per-file errors (`attachments.0`) go to their field.
        const field = (SERVER_FIELDS[name] ?? name.replace(/\.\d+$/, '')) as F
        if (!names.includes(field)) continue
        form.serverErrors[field] = [form.serverErrors[field], ...messages].filter(Boolean).join(' ')
      }
      context.announce(context.t('error.validation'))
    } else {
      // Adonis and NestJS answer bad input with 400 and one message: a retry cannot fix that.
      form.failure = custom ?? {
        message: describeError(caught, context.t),
        canRetry: !isApiError(caught) || !['validation', 'forbidden'].includes(caught.kind),
      }
      context.announce(form.failure.message)
    }
  }

  return {
    form,
    error,
    firstInvalid: () => names.find(error),
    edit(field, value) {
      form.fields[field] = value
      delete form.serverErrors[field]
      onEdit?.()
    },
    async attempt(operation, task, failure) {
      form.checked = true
      form.serverErrors = {}
      form.failure = null
      if (names.some(clientError)) {
        context.announce(context.t('error.validation'))
        return
      }
      form.busy = true
      try {
        await task()
      } catch (caught) {
        fail(operation, caught, failure?.(caught))
      } finally {
        form.busy = false
      }
    },
  }
}
