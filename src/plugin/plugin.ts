import { computed, ref, shallowRef, type App, type Plugin } from 'vue'
import { normalizeSharedProps } from '@/contract'
import { createHttpClient } from '@/api'
import { createI18n, I18N_KEY } from '@/i18n'
import { createRouteResolver } from '@/routes'
import { themeStyle } from '@/theme/themeStyle'
import type { EscalatedTheme, PanelMode } from '@/theme/types'
import { ESCALATED_CONTEXT, type EscalatedContext } from './context'
import { createExtensionRegistry } from './extensions'
import {
  createInertiaTransport,
  guardInvalidResponses,
  inertiaPageProps,
  inertiaPageUrl,
} from './inertia'
import type { EscalatedOptions } from './options'
import { createToastQueue } from './toasts'

/** Build the per-app context from the plugin options (exported for custom frontends and tests). */
export function createEscalatedContext(options: EscalatedOptions = {}): EscalatedContext {
  const theme = shallowRef<EscalatedTheme>(options.theme ?? {})
  const mode = ref<PanelMode>(options.theme?.panel?.mode ?? 'light')
  const i18n = createI18n({ locale: options.locale, messages: options.messages })
  const extensions = createExtensionRegistry(options.plugins ?? [])
  for (const extension of options.plugins ?? []) {
    for (const [locale, messages] of Object.entries(extension.messages ?? {})) {
      i18n.addMessages(locale, messages)
    }
  }
  const pageProps = options.pageProps ? computed(options.pageProps) : inertiaPageProps()
  const pageUrl = options.pageUrl ? computed(options.pageUrl) : inertiaPageUrl()
  const shared = computed(() => normalizeSharedProps(pageProps.value))
  const hostRoute = options.route ?? null
  const route = computed(() =>
    createRouteResolver({
      prefix: shared.value.escalated.prefix,
      hostRoute: hostRoute ?? undefined,
    }),
  )
  const handled = new WeakSet<object>()

  return {
    mode,
    setMode: (next) => {
      mode.value = next
    },
    theme,
    setTheme: (next) => {
      theme.value = next
      if (next.panel?.mode) mode.value = next.panel.mode
    },
    themeStyle: computed(() => themeStyle(theme.value)),
    i18n,
    shared,
    pageProps,
    pageUrl,
    route,
    transport: options.transport ?? createInertiaTransport(handled),
    http: createHttpClient({ csrf: options.csrf }),
    toasts: createToastQueue(),
    extensions,
    layout: options.layout ?? null,
    loginUrl: options.loginUrl ?? null,
    refresh: { ...options.refresh },
    hostRoute,
    invalidResponses: handled,
  }
}

function errorMessage(context: EscalatedContext, status: number, message: string | null): string {
  if (message) return message
  const { t } = context.i18n
  if (status === 403 || status === 401) return t('common.error.forbidden')
  if (status === 404) return t('common.error.not_found')
  if (status === 419) return t('common.error.csrf')
  if (status >= 200 && status < 300) return t('common.error.empty_response')
  if (status >= 500) return t('common.error.server')
  return t('common.error.generic')
}

/** The Vue plugin: `app.use(EscalatedPlugin, { layout, theme, route, locale, messages, plugins })`. */
export const EscalatedPlugin: Plugin<[EscalatedOptions?]> = {
  install(app: App, options: EscalatedOptions = {}) {
    const context = createEscalatedContext(options)
    app.provide(ESCALATED_CONTEXT, context)
    app.provide(I18N_KEY, context.i18n)
    // Templates of host pages may call $t; a host's own i18n (vue-i18n) keeps its $t.
    if (!('$t' in app.config.globalProperties)) {
      Object.assign(app.config.globalProperties, { $t: context.i18n.t })
    }
    if (!options.transport && typeof window !== 'undefined') {
      const stop = guardInvalidResponses({
        handled: context.invalidResponses,
        isOurs: (url) => {
          const prefix = context.shared.value.escalated.prefix
          try {
            const path = new URL(url, window.location.href).pathname
            return prefix === '' || prefix === '/' ? true : path.startsWith(prefix)
          } catch {
            return false
          }
        },
        report: (status, message) =>
          context.toasts.push({ kind: 'error', message: errorMessage(context, status, message) }),
      })
      app.onUnmount?.(stop)
    }
  },
}

export { errorMessage as describeHttpError }
