import { describe, expect, it } from 'vitest'
import { normalizeTicket } from '@/contract'
import {
  makeActivity,
  makeAttachment,
  makeReply,
  makeTag,
  makeTicket,
  makeUser,
  toAdonisCase,
} from '../fixtures'

const ticketWithRelations = makeTicket({
  status: 'in_progress',
  assigned_to: 3,
  assignee: makeUser({ id: 3, name: 'Carol Agent', email: 'carol@example.test' }),
  tags: [makeTag(), makeTag({ id: 3, name: 'VIP', slug: 'vip', color: '#f59e0b' })],
  replies: [
    makeReply({
      id: 2,
      body: 'Pinned note',
      is_internal_note: true,
      is_pinned: true,
      type: 'note',
    }),
    makeReply({
      id: 1,
      attachments: [makeAttachment()],
      author: makeUser({ id: 4, name: 'Frank' }),
    }),
  ],
  activities: [makeActivity()],
  satisfaction_rating: { id: 9, rating: 4, comment: 'Quick fix' },
  metadata: [],
})

describe('normalizeTicket', () => {
  it('reads the L snake_case shape and its camelCase (Adonis) twin alike', () => {
    expect(normalizeTicket(toAdonisCase(ticketWithRelations))).toEqual(
      normalizeTicket(ticketWithRelations),
    )
  })

  it('reads the loaded relations', () => {
    const ticket = normalizeTicket(ticketWithRelations)
    expect(ticket?.assignee?.name).toBe('Carol Agent')
    expect(ticket?.tags.map((tag) => tag.name)).toEqual(['Bug', 'VIP'])
    expect(ticket?.replies[1]?.attachments[0]).toMatchObject({
      filename: 'invoice.pdf',
      size: 2048,
      url: 'https://files.example.test/attachments/1',
    })
    expect(ticket?.replies[1]?.author?.name).toBe('Frank')
    expect(ticket?.satisfaction_rating).toMatchObject({ rating: 4, comment: 'Quick fix' })
  })

  it('reads the rating under Adonis’ satisfactionRating key in a snake_case payload', () => {
    const { satisfaction_rating: rating, ...rest } = ticketWithRelations
    expect(
      normalizeTicket({ ...rest, satisfactionRating: rating })?.satisfaction_rating?.rating,
    ).toBe(4)
  })

  it('turns PHP’s empty [] metadata into an empty object', () => {
    expect(normalizeTicket(ticketWithRelations)?.metadata).toEqual({})
  })

  it('gives defaults for relations that were not loaded', () => {
    const ticket = normalizeTicket({ id: 5, reference: 'ESC-00005' })
    expect(ticket).toMatchObject({
      status: 'open',
      priority: 'medium',
      replies: [],
      pinned_notes: [],
      tags: [],
      department: null,
      assignee: null,
      satisfaction_rating: null,
      chat_metadata: {},
    })
  })

  it('uses the pinned notes the backend sent (L) rather than deriving them', () => {
    const ticket = normalizeTicket(
      makeTicket({
        replies: [makeReply({ id: 1, is_pinned: true, is_internal_note: true })],
        pinned_notes: [
          makeReply({ id: 7, body: 'From L', is_pinned: true, is_internal_note: true }),
        ],
      }),
    )
    expect(ticket?.pinned_notes.map((note) => note.id)).toEqual([7])
  })

  describe('when A leaves the requester unresolved', () => {
    const raw = makeTicket({ requester_name: 'Unknown', requester_email: '' })

    it('reports no requester name instead of "Unknown"', () => {
      expect(normalizeTicket(raw)).toMatchObject({
        requester_name: null,
        requester_email: null,
        isRequesterResolved: false,
      })
    })

    it('uses the loaded requester relation when there is one', () => {
      const ticket = normalizeTicket({
        ...raw,
        requester: makeUser({ id: 4, name: 'Frank Customer' }),
      })
      expect(ticket).toMatchObject({ requester_name: 'Frank Customer', isRequesterResolved: true })
    })
  })

  it('keeps a real requester called "Unknown" who has an email', () => {
    const ticket = normalizeTicket(
      makeTicket({ requester_name: 'Unknown', requester_email: 'u@example.test' }),
    )
    expect(ticket).toMatchObject({ requester_name: 'Unknown', isRequesterResolved: true })
  })

  it('names a guest requester from the guest fields', () => {
    const ticket = normalizeTicket(
      toAdonisCase(
        makeTicket({
          requester_type: null,
          requester_id: null,
          guest_name: 'Gina Guest',
          guest_email: 'gina@example.test',
          requester_name: 'Gina Guest',
          requester_email: 'gina@example.test',
        }),
      ),
    )
    expect(ticket).toMatchObject({
      requester_name: 'Gina Guest',
      is_guest: true,
      isRequesterResolved: true,
    })
  })

  describe('when only the assigned agent id is sent (A)', () => {
    const raw = toAdonisCase(makeTicket({ assigned_to: 3 }))
    const agents = [
      { id: 2, name: 'Bob Agent' },
      { id: 3, name: 'Carol Agent', email: 'carol@example.test' },
    ]

    it('names the assignee through the agents list', () => {
      expect(normalizeTicket(raw, { agents })?.assignee).toEqual(agents[1])
    })

    it('leaves the assignee unknown without a list', () => {
      const ticket = normalizeTicket(raw)
      expect(ticket?.assigned_to).toBe(3)
      expect(ticket?.assignee).toBeNull()
    })
  })

  it('reads 0/1 and "0"/"1" booleans', () => {
    const ticket = normalizeTicket(
      makeTicket({ sla_first_response_breached: 1, sla_resolution_breached: '0', is_snoozed: '1' }),
    )
    expect(ticket).toMatchObject({
      sla_first_response_breached: true,
      sla_resolution_breached: false,
      is_snoozed: true,
    })
  })

  it('reads the rails spellings of replies, activities and due dates', () => {
    const ticket = normalizeTicket({
      id: 1,
      reference: 'ESC-00001',
      sla_first_response_due_at: '2026-02-01T10:00:00Z',
      replies: [
        { id: 1, body: 'Note', is_internal: true, author: { name: 'System', is_agent: true } },
      ],
      activities: [{ id: 1, action: 'status_changed', details: { new_status: 'open' } }],
    })
    expect(ticket?.first_response_due_at).toBe('2026-02-01T10:00:00Z')
    expect(ticket?.replies[0]).toMatchObject({
      is_internal_note: true,
      type: 'note',
      author: { id: null, name: 'System' },
    })
    expect(ticket?.activities[0]).toMatchObject({
      type: 'status_changed',
      properties: { new_status: 'open' },
    })
  })

  it('keeps A’s download URL as sent and never builds one', () => {
    const ticket = normalizeTicket({
      id: 1,
      reference: 'ESC-00001',
      replies: [
        {
          id: 1,
          attachments: [
            { id: 8, filename: 'a.png', downloadUrl: '/escalated/attachments/8/download' },
            { id: 9, filename: 'b.png' },
          ],
        },
      ],
    })
    expect(ticket?.replies[0]?.attachments.map((a) => a.url)).toEqual([
      '/escalated/attachments/8/download',
      null,
    ])
  })

  it('falls back to the id as the route identifier when no reference was sent', () => {
    expect(normalizeTicket({ id: 42, subject: 'N ticket' })?.reference).toBe('42')
  })

  it('rejects payloads without an id or a reference', () => {
    expect(normalizeTicket({ subject: 'orphan' })).toBeNull()
    expect(normalizeTicket(null)).toBeNull()
    expect(normalizeTicket([])).toBeNull()
  })
})
