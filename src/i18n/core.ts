import { computed, ref, shallowRef, type ComputedRef, type Ref } from 'vue'
import type { MessageParams, Messages, PluralForms } from './types'

export interface CreateI18nOptions {
  /** BCP 47 locale, e.g. `en`, `de-CH`, `ar`. @default 'en' */
  locale?: string
  /** Extra or overriding catalogues per locale, merged over the bundled English one. */
  messages?: Record<string, Messages>
}

/** The i18n instance the plugin installs; also usable standalone. */
export interface I18n {
  /** Current locale; assign through `setLocale`. */
  locale: Readonly<Ref<string>>
  /** Writing direction of the current locale. */
  dir: ComputedRef<'ltr' | 'rtl'>
  /** Translate a dotted key; missing keys fall back to English, then to the key itself. */
  t: (key: string, params?: MessageParams) => string
  /** Whether a key exists in the current locale or English. */
  has: (key: string) => boolean
  /** Switch locale, optionally registering its catalogue at the same time. */
  setLocale: (locale: string, messages?: Messages) => void
  /** Merge a catalogue into a locale (host or plugin strings). */
  addMessages: (locale: string, messages: Messages) => void
  /** Absolute date/time through `Intl.DateTimeFormat`. */
  formatDate: (value: string | number | Date, options?: Intl.DateTimeFormatOptions) => string
  /** "3 minutes ago" / "in 2 hours" through `Intl.RelativeTimeFormat`. */
  formatRelative: (value: string | number | Date, now?: Date) => string
  /** Number through `Intl.NumberFormat`. */
  formatNumber: (value: number, options?: Intl.NumberFormatOptions) => string
  /** A byte count as "28 bytes", "12.5 kB" or "3 MB" in the current locale. */
  formatFileSize: (bytes: number) => string
}

const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ku', 'sd', 'ug', 'ckb'])

const RELATIVE_STEPS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.345],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
]

function isPluralForms(value: unknown): value is PluralForms {
  return (
    typeof value === 'object' && value !== null && typeof (value as PluralForms).other === 'string'
  )
}

function lookup(messages: Messages | undefined, key: string): string | PluralForms | undefined {
  let node: Messages | string | PluralForms | undefined = messages
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined
    node = (node as Messages)[part]
  }
  if (typeof node === 'string' || isPluralForms(node)) return node
  return undefined
}

function deepMerge(target: Messages, source: Messages): Messages {
  const out: Messages = { ...target }
  for (const [key, value] of Object.entries(source)) {
    const existing = out[key]
    out[key] =
      typeof value === 'object' &&
      !isPluralForms(value) &&
      typeof existing === 'object' &&
      !isPluralForms(existing)
        ? deepMerge(existing, value)
        : value
  }
  return out
}

function toDate(value: string | number | Date): Date {
  return value instanceof Date ? value : new Date(value)
}

/**
 * The i18n engine without any bundled catalogue: the widget uses it with its own small catalogues.
 * Hosts and pages use `createI18n`, which adds the package's English strings.
 */
export function createI18nCore(options: CreateI18nOptions = {}): I18n {
  const locale = ref(options.locale ?? 'en')
  const catalogues = shallowRef<Record<string, Messages>>({})
  // Intl formatters are costly to build and lists format thousands of dates: one per locale and options.
  const formatters = new Map<string, unknown>()
  function cached<F>(kind: string, opts: object | undefined, make: () => F): F {
    const key = `${kind}|${locale.value}|${opts ? JSON.stringify(opts) : ''}`
    let formatter = formatters.get(key) as F | undefined
    if (!formatter) {
      formatter = make()
      formatters.set(key, formatter)
    }
    return formatter
  }
  for (const [code, messages] of Object.entries(options.messages ?? {})) addMessages(code, messages)

  function addMessages(code: string, messages: Messages): void {
    const current = catalogues.value[code] ?? {}
    catalogues.value = { ...catalogues.value, [code]: deepMerge(current, messages) }
  }

  // Exact locale, then its language, then English.
  const chain = computed(() => {
    const language = locale.value.split('-')[0] ?? locale.value
    return [...new Set([locale.value, language, 'en'])]
  })

  function resolve(key: string): { value: string | PluralForms; locale: string } | undefined {
    for (const code of chain.value) {
      const value = lookup(catalogues.value[code], key)
      if (value !== undefined) return { value, locale: code }
    }
    return undefined
  }

  function t(key: string, params: MessageParams = {}): string {
    const found = resolve(key)
    if (!found) return key
    let template: string
    if (typeof found.value === 'string') {
      template = found.value
    } else {
      const count = typeof params.count === 'number' ? params.count : Number(params.count ?? 0)
      const category = cached(
        'plural',
        { l: found.locale },
        () => new Intl.PluralRules(found.locale),
      ).select(count)
      template = found.value[category] ?? found.value.other
    }
    return template.replace(/\{(\w+)\}/g, (match, name: string) =>
      name in params ? String(params[name]) : match,
    )
  }

  function formatRelative(value: string | number | Date, now: Date = new Date()): string {
    const date = toDate(value)
    if (Number.isNaN(date.getTime())) return ''
    let amount = (date.getTime() - now.getTime()) / 1000
    const formatter = cached(
      'relative',
      undefined,
      () => new Intl.RelativeTimeFormat(locale.value, { numeric: 'auto' }),
    )
    for (const [unit, size] of RELATIVE_STEPS) {
      if (Math.abs(amount) < size) return formatter.format(Math.round(amount), unit)
      amount /= size
    }
    return formatter.format(Math.round(amount), 'year')
  }

  function formatNumber(value: number, opts?: Intl.NumberFormatOptions): string {
    return cached('number', opts, () => new Intl.NumberFormat(locale.value, opts)).format(value)
  }

  return {
    locale,
    dir: computed(() =>
      RTL_LANGUAGES.has((locale.value.split('-')[0] ?? '').toLowerCase()) ? 'rtl' : 'ltr',
    ),
    t,
    has: (key) => resolve(key) !== undefined,
    setLocale(code, messages) {
      if (messages) addMessages(code, messages)
      locale.value = code
    },
    addMessages,
    formatDate(value, opts = { dateStyle: 'medium', timeStyle: 'short' }) {
      const date = toDate(value)
      return Number.isNaN(date.getTime())
        ? ''
        : cached('date', opts, () => new Intl.DateTimeFormat(locale.value, opts)).format(date)
    },
    formatRelative,
    formatNumber,
    formatFileSize(bytes) {
      if (bytes < 1024)
        return formatNumber(bytes, { style: 'unit', unit: 'byte', unitDisplay: 'long' })
      const [value, unit] =
        bytes < 1024 * 1024 ? [bytes / 1024, 'kilobyte'] : [bytes / (1024 * 1024), 'megabyte']
      return formatNumber(value, { style: 'unit', unit, maximumFractionDigits: 1 })
    },
  }
}
