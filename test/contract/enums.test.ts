import { describe, expect, it } from 'vitest'
import {
  TICKET_STATUSES,
  allowedTransitions,
  canTransition,
  priorityMeta,
  statusMeta,
} from '@/contract'

describe('allowedTransitions', () => {
  it('lists the L default transitions of a known status', () => {
    expect(allowedTransitions('resolved')).toEqual(['reopened', 'closed'])
    expect(allowedTransitions('closed')).toEqual(['reopened'])
    expect(allowedTransitions('live')).toEqual(['open', 'resolved', 'closed'])
  })

  it('never offers the current status itself', () => {
    for (const status of TICKET_STATUSES) {
      expect(allowedTransitions(status)).not.toContain(status)
    }
  })

  it('knows no transitions for a custom status', () => {
    expect(allowedTransitions('on_hold_vendor')).toEqual([])
  })
})

describe('canTransition', () => {
  it('allows a listed move and refuses one A would answer with a 500', () => {
    expect(canTransition('waiting_on_customer', 'in_progress')).toBe(true)
    expect(canTransition('closed', 'in_progress')).toBe(false)
    expect(canTransition('escalated', 'open')).toBe(false)
  })
})

describe('statusMeta', () => {
  it('gives the backend label of a known status', () => {
    expect(statusMeta('waiting_on_customer').label).toBe('Waiting on Customer')
  })

  it('gives a custom status a readable label and no transitions', () => {
    expect(statusMeta('awaiting_parts')).toEqual({ label: 'Awaiting parts', transitions: [] })
  })
})

describe('priorityMeta', () => {
  it('orders priorities by weight from low to critical', () => {
    const weights = ['low', 'medium', 'high', 'urgent', 'critical'].map(
      (p) => priorityMeta(p).weight,
    )
    expect(weights).toEqual([1, 2, 3, 4, 5])
  })

  it('sorts an unknown priority below the known ones', () => {
    expect(priorityMeta('whenever')).toEqual({ label: 'Whenever', weight: 0 })
  })
})
