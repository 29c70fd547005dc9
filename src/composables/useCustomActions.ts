import { readonly, shallowRef, toValue, type MaybeRefOrGetter, type Ref } from 'vue'
import { isApiError } from '@/api'
import type { CustomAction, CustomActionMethod } from '@/contract'
import { describeHttpError } from '@/plugin/plugin'
import type { VisitResult } from '@/plugin/transport'
import { hasRoute } from '@/routes'
import { useEscalated } from './useEscalated'

/** An object the host sends along with an action (contract §5: `{payload: {…}}`). */
export type CustomActionPayload = Record<string, unknown>

/** What a custom `submit` function receives. */
export interface CustomActionRequest {
  /** The action being run. */
  action: CustomAction
  /** Where to send it: the action's `url`, or the route table's custom-action URL. */
  url: string
  /** HTTP method (`post` unless the server said otherwise). */
  method: CustomActionMethod
  /** Request body: `{payload}` when the host supplied one, else `{}`. */
  body: { payload?: CustomActionPayload }
}

/**
 * Sends an action without Inertia (custom frontends). Resolve on success, optionally with the
 * server's JSON (`{message}` is shown) or a `VisitResult`; throw (an `ApiError` ideally) on failure.
 */
export type CustomActionSubmit = (request: CustomActionRequest) => Promise<unknown>

/** Why an action failed, for choosing the message and offering a retry. */
export type CustomActionErrorKind =
  'forbidden' | 'not-found' | 'validation' | 'network' | 'server' | 'unavailable' | 'cancelled'

/** A failed action run, with a message ready to show. */
export interface CustomActionError {
  /** The failure class. */
  kind: CustomActionErrorKind
  /** HTTP status, or null when no response arrived. */
  status: number | null
  /** Localised or server-provided text for the user. */
  message: string
  /** Validation messages per field (422). */
  fieldErrors: Record<string, string>
}

/** Where one action stands. */
export type CustomActionState =
  { status: 'idle' } | { status: 'busy' } | { status: 'failed'; error: CustomActionError }

/** How a `trigger()` call ended. */
export type CustomActionOutcome =
  | { status: 'succeeded'; message: string | null }
  | { status: 'failed'; error: CustomActionError }
  /** The action was disabled or already running: nothing was sent. */
  | { status: 'skipped' }

/** Options of `useCustomActions`. */
export interface UseCustomActionsOptions {
  /** Ticket reference, used only to build the URL of an action that came without `url`. */
  ticketReference?: MaybeRefOrGetter<string | null | undefined>
  /** Send through this function instead of the transport (custom frontends). */
  submit?: MaybeRefOrGetter<CustomActionSubmit | undefined>
  /** Reload the page's `ticket` prop after a success. @default true when no `submit` is given */
  reloadOnSuccess?: MaybeRefOrGetter<boolean | undefined>
  /** Show failures (and `submit` successes) as toasts. @default true */
  notify?: boolean
}

/** What `useCustomActions` returns. */
export interface UseCustomActionsReturn {
  /** State per action key; keys never run are absent (idle). */
  states: Readonly<Ref<Readonly<Record<string, CustomActionState>>>>
  /** The state of one action. */
  stateOf: (key: string) => CustomActionState
  /** Whether that action's request is running. */
  isBusy: (key: string) => boolean
  /** Run an action once; a second call while it runs, or on a disabled action, sends nothing. */
  trigger: (action: CustomAction, payload?: CustomActionPayload) => Promise<CustomActionOutcome>
  /** The URL an action posts to, or null when neither the item nor the route table gives one. */
  urlFor: (action: CustomAction) => string | null
}

const IDLE: CustomActionState = { status: 'idle' }
const VISIT_STATUSES = new Set(['ok', 'invalid', 'http-error', 'network-error', 'cancelled'])

function isVisitResult(value: unknown): value is VisitResult {
  return (
    typeof value === 'object' &&
    value !== null &&
    'status' in value &&
    typeof value.status === 'string' &&
    VISIT_STATUSES.has(value.status)
  )
}

function serverMessage(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || !('message' in value)) return null
  return typeof value.message === 'string' && value.message !== '' ? value.message : null
}

function firstMessages(errors: Record<string, string[]>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, messages] of Object.entries(errors)) {
    if (messages[0]) out[key] = messages[0]
  }
  return out
}

/**
 * Runs host-defined custom ticket actions (contract §5): posts to the item's `url` with its
 * `method` through the transport (or a custom `submit`), keeps a busy state per action so only the
 * clicked one locks, reloads `ticket` after a success and turns failures into readable messages.
 */
