/** HTTP verbs a page visit may use. */
export type VisitMethod = 'get' | 'post' | 'put' | 'patch' | 'delete'

/** Options of one page visit (an Inertia visit in Inertia hosts). */
export interface VisitOptions {
  /** @default 'get' */
  method?: VisitMethod
  /** Request body (or query for GET). */
  data?: Record<string, unknown> | FormData
  /** Partial reload: only these props come back. */
  only?: string[]
  /** Keep the scroll position after the visit. */
  preserveScroll?: boolean
  /** Keep component state after the visit. */
  preserveState?: boolean
  /** Replace the history entry instead of pushing one. */
  replace?: boolean
  /** Send `data` as multipart even without files. */
  forceFormData?: boolean
  /** Extra request headers. */
  headers?: Record<string, string>
  /** Run alongside other visits instead of cancelling them (per-button busy states rely on it). */
  async?: boolean
  /** Upload progress in percent (0–100). */
  onProgress?: (percent: number) => void
}

/** How a visit ended; failures are values, never thrown. */
export type VisitResult =
  | { status: 'ok' }
  | { status: 'invalid'; errors: Record<string, string> }
  | { status: 'http-error'; httpStatus: number; message: string | null }
  | { status: 'network-error'; message: string }
  | { status: 'cancelled' }

/** What the package uses to navigate and submit; Inertia by default, replaceable by custom frontends and tests. */
export interface Transport {
  /** Visit `url`, resolving when the visit has finished. */
  visit: (url: string, options?: VisitOptions) => Promise<VisitResult>
  /** Reload the current page, optionally only some props. */
  reload: (
    options?: Pick<VisitOptions, 'only' | 'preserveScroll' | 'async'>,
  ) => Promise<VisitResult>
}

/** Flatten an Inertia errors bag (`{field: string | string[]}`) to `{field: firstMessage}`. */
export function flattenErrors(errors: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [field, value] of Object.entries(errors)) {
    const message = Array.isArray(value) ? value[0] : value
    if (typeof message === 'string') out[field] = message
  }
  return out
}

/** Best message from a non-Inertia error body: `message`, then `error`. */
export function messageFromBody(body: unknown): string | null {
  if (typeof body === 'object' && body !== null) {
    const record = body as Record<string, unknown>
    if (typeof record.message === 'string' && record.message) return record.message
    if (typeof record.error === 'string' && record.error) return record.error
  }
  return null
}
