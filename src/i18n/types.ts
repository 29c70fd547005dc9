/** Plural forms keyed by `Intl.PluralRules` category; `other` is required. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }

/** A message catalogue: nested objects of strings (or plural forms), `{name}` placeholders. */
export interface Messages {
  [key: string]: string | PluralForms | Messages
}

/** Values substituted into `{name}` placeholders; `count` also picks the plural form. */
export type MessageParams = Record<string, string | number>
