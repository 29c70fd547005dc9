/**
 * The public, typed surface of the embeddable widget, shipped as dist/widget/escalated-widget.d.ts.
 * Self-contained (no imports) so the build can emit it as one declaration file. No runtime code.
 */

/** Which backend's widget API to speak (contract §6.2). */
export type WidgetBackend = 'laravel' | 'adonis' | 'nestjs'

/** The corner the launcher sits in. */
export type WidgetPosition = 'bottom-right' | 'bottom-left'

/** Colour mode of the panel; `auto` follows the visitor's OS preference. */
export type WidgetThemeMode = 'light' | 'dark' | 'auto'

/** A view of the panel: knowledge-base help, the ticket form, or the status check. */
export type WidgetView = 'help' | 'contact' | 'status'

/** Who the visitor is, when the host page knows; prefills the name and email fields. */
export interface WidgetIdentity {
  /** Display name. */
  name?: string
  /** Email address. */
  email?: string
}

/** Values for the ticket form and the status check. Unknown keys are ignored. */
export interface WidgetPrefill extends WidgetIdentity {
  /** Ticket subject. */
  subject?: string
  /** Ticket description. */
  description?: string
  /** Department id, when the backend lists departments. */
  departmentId?: number | string
  /** Ticket reference for the status check, e.g. `ESC-00042`. */
  reference?: string
}

/** Theme changes at runtime: a mode, or any of mode, accent colour and launcher position. */
export type WidgetThemeInput =
  | WidgetThemeMode
  | {
      /** Colour mode. */
      mode?: WidgetThemeMode
      /** Accent colour, any CSS colour. */
      color?: string
      /** Launcher corner. */
      position?: WidgetPosition
    }

/** An error the widget surfaced to the visitor, also reported to `on('error')` listeners. */
export interface WidgetErrorEvent {
  /** What failed: `config`, `search`, `article`, `ticket`, `status`, `verification`, `load`. */
  operation: string
  /** Failure class, e.g. `network`, `validation`, `rate-limited`, `not-found`, `server`. */
  kind: string
  /** The server's message or an English fallback. */
  message: string
  /** HTTP status; `0` when no response arrived. */
  status: number
}

/** Payload of each widget event. */
export interface WidgetEventMap {
  /** The launcher is on the page and queued calls have run. */
  ready: undefined
  /** The panel opened. */
  open: undefined
  /** The panel closed. */
  close: undefined
  /** The visitor filed a ticket. */
  'ticket-created': { reference: string }
  /** The visitor opened a knowledge-base article. */
  'article-viewed': { slug: string; title: string }
  /** A request failed or the panel could not load. */
  error: WidgetErrorEvent
}

/** An event name of {@link WidgetEventMap}. */
export type WidgetEventName = keyof WidgetEventMap

/** A listener for one widget event. */
export type WidgetListener<E extends WidgetEventName> = (payload: WidgetEventMap[E]) => void

/** Embed options: `data-*` attributes on the script tag win over these, these over defaults. */
export interface EscalatedWidgetOptions {
  /** Backend origin, e.g. `https://help.example.com`. @default '' (same origin) */
  baseUrl?: string
  /** Widget API path on the backend. @default '/support/widget' ('/escalated/widget' for nestjs) */
  widgetPath?: string
  /** Which backend's API to speak. @default 'laravel' */
  backend?: WidgetBackend
  /** Accent colour; the backend's admin colour from `/config` overrides it. @default '#4F46E5' */
  color?: string
  /** Launcher corner. @default 'bottom-right' */
  position?: WidgetPosition
  /** Colour mode. @default 'auto' */
  theme?: WidgetThemeMode
  /** BCP 47 locale; falls back to the page's `lang`, then English. */
  locale?: string
  /** CSP nonce for the `<style>` fallback in browsers without constructable stylesheets. */
  nonce?: string
  /** Calls made before the loader ran, as `[method, ...args]`; replayed in order once mounted. */
  q?: unknown[][]
}

/** The API on `window.EscalatedWidget` once the loader has run. */
export interface EscalatedWidgetApi {
  /** Whether the panel is open. */
  readonly isOpen: boolean
  /** Opens the panel (loading it first if needed). */
  open(): Promise<void>
  /** Closes the panel. */
  close(): void
  /** Opens a closed panel, closes an open one. */
  toggle(): Promise<void>
  /** Shows the launcher again after `hide()`. */
  show(): void
  /** Hides the launcher and closes the panel. */
  hide(): void
  /** Prefills name and email in the form and status check. */
  identify(identity: WidgetIdentity): void
  /** Prefills form and status fields. */
  prefill(values: WidgetPrefill): void
  /** Opens the Help view and searches the knowledge base. */
  search(query: string): Promise<void>
  /** Opens one knowledge-base article. */
  openArticle(slug: string): Promise<void>
  /** Opens the ticket form. */
  openTicketForm(): Promise<void>
  /** Opens the status check, optionally with a reference filled in. */
  checkStatus(reference?: string): Promise<void>
  /** Switches the language; catalogues load lazily. */
  setLocale(locale: string): void
  /** Switches colour mode, accent colour or launcher position. */
  setTheme(theme: WidgetThemeInput): void
  /** Removes the widget from the page; a new embed script can mount it again. */
  destroy(): void
  /** Subscribes to an event; listeners run in a microtask. Late `ready` subscribers are called too. */
  on<E extends WidgetEventName>(event: E, listener: WidgetListener<E>): void
  /** Unsubscribes a listener. */
  off<E extends WidgetEventName>(event: E, listener: WidgetListener<E>): void
}

declare global {
  interface Window {
    /** Embed options before the loader runs; the widget API afterwards. */
    EscalatedWidget?: EscalatedWidgetOptions | EscalatedWidgetApi
  }
}
