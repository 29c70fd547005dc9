/** Date formatting for queue rows, with one set of `Intl` formatters per table and locale. */
export interface QueueFormats {
  /** "in 2 hours" / "5 minutes ago" for `value` seen at `now` (epoch ms both). */
  relative: (value: number, now: number) => string
  /** Date and time for a tooltip ("15 Jan 2026, 09:30"). */
  dateTime: (value: number) => string
}

// The same steps as the i18n formatter, so queue times read like every other time in the app.
const STEPS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.345],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
]

/**
 * Formatters for one table. Building an `Intl` formatter costs far more than using one, and a
 * queue formats two or three dates per row on every clock tick, so rows share these instead.
 */
export function createQueueFormats(locale: string): QueueFormats {
  const relativeFormat = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })
  const dateTimeFormat = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
  })
  return {
    relative(value, now) {
      let amount = (value - now) / 1000
      for (const [unit, size] of STEPS) {
        if (Math.abs(amount) < size) return relativeFormat.format(Math.round(amount), unit)
        amount /= size
      }
      return relativeFormat.format(Math.round(amount), 'year')
    },
    dateTime: (value) => dateTimeFormat.format(value),
  }
}
