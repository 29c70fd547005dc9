import { hasInjectionContext, inject, type InjectionKey } from 'vue'
import { createI18n, type I18n } from './createI18n'

/** Injection key under which the plugin provides its i18n instance. */
export const I18N_KEY: InjectionKey<I18n> = Symbol('escalated:i18n')

/** The app's i18n instance; English defaults when used outside `EscalatedPlugin`. */
export function useI18n(): I18n {
  const provided = hasInjectionContext() ? inject(I18N_KEY, null) : null
  return provided ?? createI18n()
}
