import type { Ref } from 'vue'
import type { I18n } from '@/i18n'
import type { PanelHost } from '../loader/bridge'
import type { WidgetView } from '../loader/types'
import type { WidgetAdapter, WidgetConfig } from './adapters'
import type { Translate } from './errors'
import type { WidgetStorage } from './storage'

/** Everything the panel's views share; created once per panel in `createPanel`. */
export interface PanelContext {
  /** Translates a catalogue key. */
  t: Translate
  /** The i18n engine (locale, direction, date formatting). */
  i18n: I18n
  /** The backend adapter. */
  adapter: WidgetAdapter
  /** The configuration, once `/config` answered. */
  config: Ref<WidgetConfig | undefined>
  /** The backend's URL, for relative links in articles and replies. */
  base: string
  /** The current time, ticking every second while a retry countdown runs. */
  now: Ref<number>
  /** Ticks `now` every second until the given time. */
  tickUntil(time: number): void
  /** Says something in the panel's polite live region. */
  announce(message: string): void
  /** Reports a failure to the host's `on('error')` listeners. */
  report(operation: string, error: unknown): void
  /** Reports an event to the host's listeners. */
  emit: PanelHost['emit']
  /** Per-tab storage (drafts survive a reload, not the tab). */
  session: WidgetStorage
  /** Per-browser storage (ticket grants). */
  local: WidgetStorage
  /** The view the visitor asked for; the panel falls back to an available one. */
  view: Ref<WidgetView>
  /** Whether the panel is open (the loader owns this state). */
  open: Ref<boolean>
  /** Whether the locale's catalogue has loaded. */
  localeReady: Ref<boolean>
  /** Why `/config` failed, when it did. */
  configError: Ref<unknown>
  /** (Re)loads `/config`. */
  loadConfig(): Promise<void>
  /** Closes the panel through the loader, which returns focus to the launcher. */
  close(): void
  /** The live region's current message. */
  live: Ref<string>
  /** Resolves once pending state changes are on screen. */
  nextTick(): Promise<void>
  /** The element the panel renders into, inside the widget's shadow root. */
  root: HTMLElement
  /** Backend HTML as a sanitised `.prose` element, built once per `key` and HTML. */
  rich(key: string, html: string): HTMLElement
  /** A new id prefix, unique within the panel's shadow root. */
  uid(): string
}
