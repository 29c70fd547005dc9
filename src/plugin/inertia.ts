// The only module outside src/pages that imports Inertia: everything else goes through the Transport.
import { router, usePage } from '@inertiajs/vue3'
import { computed, type ComputedRef } from 'vue'
import {
  flattenErrors,
  messageFromBody,
  type Transport,
  type VisitOptions,
  type VisitResult,
} from './transport'

function samePath(a: string | undefined, b: string): boolean {
  if (!a || typeof window === 'undefined') return true
  try {
    return new URL(a, window.location.href).pathname === new URL(b, window.location.href).pathname
  } catch {
    return true
  }
}

function runVisit(
  start: (callbacks: Record<string, unknown>) => void,
  url: string,
  options: VisitOptions,
  handled: WeakSet<object>,
): Promise<VisitResult> {
  return new Promise((resolve) => {
    let result: VisitResult | null = null
    const cleanups: Array<() => void> = []
    start({
      onStart: () => {
        // Non-Inertia answers (plain JSON 403, empty 200, HTML 500) would open Inertia's raw modal.
        cleanups.push(
          router.on('invalid', (event) => {
            const response = event.detail.response
            if (!samePath(response.config?.url, url)) return
            event.preventDefault()
            handled.add(response)
            result ??= {
              status: 'http-error',
              httpStatus: response.status,
              message: messageFromBody(response.data),
            }
          }),
          router.on('exception', (event) => {
            event.preventDefault()
            result ??= { status: 'network-error', message: event.detail.exception.message }
          }),
        )
      },
      onProgress: (progress: { percentage?: number } | undefined) =>
        options.onProgress?.(progress?.percentage ?? 0),
      onError: (errors: Record<string, unknown>) => {
        result = { status: 'invalid', errors: flattenErrors(errors) }
      },
      onSuccess: () => {
        result ??= { status: 'ok' }
      },
      onCancel: () => {
        result ??= { status: 'cancelled' }
      },
      onFinish: () => {
        for (const cleanup of cleanups) cleanup()
        resolve(result ?? { status: 'cancelled' })
      },
    })
  })
}

/**
 * A Transport backed by the Inertia router. Responses it handled itself go into `handled`, so the global
 * guard below does not report them twice.
 */
export function createInertiaTransport(handled: WeakSet<object> = new WeakSet()): Transport {
  return {
    visit(url, options = {}) {
      const { method = 'get', data, onProgress: _onProgress, ...rest } = options
      return runVisit(
        (callbacks) =>
          router.visit(url, { ...rest, method, data: data as Record<string, never>, ...callbacks }),
        url,
        options,
        handled,
      )
    },
    reload(options = {}) {
      const url = typeof window === 'undefined' ? '' : window.location.href
      return runVisit(
        (callbacks) => router.reload({ ...options, ...callbacks }),
        url,
        options,
        handled,
      )
    },
  }
}

/** The current Inertia page's props, reactive. */
export function inertiaPageProps(): ComputedRef<Record<string, unknown>> {
  const page = usePage()
  return computed(() => (page.props ?? {}) as Record<string, unknown>)
}

/** The current Inertia page URL, reactive. */
export function inertiaPageUrl(): ComputedRef<string> {
  const page = usePage()
  return computed(() => page.url ?? '')
}

/** Options of `guardInvalidResponses`. */
export interface GuardInvalidResponsesOptions {
  /** Whether a response URL belongs to Escalated (under its prefix). */
  isOurs: (url: string) => boolean
  /** Responses a Transport visit already reported. */
  handled: WeakSet<object>
  /** Report the failure to the user. */
  report: (status: number, message: string | null) => void
}

/**
 * Catch non-Inertia answers to visits under the Escalated prefix (plain JSON 403 from Adonis guards, empty
 * 200s, HTML error pages) that were not made through the Transport, e.g. a plain link click, and report them
 * instead of letting Inertia open its raw response modal. Returns the unsubscribe function.
 */
export function guardInvalidResponses(options: GuardInvalidResponsesOptions): () => void {
  return router.on('invalid', (event) => {
    const response = event.detail.response
    const url = response.request?.responseURL || response.config?.url || ''
    if (!options.isOurs(url)) return
    event.preventDefault()
    // The Transport's own listener runs after this one; let it claim the response first.
    queueMicrotask(() => {
      if (!options.handled.has(response)) {
        options.report(response.status, messageFromBody(response.data))
      }
    })
  })
}
