/** The snooze choices the sidebar offers. */
export const SNOOZE_PRESETS = ['1h', '4h', 'tomorrow', 'next_week'] as const

/** A snooze choice. */
export type SnoozePreset = (typeof SNOOZE_PRESETS)[number]

/** Hour of the day a "tomorrow" or "next week" snooze ends, local time. */
const WAKE_HOUR = 9

/**
 * When a snooze chosen at `now` ends: 1 or 4 hours later, tomorrow at 09:00, or next Monday at
 * 09:00 (a week from today's Monday when today is Monday), in the browser's time zone.
 */
export function snoozeUntil(preset: SnoozePreset, now: Date): Date {
  const until = new Date(now.getTime())
  switch (preset) {
    case '1h':
      return new Date(now.getTime() + 3_600_000)
    case '4h':
      return new Date(now.getTime() + 4 * 3_600_000)
    case 'tomorrow':
      until.setDate(until.getDate() + 1)
      break
    case 'next_week': {
      const daysToMonday = (8 - until.getDay()) % 7 || 7
      until.setDate(until.getDate() + daysToMonday)
      break
    }
  }
  until.setHours(WAKE_HOUR, 0, 0, 0)
  return until
}
