import { describe, expect, it } from 'vitest'
import { createI18n } from '@/i18n'

describe('createI18n', () => {
  it('translates a namespaced key from the bundled English catalogue', () => {
    const { t } = createI18n()
    expect(t('layout.nav.my_tickets')).toBe('My tickets')
  })

  it('fills {name} placeholders and leaves unknown ones visible', () => {
    const { t } = createI18n({ messages: { en: { demo: { hello: 'Hi {name}, {missing}' } } } })
    expect(t('demo.hello', { name: 'Ada' })).toBe('Hi Ada, {missing}')
  })

  it('chooses the plural form for the locale from params.count', () => {
    const i18n = createI18n({
      messages: {
        en: { demo: { tickets: { one: '{count} ticket', other: '{count} tickets' } } },
        pl: {
          demo: {
            tickets: {
              one: '{count} zgłoszenie',
              few: '{count} zgłoszenia',
              many: '{count} zgłoszeń',
              other: '{count} zgłoszenia',
            },
          },
        },
      },
    })
    expect(i18n.t('demo.tickets', { count: 1 })).toBe('1 ticket')
    expect(i18n.t('demo.tickets', { count: 3 })).toBe('3 tickets')
    i18n.setLocale('pl')
    expect(i18n.t('demo.tickets', { count: 3 })).toBe('3 zgłoszenia')
    expect(i18n.t('demo.tickets', { count: 5 })).toBe('5 zgłoszeń')
  })

  it('falls back from region to language to English, then to the key', () => {
    const i18n = createI18n({
      locale: 'de-CH',
      messages: { de: { layout: { nav: { tickets: 'Tickets (de)' } } } },
    })
    expect(i18n.t('layout.nav.tickets')).toBe('Tickets (de)')
    expect(i18n.t('layout.nav.macros')).toBe('Macros')
    expect(i18n.t('no.such.key')).toBe('no.such.key')
  })

  it('switches locale at runtime and reports RTL direction', () => {
    const i18n = createI18n()
    expect(i18n.dir.value).toBe('ltr')
    i18n.setLocale('ar', { layout: { nav: { tickets: 'التذاكر' } } })
    expect(i18n.locale.value).toBe('ar')
    expect(i18n.dir.value).toBe('rtl')
    expect(i18n.t('layout.nav.tickets')).toBe('التذاكر')
  })

  it('formats relative times through Intl in the current locale', () => {
    const i18n = createI18n()
    const now = new Date('2026-11-23T12:00:00Z')
    expect(i18n.formatRelative('2026-11-23T11:57:00Z', now)).toBe('3 minutes ago')
    expect(i18n.formatRelative('2026-11-25T12:00:00Z', now)).toBe('in 2 days')
    i18n.setLocale('fr')
    expect(i18n.formatRelative('2026-11-22T12:00:00Z', now)).toBe('hier')
  })

  it('returns an empty string for an invalid date instead of "Invalid Date"', () => {
    const i18n = createI18n()
    expect(i18n.formatDate('not a date')).toBe('')
    expect(i18n.formatRelative('nope')).toBe('')
  })

  it('formats file sizes with readable units in the current locale', () => {
    const i18n = createI18n()
    expect(i18n.formatFileSize(28)).toBe('28 bytes')
    expect(i18n.formatFileSize(12.5 * 1024)).toBe('12.5 kB')
    expect(i18n.formatFileSize(3 * 1024 * 1024)).toBe('3 MB')
    i18n.setLocale('de')
    expect(i18n.formatFileSize(28)).toBe('28 Byte')
  })
})
