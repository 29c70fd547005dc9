import { describe, expect, it } from 'vitest'
import { normalizeSharedProps, normalizeTicketShowProps } from '@/contract'
import type { Reply, TicketShowProps } from '@/contract'
import { loadBackendPage } from '../helpers/backendFixtures'

const adonis = loadBackendPage('adonis', 'inertia-agent-ticket-show')
const snake = loadBackendPage('snake_case', 'inertia-agent-ticket-show')

const TIMESTAMP_KEY = /(_at|At|_at_human)$/
const ID_KEY = /^(id|.*_id|.*Id)$/

/**
 * Masks what differs between two capture runs (timestamps and database ids, per the fixtures'
 * README) and sorts lists, since replies and activities sharing a timestamp have no fixed order.
 */
function mask(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(mask).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
  }
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(
    Object.entries(value).map(([key, entry]) => [
      key,
      TIMESTAMP_KEY.test(key) || ID_KEY.test(key) ? '<masked>' : mask(entry),
    ]),
  )
}

/** Whether `items` run newest first (ties allowed). */
function isNewestFirst(items: readonly { created_at: string | null }[]): boolean {
  return items.every(
    (item, i) =>
      i === 0 || Date.parse(item.created_at ?? '') <= Date.parse(items[i - 1]?.created_at ?? ''),
  )
}

describe('normalizeTicketShowProps on the Adonis captures', () => {
  const fromAdonis: TicketShowProps = normalizeTicketShowProps(adonis.props)
  const fromSnake: TicketShowProps = normalizeTicketShowProps(snake.props)

  it('captures the same page in both conventions', () => {
    expect(adonis.component).toBe('Escalated/Agent/TicketShow')
    expect(snake.component).toBe('Escalated/Agent/TicketShow')
  })

  it('gives equal view models for camelCase and snake_case payloads after masking', () => {
    expect(mask(fromAdonis)).toEqual(mask(fromSnake))
  })

  describe.each([
    ['adonis', fromAdonis],
    ['snake_case', fromSnake],
  ] as const)('with the %s capture', (_convention, props) => {
    const ticket = props.ticket

    it('reads the ticket header', () => {
      expect(ticket).toMatchObject({
        reference: 'ESC-00001',
        subject: 'Customer: app crashes on export',
        status: 'in_progress',
        priority: 'high',
        department: { name: 'Billing' },
      })
      expect(ticket?.tags.map((tag) => tag.name)).toEqual(['Bug', 'VIP'])
    })

    it('reads three replies, newest first, with one pinned internal note', () => {
      expect(ticket?.replies).toHaveLength(3)
      expect(isNewestFirst(ticket?.replies ?? [])).toBe(true)
      const notes = ticket?.replies.filter((reply: Reply) => reply.is_internal_note) ?? []
      expect(notes.map((note) => note.body)).toEqual(['Internal: reproduced locally.'])
      expect(notes[0]?.is_pinned).toBe(true)
    })

    it('derives the pinned notes from the replies, since A sends no pinned_notes', () => {
      expect(ticket?.pinned_notes.map((note) => note.body)).toEqual([
        'Internal: reproduced locally.',
      ])
    })

    it('reads twelve activities, newest first', () => {
      expect(ticket?.activities).toHaveLength(12)
      expect(isNewestFirst(ticket?.activities ?? [])).toBe(true)
      expect(ticket?.activities.find((a) => a.type === 'status_changed')?.properties).toEqual({
        old_status: 'open',
        new_status: 'in_progress',
      })
    })

    it('reads the following state and the agent tools', () => {
      expect(props.isFollowing).toBe(true)
      expect(props.followersCount).toBe(1)
      expect(props.cannedResponses.map((response) => response.title)).toEqual(['Thanks'])
      expect(props.macros.map((macro) => macro.name)).toEqual(['Escalate to high'])
      expect(props.macros[0]?.actions).toEqual([
        { type: 'priority', value: 'high' },
        { type: 'tags', value: [3] },
      ])
      expect(props.departments.map((department) => department.name)).toEqual(['Support', 'Billing'])
      expect(props.tags.map((tag) => tag.name)).toEqual(['Bug', 'Refund', 'VIP'])
    })

    it('picks up the top-level chat, requester-count and related-ticket props', () => {
      expect(ticket?.requester_ticket_count).toBe(2)
      expect(ticket?.related_tickets).toEqual([])
      expect(ticket?.chat_messages).toEqual([])
      expect(ticket?.chat_session_id).toBeNull()
    })

    it('reads 0/1 booleans as booleans', () => {
      expect(ticket?.sla_first_response_breached).toBe(false)
      expect(ticket?.department?.is_active).toBe(true)
      expect(props.cannedResponses[0]?.is_shared).toBe(true)
    })

    it('treats "Unknown" with an empty email as an unresolved requester', () => {
      expect(ticket?.requester_name).toBeNull()
      expect(ticket?.requester_email).toBeNull()
      expect(ticket?.isRequesterResolved).toBe(false)
      expect(ticket?.requester_id).toBe(4)
    })

    it('names the assignee through the signed-in user, since A sends only the id', () => {
      expect(ticket?.assigned_to).toBe(2)
      expect(ticket?.assignee).toEqual({ id: 2, name: 'Bob Agent', email: 'bob@example.test' })
    })

    it('offers no custom actions, which A does not have', () => {
      expect(props.customActions).toEqual([])
    })
  })

  it('reads the shared props of both captures alike', () => {
    const shared = normalizeSharedProps(adonis.props)
    expect(normalizeSharedProps(snake.props)).toEqual(shared)
    expect(shared.escalated.prefix).toBe('/support')
    expect(shared.auth.user?.name).toBe('Bob Agent')
    expect(shared.flash.success).toBeNull()
  })
})
