/** What went wrong with a request, for choosing the message and the recovery a user is offered. */
export type ApiErrorKind =
  | 'validation'
  | 'forbidden'
  | 'not-found'
  | 'rate-limited'
  | 'csrf'
  | 'server'
  | 'network'
  | 'unauthenticated'
  | 'invalid-response'

/** Everything an {@link ApiError} carries. */
export interface ApiErrorInit {
  /** The failure class. */
  kind: ApiErrorKind
  /** HTTP status; `0` when no response arrived. */
  status: number
  /** The server's message, or an English fallback (see `hasServerMessage`). */
  message: string
  /** Validation messages by field name. @default {} */
  fieldErrors?: Record<string, string[]>
  /** Seconds to wait before trying again (429 only). */
  retryAfterSeconds?: number
  /** Whether `message` came from the server; if not, show a localised text for `kind` instead. @default false */
  hasServerMessage?: boolean
  /** The parsed JSON body, the raw text when it was not JSON, or `null`. @default null */
  body?: unknown
  /** The underlying error (a fetch TypeError, a JSON SyntaxError). */
  cause?: unknown
}

// A registry symbol, so an ApiError thrown by a second copy of the package (widget and app) is recognised.
const API_ERROR = Symbol.for('escalated.ApiError')

/** A failed request, normalised across backends (contract §6.6, §7, §8). */
export class ApiError extends Error {
  /** The failure class. */
  readonly kind: ApiErrorKind
  /** HTTP status; `0` when no response arrived. */
  readonly status: number
  /** Validation messages by field name; empty unless the server sent field errors. */
  readonly fieldErrors: Record<string, string[]>
  /** Seconds to wait before trying again; set on 429 only. */
  readonly retryAfterSeconds?: number
  /** Whether `message` came from the server rather than the English fallback. */
  readonly hasServerMessage: boolean
  /** The parsed JSON body, the raw text when it was not JSON, or `null`. */
  readonly body: unknown
  readonly [API_ERROR] = true

  constructor(init: ApiErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause })
    this.name = 'ApiError'
    this.kind = init.kind
    this.status = init.status
    this.fieldErrors = init.fieldErrors ?? {}
    if (init.retryAfterSeconds !== undefined) this.retryAfterSeconds = init.retryAfterSeconds
    this.hasServerMessage = init.hasServerMessage ?? false
    this.body = init.body ?? null
  }
}

/** Whether a caught value is an {@link ApiError}, even one from another copy of the package. */
export function isApiError(error: unknown): error is ApiError {
  return (
    error instanceof ApiError ||
    (typeof error === 'object' && error !== null && Reflect.get(error, API_ERROR) === true)
  )
}

/** The kind for a non-2xx status. 400 counts as validation: A and N answer bad input with it. */
export function kindForStatus(status: number): ApiErrorKind {
  switch (status) {
    case 400:
    case 422:
      return 'validation'
    case 401:
      return 'unauthenticated'
    case 403:
      return 'forbidden'
    case 404:
      return 'not-found'
    case 419:
      return 'csrf'
    case 429:
      return 'rate-limited'
    default:
      return 'server'
  }
}

/** English fallbacks; the UI shows a localised text for `kind` when `hasServerMessage` is false. */
export function fallbackMessage(kind: ApiErrorKind, status: number): string {
  switch (kind) {
    case 'validation':
      return 'The submitted data is invalid.'
    case 'unauthenticated':
      return 'You need to sign in to do this.'
    case 'forbidden':
      return 'You are not allowed to do this.'
    case 'not-found':
      return 'The requested item was not found.'
    case 'csrf':
      return 'The page has expired. Reload it and try again.'
    case 'rate-limited':
      return 'Too many requests. Wait a moment and try again.'
    case 'network':
      return 'The server could not be reached.'
    case 'invalid-response':
      return 'The server sent an unexpected response.'
    case 'server':
      return `The server could not complete the request (status ${status}).`
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() === '' ? [] : [value]
  if (Array.isArray(value)) return value.flatMap((item) => strings(item))
  return []
}

/**
 * Reads field errors in every shape seen: `{field: [msgs]}` (L JSON), `{field: msg}` (Inertia bag)
 * and `[{field, message}]` (VineJS on Adonis hosts).
 */
export function readFieldErrors(errors: unknown): Record<string, string[]> {
  const result: Record<string, string[]> = {}
  const add = (field: string, messages: string[]) => {
    if (messages.length > 0) result[field] = [...(result[field] ?? []), ...messages]
  }
  if (Array.isArray(errors)) {
    for (const item of errors) {
      if (isRecord(item))
        add(typeof item.field === 'string' ? item.field : '', strings(item.message))
      else add('', strings(item))
    }
  } else if (isRecord(errors)) {
    for (const [field, messages] of Object.entries(errors)) add(field, strings(messages))
  }
  return result
}

/** Message precedence of contract §6.6: flattened `errors`, then `message`, then `error`. */
export function readServerMessage(
  body: unknown,
  fieldErrors: Record<string, string[]>,
): string | null {
  const flattened = Object.values(fieldErrors).flat()
  if (flattened.length > 0) return flattened.join(' ')
  if (!isRecord(body)) return null
  // N (NestJS) sends `message` as an array of validation messages.
  const message = strings(body.message)
  if (message.length > 0) return message.join(' ')
  const error = strings(body.error)
  return error.length > 0 ? error.join(' ') : null
}

const DEFAULT_RETRY_AFTER_SECONDS = 60

/** Seconds to wait after a 429: `Retry-After` (seconds or a date), else body `retry_after`, else 60. */
export function readRetryAfter(header: string | null, body: unknown, now: number): number {
  const value = header?.trim() ?? ''
  if (/^\d+$/.test(value)) return Number(value)
  if (value !== '') {
    const date = Date.parse(value)
    if (!Number.isNaN(date)) return Math.max(0, Math.ceil((date - now) / 1000))
  }
  const fromBody = isRecord(body) ? Number(body.retry_after) : Number.NaN
  if (Number.isFinite(fromBody) && fromBody >= 0) return Math.ceil(fromBody)
  return DEFAULT_RETRY_AFTER_SECONDS
}

/** Builds the {@link ApiError} for a non-2xx response whose body is already decoded. */
export function errorFromResponse(
  status: number,
  body: unknown,
  retryAfterHeader: string | null,
  now: number = Date.now(),
): ApiError {
  const kind = kindForStatus(status)
  const fieldErrors = isRecord(body) ? readFieldErrors(body.errors) : {}
  const serverMessage = readServerMessage(body, fieldErrors)
  return new ApiError({
    kind,
    status,
    message: serverMessage ?? fallbackMessage(kind, status),
    hasServerMessage: serverMessage !== null,
    fieldErrors,
    ...(kind === 'rate-limited'
      ? { retryAfterSeconds: readRetryAfter(retryAfterHeader, body, now) }
      : {}),
    body,
  })
}
