import { isApiError } from '@/api/errors'

/** Translates a key with placeholders. */
export type Translate = (key: string, params?: Record<string, string | number>) => string

/**
 * The text a visitor sees for a failed request (contract §6.6): the server's own message first
 * (field errors flattened, then `message`, then `error`), else a localised text for the failure.
 */
export function describeError(error: unknown, t: Translate): string {
  if (!isApiError(error)) return t('error.server')
  if (error.kind === 'network') return t('error.network')
  if (error.hasServerMessage) return error.message
  const known: Partial<Record<string, string>> = {
    validation: 'validation',
    forbidden: 'forbidden',
    'not-found': 'missing',
  }
  return t(`error.${known[error.kind] ?? 'server'}`)
}

/** Seconds to wait after a 429, or `undefined` for any other failure. */
export function retryAfter(error: unknown): number | undefined {
  return isApiError(error) && error.kind === 'rate-limited'
    ? (error.retryAfterSeconds ?? 60)
    : undefined
}
