import { describe, expect, it } from 'vitest'
import { TICKET_PRIORITIES, TICKET_STATUSES } from '@/contract'
import {
  priorityColor,
  priorityShape,
  statusColor,
  statusShape,
  titleCaseValue,
  UNKNOWN_DOMAIN_COLOR,
} from '@/theme/domain'

describe('statusColor', () => {
  it('gives every known status its own resolved token', () => {
    for (const status of TICKET_STATUSES) {
      expect(statusColor(status)).toBe(`var(--esc-c-status-${status.replaceAll('_', '-')})`)
    }
  })

  it('gives other values the neutral colour', () => {
    expect(statusColor('on_hold')).toBe(UNKNOWN_DOMAIN_COLOR)
    expect(statusColor('__proto__')).toBe(UNKNOWN_DOMAIN_COLOR)
  })
})

describe('priorityColor', () => {
  it('gives every known priority its own resolved token', () => {
    for (const priority of TICKET_PRIORITIES) {
      expect(priorityColor(priority)).toBe(`var(--esc-c-priority-${priority})`)
    }
  })
})

describe('shapes', () => {
  it('falls back to a circle for unknown values', () => {
    expect(statusShape('on_hold')).toBe('circle')
    expect(priorityShape('p0')).toBe('circle')
  })
})

describe('titleCaseValue', () => {
  it('turns separators into spaces and capitalises each word', () => {
    expect(titleCaseValue('waiting_on_vendor')).toBe('Waiting On Vendor')
    expect(titleCaseValue('needs--review_')).toBe('Needs Review')
    expect(titleCaseValue('élevé')).toBe('Élevé')
  })
})
