import { englishMessages } from './catalogue'
import { createI18nCore, type CreateI18nOptions, type I18n } from './core'

export type { CreateI18nOptions, I18n } from './core'

/** Create an i18n instance: the package's English catalogue bundled, any locale added by the host. */
export function createI18n(options: CreateI18nOptions = {}): I18n {
  const i18n = createI18nCore({ locale: options.locale })
  i18n.addMessages('en', englishMessages())
  for (const [code, messages] of Object.entries(options.messages ?? {}))
    i18n.addMessages(code, messages)
  return i18n
}
