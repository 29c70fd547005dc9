import { describe, expect, it } from 'vitest'
import { normalizeTicket, type Ticket } from '@/contract'
import { isOldestFirst, ticketOpeningMessage } from '@/components/reply/opening'
import { createAuthorResolver } from '@/components/reply/authors'
import { makeAttachment, makeReply, makeTicket } from '../../fixtures'

function ticket(raw: Record<string, unknown>): Ticket {
  const normalized = normalizeTicket({ ...makeTicket(), ...raw })
  if (!normalized) throw new Error('no ticket')
  return normalized
}

describe('ticketOpeningMessage', () => {
  it('carries the description, the ticket files and the opening time', () => {
    const subject = ticket({
      description: '<p>It crashes.</p>',
      attachments: [makeAttachment({ id: 7 })],
      created_at: '2026-01-10T08:00:00Z',
    })
    expect(ticketOpeningMessage(subject)).toMatchObject({
      body: '<p>It crashes.</p>',
      is_internal_note: false,
      created_at: subject.created_at,
      attachments: [{ id: 7, filename: 'invoice.pdf' }],
    })
  })

  it('is null when the description is empty and no file is attached', () => {
    expect(ticketOpeningMessage(ticket({ description: '', attachments: [] }))).toBeNull()
  })

  it('treats an editor’s empty paragraph as no description', () => {
    expect(ticketOpeningMessage(ticket({ description: '<p><br></p>&nbsp; ' }))).toBeNull()
  })

  it('keeps a message of files alone, without a body', () => {
    const opening = ticketOpeningMessage(
      ticket({ description: '  ', attachments: [makeAttachment()] }),
    )
    expect(opening?.body).toBe('')
    expect(opening?.attachments).toHaveLength(1)
  })

  it('is written by the requester, for user and guest tickets alike', () => {
    const userTicket = ticket({})
    const guestTicket = ticket({
      requester_type: null,
      requester_id: null,
      requester_name: null,
      guest_name: 'Gina Guest',
      guest_email: 'gina@example.test',
    })
    for (const [subject, name] of [
      [userTicket, 'Frank Customer'],
      [guestTicket, 'Gina Guest'],
    ] as const) {
      const opening = ticketOpeningMessage(subject)
      if (!opening) throw new Error('no opening message')
      expect(createAuthorResolver(subject, [])(opening)).toEqual({ name, role: 'requester' })
    }
  })
})

describe('isOldestFirst', () => {
  const replies = (...times: string[]) =>
    ticket({ replies: times.map((time, index) => makeReply({ id: index + 1, created_at: time })) })
      .replies

  it('reads replies whose first is older than their last as oldest first', () => {
    expect(isOldestFirst(replies('2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z'))).toBe(true)
  })

  it('keeps the backends’ newest-first order when times are reversed, equal or missing', () => {
    expect(isOldestFirst(replies('2026-01-02T00:00:00Z', '2026-01-01T00:00:00Z'))).toBe(false)
    expect(isOldestFirst(replies('2026-01-02T00:00:00Z', '2026-01-02T00:00:00Z'))).toBe(false)
    expect(isOldestFirst([])).toBe(false)
  })
})
