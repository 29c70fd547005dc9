import { createI18nCore, type I18n, type Messages } from '@/i18n'
import en from './locales/en'

// Chunks under dist/widget/locales/ (excluded from the size budget but for English, which is bundled).
const CATALOGUES: Record<string, () => Promise<{ default: Messages }>> = {
  de: () => import('./locales/de'),
  ar: () => import('./locales/ar'),
}

/** The widget's i18n: the package's engine with the widget's own small catalogues. */
export interface WidgetI18n {
  /** The engine; `t`, `dir` and the Intl formatters follow `setLocale`. */
  i18n: I18n
  /**
   * Switches to a BCP 47 locale, loading its catalogue first. Languages without a catalogue
   * fall back to English entirely (no English text laid out right to left).
   */
  setLocale(locale: string): Promise<void>
}

/** Creates the widget's i18n, in English until `setLocale` runs. */
export function createWidgetI18n(): WidgetI18n {
  const i18n = createI18nCore({ locale: 'en', messages: { en } })
  let latest = ''
  return {
    i18n,
    async setLocale(locale) {
      const language = locale.split('-')[0]?.toLowerCase() ?? ''
      const load = CATALOGUES[language]
      latest = locale
      if (load) i18n.addMessages(language, (await load()).default)
      // A later call that finished first wins.
      if (latest === locale) i18n.setLocale(load ? locale : 'en')
    },
  }
}
