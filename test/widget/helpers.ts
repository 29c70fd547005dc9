/**
 * Test helpers for the widget panel: a fake loader host, a routed fake `fetch` and a mounted
 * panel inside a real shadow root.
 */
import { vi } from 'vitest'
import { nextTick } from 'vue'
import { within } from '@testing-library/dom'
import type { EmbedConfig } from '../../widget/loader/config'
import type { PanelCommand, PanelController, PanelHost } from '../../widget/loader/bridge'
import type { EscalatedWidgetApi } from '../../widget/loader/types'
import { createPanel } from '../../widget/app/index'

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
    const body: unknown = typeof init.body === 'string' ? JSON.parse(init.body) : undefined
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

/** Options of {@link mountPanel}. */
export interface MountPanelOptions {
  routes: FakeRoutes
  embed?: Partial<EmbedConfig>
  commands?: PanelCommand[]
  open?: boolean
}

/** A panel mounted in a shadow root with a fake loader around it. */
export async function mountPanel({
  routes,
  embed = {},
  commands = [],
  open = true,
}: MountPanelOptions) {
  const hostElement = document.createElement('div')
  document.body.append(hostElement)
  const root = hostElement.attachShadow({ mode: 'open' })
  const launcher = document.createElement('button')
  root.append(launcher)
  const { fetch, calls } = routedFetch(routes)
  const api = {
    close: vi.fn(() => {
      controller.setOpen(false)
      launcher.focus()
    }),
    setTheme: vi.fn(),
  }
  const emit = vi.fn()
  const disable = vi.fn()
  const host: PanelHost = {
    api: api as unknown as EscalatedWidgetApi,
    root,
    config: {
      baseUrl: 'https://help.example.test',
      widgetPath: '',
      backend: 'laravel',
      color: '',
      position: '',
      theme: 'auto',
      locale: 'en',
      nonce: '',
      ...embed,
    },
    commands,
    addStyles: vi.fn(),
    emit,
    disable,
  }
  const controller: PanelController = createPanel(host, fetch)
  if (open) controller.setOpen(true)
  await settle()
  const container = root.lastElementChild as HTMLElement
  return {
    root,
    container,
    screen: within(container),
    controller,
    fetch,
    calls,
    api,
    emit,
    disable,
    launcher,
    /** Unmounts and removes everything. */
    destroy() {
      controller.destroy()
      hostElement.remove()
    },
  }
}

/** Lets pending promises, the catalogue import and Vue's render queue finish. */
export async function settle(rounds = 6): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await Promise.resolve()
    await nextTick()
    if (vi.isFakeTimers()) await vi.advanceTimersByTimeAsync(0)
    else await new Promise((resolve) => setTimeout(resolve, 0))
  }
}
