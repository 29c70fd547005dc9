import { computed, type ComputedRef } from 'vue'
import type { SharedProps } from '@/contract'
import type { I18n } from '@/i18n'
import { injectEscalatedContext, type EscalatedContext } from '@/plugin/context'
import type { RouteResolver } from '@/routes'

/** What most components need from the plugin: URLs, strings, shared props and the current user. */
export interface UseEscalatedReturn {
  /** `route(name, params?, query?)` from the built-in table (or the host's), following `escalated.prefix`. */
  route: RouteResolver
  t: I18n['t']
  i18n: I18n
  shared: ComputedRef<SharedProps>
  user: ComputedRef<SharedProps['auth']['user']>
  context: EscalatedContext
}

/** Access the plugin from a component or composable. */
export function useEscalated(): UseEscalatedReturn {
  const context = injectEscalatedContext()
  // A stable function that always reads the current prefix, safe to destructure in setup.
  const route = ((...args: Parameters<RouteResolver>) =>
    context.route.value(...args)) as RouteResolver
  return {
    route,
    t: context.i18n.t,
    i18n: context.i18n,
    shared: context.shared,
    user: computed(() => context.shared.value.auth.user),
    context,
  }
}
