import {
  hasInjectionContext,
  inject,
  type Component,
  type ComputedRef,
  type InjectionKey,
  type Ref,
} from 'vue'
import type { SharedProps } from '@/contract'
import type { HttpClient } from '@/api'
import type { I18n } from '@/i18n'
import type { RouteResolver } from '@/routes'
import type { EscalatedTheme, PanelMode } from '@/theme/types'
import type { ExtensionRegistry } from './extensions'
import type { EscalatedRefreshOptions, HostRouteFunction } from './options'
import type { ToastQueue } from './toasts'
import type { Transport } from './transport'

/** Everything the plugin provides to pages, components and composables of one app. */
export interface EscalatedContext {
  /** Panel mode in force; `setMode` changes it for the whole app. */
  mode: Readonly<Ref<PanelMode>>
  setMode: (mode: PanelMode) => void
  /** Theme options in force; `setTheme` replaces them (a live theme switcher). */
  theme: Readonly<Ref<EscalatedTheme>>
  setTheme: (theme: EscalatedTheme) => void
  /** Inline custom properties for the Escalated root, from `theme`. */
  themeStyle: ComputedRef<Record<string, string>>
  i18n: I18n
  /** Normalized shared props of the current page. */
  shared: ComputedRef<SharedProps>
  /** Raw props of the current page (pages normalize their own). */
  pageProps: ComputedRef<Record<string, unknown>>
  /** Current page URL. */
  pageUrl: ComputedRef<string>
  /** Build a URL from the route table and `escalated.prefix` (or the host's route function). */
  route: ComputedRef<RouteResolver>
  transport: Transport
  http: HttpClient
  toasts: ToastQueue
  extensions: ExtensionRegistry
  /** The host layout for customer pages, if any. */
  layout: Component | null
  loginUrl: string | null
  /** Refresh intervals in force (the plugin's `refresh` option). */
  refresh: Readonly<EscalatedRefreshOptions>
  hostRoute: HostRouteFunction | null
  /** Non-Inertia responses a Transport visit already reported (internal bookkeeping). */
  invalidResponses: WeakSet<object>
}

/** Injection key of the plugin context. */
export const ESCALATED_CONTEXT: InjectionKey<EscalatedContext> = Symbol('escalated:context')

/** The plugin context, or `null` outside `EscalatedPlugin`. */
export function injectEscalatedContextOrNull(): EscalatedContext | null {
  return hasInjectionContext() ? inject(ESCALATED_CONTEXT, null) : null
}

/** The plugin context; throws a clear error when the plugin is not installed. */
export function injectEscalatedContext(): EscalatedContext {
  const context = injectEscalatedContextOrNull()
  if (!context) {
    throw new Error(
      'Escalated components must be used in an app that installed EscalatedPlugin: app.use(EscalatedPlugin, options).',
    )
  }
  return context
}
