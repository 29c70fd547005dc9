import type { Component } from 'vue'
import type { Messages } from '@/i18n'
import type { EscalatedTheme } from '@/theme/types'
import type { CsrfStrategy } from '@/api'
import type { EscalatedExtension } from './extensions'
import type { Transport } from './transport'

/** A host's own Ziggy-compatible `route(name, params)` function. */
export type HostRouteFunction = (name: string, params?: unknown, absolute?: boolean) => string

/** How often the live screens refresh while the tab is visible, in ms; `0` turns one off. */
export interface EscalatedRefreshOptions {
  /** The agent queue and admin ticket list, when Laravel Echo does not push changes. @default 60000 */
  queue?: number
  /** Ticket presence ("also viewing") on the agent and admin ticket screens. @default 30000 */
  presence?: number
}

/** Options of `app.use(EscalatedPlugin, options)`; every one is optional. */
export interface EscalatedOptions {
  /** Host layout for customer pages: receives a `#header` slot (title + nav) and a default slot (content). */
  layout?: Component
  /** Brand, shape, type and panel tokens; anything left out keeps its default. */
  theme?: EscalatedTheme
  /** A host's Ziggy-style `route()`; consulted for the names it knows, before the built-in table. */
  route?: HostRouteFunction
  /** Initial locale. @default 'en' */
  locale?: string
  /** Extra catalogues per locale (merged over the bundled English one). */
  messages?: Record<string, Messages>
  /** Extensions registered in code (`defineEscalatedPlugin`). */
  plugins?: EscalatedExtension[]
  /** Where "Sign in" links point; the link is hidden when unset. */
  loginUrl?: string
  /** Refresh intervals of the queue and of ticket presence. */
  refresh?: EscalatedRefreshOptions
  /** CSRF strategy for JSON requests. @default cookie `XSRF-TOKEN`, then `<meta name="csrf-token">` */
  csrf?: CsrfStrategy | CsrfStrategy[]
  /** Replace Inertia for visits (custom frontends, tests). @default the Inertia router */
  transport?: Transport
  /** Source of the shared props (`escalated`, `auth`, `flash`, `errors`). @default the Inertia page props */
  pageProps?: () => Record<string, unknown>
  /** Source of the current page URL (pagination links). @default the Inertia page URL */
  pageUrl?: () => string
}
