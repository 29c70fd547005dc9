export { createI18n } from './createI18n'
export type { CreateI18nOptions, I18n } from './createI18n'
export { useI18n, I18N_KEY } from './useI18n'
export type { Messages, MessageParams, PluralForms } from './types'
