import { describe, expect, it } from 'vitest'
import { snoozeUntil } from '@/components/ticket/snooze'

// Local times: the presets follow the agent's own clock.
const wednesday = new Date(2026, 2, 4, 15, 20)

describe('snoozeUntil', () => {
  it('adds one or four hours', () => {
    expect(snoozeUntil('1h', wednesday)).toEqual(new Date(2026, 2, 4, 16, 20))
    expect(snoozeUntil('4h', wednesday)).toEqual(new Date(2026, 2, 4, 19, 20))
  })

  it('wakes tomorrow at 09:00', () => {
    expect(snoozeUntil('tomorrow', wednesday)).toEqual(new Date(2026, 2, 5, 9, 0))
  })

  it('wakes next Monday at 09:00', () => {
    expect(snoozeUntil('next_week', wednesday)).toEqual(new Date(2026, 2, 9, 9, 0))
  })

  it('moves a Monday snooze a full week ahead', () => {
    expect(snoozeUntil('next_week', new Date(2026, 2, 9, 8, 0))).toEqual(
      new Date(2026, 2, 16, 9, 0),
    )
  })

  it('crosses a month end', () => {
    expect(snoozeUntil('tomorrow', new Date(2026, 0, 31, 22, 0))).toEqual(
      new Date(2026, 1, 1, 9, 0),
    )
  })
})
