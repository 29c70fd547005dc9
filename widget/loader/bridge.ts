/**
 * The private contract between the loader and the lazily loaded panel (not part of the public
 * .d.ts): types, and the two method lists both sides share.
 */
import type { EmbedConfig } from './config'
import type { EscalatedWidgetApi, WidgetEventMap, WidgetEventName } from './types'

/** API methods the panel implements; the loader forwards their calls unchanged. */
export const FORWARDED = ['identify', 'prefill', 'setLocale'] as const
/** API methods that load and open the panel, then run there. */
export const OPENING = ['search', 'openArticle', 'openTicketForm', 'checkStatus'] as const

/** An API call the panel runs, with the arguments exactly as the host passed them. */
export type PanelCommand = [
  method: (typeof FORWARDED)[number] | (typeof OPENING)[number],
  args: unknown[],
]

/** What the loader hands the panel when it creates it. */
export interface PanelHost {
  /** The public API; the panel closes through it and applies `/config` branding with `setTheme`. */
  api: EscalatedWidgetApi
  /** The shadow root: the launcher is its first child, the panel appends its own element. */
  root: ShadowRoot
  /** The raw embed configuration; `locale` is the current one (embed, `setLocale`, page `lang`). */
  config: EmbedConfig
  /** Calls made before the panel loaded (`identify`, `prefill`, `setLocale`), in order. */
  commands: PanelCommand[]
  /** Adds CSS to the shadow root: a constructable stylesheet, else a `<style>` with the nonce. */
  addStyles(css: string): void
  /** Reports an event to `on()` listeners. */
  emit<E extends WidgetEventName>(event: E, payload: WidgetEventMap[E]): void
  /** Hides the launcher for good: the backend said the widget is disabled (`show()` won't undo it). */
  disable(): void
}

/** What the panel module returns to the loader. */
export interface PanelController {
  /** Shows or hides the panel; the loader owns the open state. */
  setOpen(open: boolean): void
  /** Runs a forwarded API call (search, open an article, switch view, prefill, locale). */
  run(command: PanelCommand): void
  /** Unmounts the panel. */
  destroy(): void
}

/** The shape of the lazily loaded panel module. */
export interface PanelModule {
  /** Creates and mounts the panel, hidden until `setOpen(true)`. */
  createPanel(host: PanelHost): PanelController
}