export function useCustomActions(options: UseCustomActionsOptions = {}): UseCustomActionsReturn {
  const { notify = true } = options
  const { t, route, context } = useEscalated()
  const states = shallowRef<Record<string, CustomActionState>>({})

  function setState(key: string, state: CustomActionState): void {
    states.value = { ...states.value, [key]: state }
  }

  function stateOf(key: string): CustomActionState {
    return states.value[key] ?? IDLE
  }

  function urlFor(action: CustomAction): string | null {
    if (action.url) return action.url
    const reference = toValue(options.ticketReference)
    // Build it only when the route table has the name (contract §5); L+ always sends `url`.
    if (!reference || !hasRoute('escalated.agent.tickets.custom-action')) return null
    return route('escalated.agent.tickets.custom-action', { ticket: reference, action: action.key })
  }

  function failure(
    action: CustomAction,
    kind: CustomActionErrorKind,
    status: number | null,
    message: string | null,
    fieldErrors: Record<string, string> = {},
  ): CustomActionError {
    const name = { action: action.label }
    const fallback: Record<CustomActionErrorKind, () => string> = {
      forbidden: () => t('ticket.actions.errors.forbidden', name),
      'not-found': () => t('ticket.actions.errors.not_found', name),
      validation: () =>
        Object.values(fieldErrors).join(' ') || t('ticket.actions.errors.validation', name),
      network: () => t('ticket.actions.errors.network', name),
      server: () => describeHttpError(context, status ?? 500, null),
      unavailable: () => t('ticket.actions.errors.unavailable', name),
      cancelled: () => t('ticket.actions.errors.cancelled', name),
    }
    // Validation messages are more precise than any summary; otherwise the server's text wins.
    const text = kind === 'validation' ? fallback.validation() : (message ?? fallback[kind]())
    return { kind, status, message: text, fieldErrors }
  }

  function fromVisit(action: CustomAction, result: VisitResult): CustomActionError | null {
    switch (result.status) {
      case 'ok':
        return null
      case 'invalid':
        return failure(action, 'validation', 422, null, result.errors)
      case 'network-error':
        return failure(action, 'network', null, null)
      case 'cancelled':
        return failure(action, 'cancelled', null, null)
      case 'http-error': {
        const { httpStatus: code, message } = result
        if (code === 403) return failure(action, 'forbidden', code, message)
        if (code === 404) return failure(action, 'not-found', code, message)
        if (code === 422) return failure(action, 'validation', code, message)
        return failure(action, 'server', code, message)
      }
    }
  }

  function fromThrown(action: CustomAction, error: unknown): CustomActionError {
    if (!isApiError(error)) {
      return failure(action, 'network', null, error instanceof Error ? error.message : null)
    }
    const message = error.hasServerMessage ? error.message : null
    switch (error.kind) {
      case 'forbidden':
      case 'unauthenticated':
        return failure(action, 'forbidden', error.status, message)
      case 'not-found':
        return failure(action, 'not-found', error.status, message)
      case 'validation':
        return failure(
          action,
          'validation',
          error.status,
          message,
          firstMessages(error.fieldErrors),
        )
      case 'network':
        return failure(action, 'network', null, null)
      default:
        return failure(action, 'server', error.status, message)
    }
  }

  async function send(
    action: CustomAction,
    url: string,
    payload: CustomActionPayload | undefined,
  ): Promise<{ error: CustomActionError | null; message: string | null }> {
    const body = payload === undefined ? {} : { payload }
    const submit = toValue(options.submit)
    if (!submit) {
      const result = await context.transport.visit(url, {
        method: action.method,
        data: body,
        preserveScroll: true,
        preserveState: true,
        // Other actions stay usable while this one runs: Inertia must not cancel them.
        async: true,
      })
      return { error: fromVisit(action, result), message: null }
    }
    try {
      const result = await submit({ action, url, method: action.method, body })
      if (isVisitResult(result)) return { error: fromVisit(action, result), message: null }
      return { error: null, message: serverMessage(result) }
    } catch (error) {
      return { error: fromThrown(action, error), message: null }
    }
  }

  async function trigger(
    action: CustomAction,
    payload?: CustomActionPayload,
  ): Promise<CustomActionOutcome> {
    if (action.disabled || stateOf(action.key).status === 'busy') return { status: 'skipped' }
    const url = urlFor(action)
    if (url === null) {
      const error = failure(action, 'unavailable', null, null)
      setState(action.key, { status: 'failed', error })
      if (notify) context.toasts.push({ kind: 'error', message: error.message })
      return { status: 'failed', error }
    }
    // Set synchronously, before any await: a second click in the same tick sees the lock.
    setState(action.key, { status: 'busy' })
    const { error, message } = await send(action, url, payload)
    if (error) {
      setState(action.key, { status: 'failed', error })
      if (notify && error.kind !== 'cancelled') {
        context.toasts.push({ kind: 'error', message: error.message })
      }
      return { status: 'failed', error }
    }
    setState(action.key, IDLE)
    const submit = toValue(options.submit)
    if (notify && submit) {
      context.toasts.push({
        kind: 'success',
        message: message ?? t('ticket.actions.succeeded', { action: action.label }),
      })
    }
    if (toValue(options.reloadOnSuccess) ?? !submit) {
      // The audit note the server wrote ("Custom action … was triggered") shows up in the thread.
      const reloaded = await context.transport.reload({ only: ['ticket'], preserveScroll: true })
      if (notify && reloaded.status !== 'ok' && reloaded.status !== 'cancelled') {
        context.toasts.push({ kind: 'error', message: t('ticket.actions.errors.reload') })
      }
    }
    return { status: 'succeeded', message }
  }

  return {
    states: readonly(states) as Readonly<Ref<Readonly<Record<string, CustomActionState>>>>,
    stateOf,
    isBusy: (key) => stateOf(key).status === 'busy',
    trigger,
    urlFor,
  }
}
