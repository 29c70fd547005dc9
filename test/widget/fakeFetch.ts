/** A routed fake `fetch` for the widget's backend, and a Laravel `/config` answer. */
import { vi } from 'vitest'

/** A canned answer: status, JSON body (or raw text) and headers. */
export interface FakeAnswer {
  status?: number
  body?: unknown
  text?: string
  headers?: Record<string, string>
}

/** Routes by `METHOD /path?query` (relative to the widget endpoint); a function gets the request. */
export type FakeRoutes = Record<
  string,
  FakeAnswer | ((request: { body: unknown; headers: Headers; url: string }) => FakeAnswer)
>

/**
 * A fetch that answers from `routes` and records every call; unknown routes answer 404. Paths
 * are relative to the widget endpoint (`…/support/widget` or NestJS's `…/escalated/widget`).
 */
export function routedFetch(routes: FakeRoutes) {
  const calls: { method: string; path: string; body: unknown; headers: Headers }[] = []
  const fetch = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input)
    const path = url.replace(/^https?:\/\/[^/]+\/(?:support|escalated)\/widget/, '')
    const method = (init.method ?? 'GET').toUpperCase()
    const headers = new Headers(init.headers)
    // JSON bodies are parsed; multipart bodies (attachments) stay FormData.
    const body: unknown =
      typeof init.body === 'string'
        ? JSON.parse(init.body)
        : init.body instanceof FormData
          ? init.body
          : undefined
    calls.push({ method, path, body, headers })
    const route = routes[`${method} ${path}`] ?? routes[`${method} ${path.split('?')[0]}`]
    const answer =
      typeof route === 'function' ? route({ body, headers, url }) : (route ?? { status: 404 })
    if (answer.status === 0) throw new TypeError('Failed to fetch')
    const text = answer.text ?? (answer.body === undefined ? '' : JSON.stringify(answer.body))
    return new Response(text || null, {
      status: answer.status ?? 200,
      headers: { 'Content-Type': 'application/json', ...answer.headers },
    })
  })
  return { fetch, calls }
}

/** A Laravel `/config` answer with everything on. */
export const LARAVEL_CONFIG = {
  enabled: true,
  color: '#0F766E',
  position: 'bottom-left',
  greeting: 'Hi there',
  departments: [
    { id: 1, name: 'Support' },
    { id: 2, name: 'Billing' },
  ],
  kb_enabled: true,
  guest_tickets_enabled: true,
  guest_verification_required: false,
}
