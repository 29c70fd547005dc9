import { describe, expect, it } from 'vitest'
import {
  normalizeCustomerCreateProps,
  normalizeCustomerIndexProps,
  normalizeCustomerShowProps,
  normalizeDashboardProps,
  normalizeGuestCreateProps,
  normalizeGuestShowProps,
  normalizeKbArticleProps,
  normalizeKbIndexProps,
  normalizeSharedProps,
  normalizeTicketIndexProps,
  normalizeTicketShowProps,
} from '@/contract'
import { loadBackendPage } from '../helpers/backendFixtures'
import {
  makeCustomAction,
  makePaginator,
  makeReply,
  makeTicket,
  makeUser,
  toAdonisCase,
} from '../fixtures'

describe('normalizeTicketIndexProps', () => {
  describe('with the snake_case agent list capture', () => {
    const props = normalizeTicketIndexProps(
      loadBackendPage('snake_case', 'inertia-agent-ticket-index').props,
    )

    it('reads the ticket rows and the Lucid snake_case meta', () => {
      expect(props.tickets.items.map((ticket) => ticket.reference)).toEqual(['ESC-00001'])
      expect(props.tickets).toMatchObject({ page: 1, lastPage: 1, perPage: 2, total: 1 })
      expect(props.tickets.items[0]?.department?.name).toBe('Support')
    })

    it('reads the raw SQLite last_reply_at as a UTC date', () => {
      expect(props.tickets.items[0]?.last_reply_at).toBe('2026-11-23T01:59:53Z')
    })

    it('echoes the filters as strings', () => {
      expect(props.filters).toEqual({
        status: 'open',
        priority: 'high',
        sort_by: 'created_at',
        sort_dir: 'desc',
        per_page: '2',
      })
    })

    it('reads the options and has no agents, which neither backend sends here', () => {
      expect(props.departments.map((department) => department.name)).toEqual(['Support', 'Billing'])
      expect(props.tags.map((tag) => tag.color)).toEqual(['#ef4444', '#10b981', '#f59e0b'])
      expect(props.agents).toEqual([])
      expect(props.savedViews).toEqual([])
    })
  })

  it('reads the same rows from a camelCase Lucid paginator', () => {
    const rows = [makeTicket({ id: 1 }), makeTicket({ id: 2 })]
    const snake = normalizeTicketIndexProps({ tickets: makePaginator(rows, 'lucid-snake') })
    const camel = normalizeTicketIndexProps({
      tickets: makePaginator(rows.map(toAdonisCase), 'lucid'),
    })
    expect(camel.tickets).toEqual(snake.tickets)
  })

  it('names assignees and reads saved views on the admin page (L)', () => {
    const props = normalizeTicketIndexProps({
      tickets: makePaginator([makeTicket({ assigned_to: 3 })], 'length-aware'),
      agents: [makeUser({ id: 3, name: 'Carol Agent', email: 'carol@example.test' })],
      savedViews: [{ id: 1, name: 'Mine', filters: { assigned_to: 'me' }, is_shared: 0 }],
      filters: { snoozed: true, tag_ids: ['1', 3] },
    })
    expect(props.tickets.items[0]?.assignee?.name).toBe('Carol Agent')
    expect(props.savedViews[0]).toMatchObject({ name: 'Mine', is_shared: false })
    expect(props.filters).toEqual({ snoozed: '1', tag_ids: ['1', '3'] })
  })

  it('reads rails’ plain ticket array with a top-level meta, dropping empty filters', () => {
    const props = normalizeTicketIndexProps({
      tickets: [makeTicket({ id: 26 })],
      meta: { current_page: 2, per_page: 25, total: 26, total_pages: 2 },
      filters: { status: 'open', priority: null, search: '' },
    })
    expect(props.tickets).toMatchObject({ page: 2, lastPage: 2, total: 26 })
    expect(props.tickets.items[0]?.reference).toBe('ESC-00026')
    expect(props.filters).toEqual({ status: 'open' })
  })
})

describe('normalizeTicketShowProps', () => {
  it('reads the L page: relations inside the ticket, custom actions and pinned notes as sent', () => {
    const props = normalizeTicketShowProps({
      ticket: makeTicket({
        requester_ticket_count: 5,
        related_tickets: [{ id: 3, reference: 'ESC-00003', subject: 'Old', status: 'closed' }],
        pinned_notes: [makeReply({ id: 9, is_internal_note: true, is_pinned: true })],
      }),
      customActions: [makeCustomAction(), makeCustomAction({ key: 'gone', visible: false })],
      is_following: false,
      followers_count: 0,
    })
    expect(props.ticket?.requester_ticket_count).toBe(5)
    expect(props.ticket?.related_tickets.map((related) => related.reference)).toEqual(['ESC-00003'])
    expect(props.ticket?.pinned_notes.map((note) => note.id)).toEqual([9])
    expect(props.customActions.map((action) => action.key)).toEqual(['sync-crm'])
    expect(props.isFollowing).toBe(false)
  })

  it('reads the custom actions of a REST ticket detail (custom_actions)', () => {
    const props = normalizeTicketShowProps({
      ticket: { ...makeTicket(), custom_actions: [makeCustomAction({ key: 'refund' })] },
    })
    expect(props.customActions.map((action) => action.key)).toEqual(['refund'])
  })

  it('prefers the ticket’s own value over a top-level prop', () => {
    const props = normalizeTicketShowProps({
      ticket: makeTicket({ requester_ticket_count: 5 }),
      requester_ticket_count: 2,
    })
    expect(props.ticket?.requester_ticket_count).toBe(5)
  })

  it('reads the admin page: agents name the assignee, and is_snoozed is taken from the page', () => {
    const props = normalizeTicketShowProps({
      ticket: makeTicket({ assigned_to: 3, is_snoozed: false }),
      agents: [makeUser({ id: 3, name: 'Carol Agent' })],
      is_snoozed: 1,
    })
    expect(props.ticket?.assignee?.name).toBe('Carol Agent')
    expect(props.agents.map((agent) => agent.name)).toEqual(['Carol Agent'])
    expect(props.isSnoozed).toBe(true)
  })

  it('reads rails’ top-level replies, activities and canned_responses', () => {
    const props = normalizeTicketShowProps({
      ticket: makeTicket(),
      replies: [
        { id: 1, body: 'Hello', is_internal: false, is_pinned: false },
        { id: 2, body: 'Note', is_internal: true, is_pinned: true },
      ],
      activities: [{ id: 1, action: 'replied', created_at: '2026-01-15T09:30:00Z' }],
      canned_responses: [{ id: 1, title: 'Hello', body: 'Hi there' }],
    })
    expect(props.ticket?.replies.map((reply) => reply.id)).toEqual([1, 2])
    expect(props.ticket?.pinned_notes.map((note) => note.is_internal_note)).toEqual([true])
    expect(props.ticket?.activities[0]?.type).toBe('replied')
    expect(props.cannedResponses.map((response) => response.title)).toEqual(['Hello'])
  })

  it('degrades to a null ticket and empty lists when props are missing', () => {
    expect(normalizeTicketShowProps(undefined)).toEqual({
      ticket: null,
      departments: [],
      tags: [],
      cannedResponses: [],
      macros: [],
      customActions: [],
      isFollowing: false,
      followersCount: 0,
      agents: [],
      isSnoozed: false,
    })
  })
})

describe('normalizeDashboardProps', () => {
  it('reads the Inertia prop keys', () => {
    const props = normalizeDashboardProps({
      stats: { open: 4, my_assigned: 2, unassigned: 1, sla_breached: 0, resolved_today: 3 },
      recentTickets: [makeTicket({ id: 1 }), makeTicket({ id: 2 })],
      needsAttention: { sla_breaching: [makeTicket({ id: 3 })], unassigned_urgent: [] },
      myPerformance: { resolved_this_week: 7 },
    })
    expect(props.stats).toEqual({
      open: 4,
      my_assigned: 2,
      unassigned: 1,
      sla_breached: 0,
      resolved_today: 3,
    })
    expect(props.recentTickets.map((ticket) => ticket.reference)).toEqual([
      'ESC-00001',
      'ESC-00002',
    ])
    expect(props.needsAttention.sla_breaching.map((ticket) => ticket.id)).toEqual([3])
    expect(props.myPerformance.resolved_this_week).toBe(7)
  })

  it('reads the REST /dashboard keys, where the assignee comes as a name', () => {
    const props = normalizeDashboardProps({
      stats: { open: '4' },
      recent_tickets: [
        {
          id: 1,
          reference: 'ESC-00001',
          subject: 'A',
          status: 'open',
          priority: 'low',
          requester_name: 'Frank',
          assignee_name: 'Bob',
        },
      ],
      my_performance: { resolved_this_week: 1 },
    })
    expect(props.stats.open).toBe(4)
    expect(props.recentTickets[0]).toMatchObject({
      requester_name: 'Frank',
      assignee: { name: 'Bob' },
    })
    expect(props.myPerformance.resolved_this_week).toBe(1)
  })

  it('leaves missing counters null instead of showing 0', () => {
    expect(normalizeDashboardProps({}).stats.sla_breached).toBeNull()
  })
})

describe('customer and guest pages', () => {
  it('reads the snake_case customer list capture', () => {
    const props = normalizeCustomerIndexProps(
      loadBackendPage('snake_case', 'inertia-customer-index').props,
    )
    expect(props.tickets.items.map((ticket) => ticket.subject)).toEqual([
      'Customer: app crashes on export',
      'Customer: billing address change',
    ])
    expect(props.tickets).toMatchObject({ page: 1, lastPage: 1, perPage: 15, total: 2 })
    expect(props.filters).toEqual({})
  })

  it('reads PHP’s empty [] filters as no filters', () => {
    expect(normalizeCustomerIndexProps({ tickets: [], filters: [] }).filters).toEqual({})
  })

  it('reads the Adonis customer ticket capture right after creation', () => {
    const props = normalizeCustomerShowProps(
      loadBackendPage('adonis', 'inertia-customer-show').props,
    )
    expect(props.ticket).toMatchObject({
      reference: 'ESC-00001',
      status: 'open',
      replies: [],
      isRequesterResolved: false,
      department: { name: 'Support' },
    })
  })

  describe('with the Adonis guest ticket capture', () => {
    const page = loadBackendPage('adonis', 'inertia-guest-show')
    const props = normalizeGuestShowProps(page.props)

    it('reads the token and the guest as requester', () => {
      expect(props.token).toMatch(/^aroD2G/)
      expect(props.ticket).toMatchObject({
        reference: 'ESC-00005',
        requester_name: 'Gina Guest',
        requester_email: 'gina@example.test',
        is_guest: true,
        isRequesterResolved: true,
      })
    })

    it('reads the post-create flash and the anonymous viewer', () => {
      const shared = normalizeSharedProps(page.props)
      expect(shared.flash.success).toBe(
        'Ticket created. Save this link to check your ticket status.',
      )
      expect(shared.auth.user).toBeNull()
    })
  })

  it('falls back to the guest token inside the ticket when the page sends none', () => {
    const props = normalizeGuestShowProps({
      ticket: { id: 5, reference: 'ESC-00005', guestToken: 'abc' },
    })
    expect(props.token).toBe('abc')
  })

  it('offers the default priorities on the create pages when none are sent', () => {
    const props = normalizeCustomerCreateProps({ departments: [{ id: 1, name: 'Support' }] })
    expect(props.priorities).toEqual(['low', 'medium', 'high', 'urgent', 'critical'])
    expect(props.departments).toMatchObject([{ id: 1, name: 'Support', is_active: true }])
  })

  it('reads L+’s verification links on the guest create page', () => {
    const props = normalizeGuestCreateProps({
      departments: [],
      priorities: ['low', 'high'],
      verification_url: '/support/guest/verification',
      lookup_url: '/support/guest/lookup',
    })
    expect(props).toEqual({
      departments: [],
      priorities: ['low', 'high'],
      verificationUrl: '/support/guest/verification',
      lookupUrl: '/support/guest/lookup',
    })
    expect(normalizeGuestCreateProps({}).verificationUrl).toBeNull()
  })
})

describe('knowledge-base pages', () => {
  it('reads the index: categories, a page of articles, filters and the feedback switch', () => {
    const props = normalizeKbIndexProps({
      categories: [{ id: 1, name: 'Billing', slug: 'billing', articles_count: 3 }],
      articles: makePaginator(
        [
          {
            id: 7,
            title: 'Refunds',
            slug: 'refunds',
            body: '<p>…</p>',
            category: { id: 1, name: 'Billing' },
          },
        ],
        'length-aware',
      ),
      filters: { search: 'refund' },
      feedbackEnabled: true,
    })
    expect(props.categories[0]).toMatchObject({ name: 'Billing', articles_count: 3 })
    expect(props.articles.items[0]).toMatchObject({
      slug: 'refunds',
      category: { name: 'Billing' },
    })
    expect(props.filters).toEqual({ search: 'refund', category: '' })
    expect(props.feedbackEnabled).toBe(true)
  })

  it('reads the article page with its related links', () => {
    const props = normalizeKbArticleProps({
      article: {
        id: 7,
        title: 'Refunds',
        slug: 'refunds',
        body: '<p>x</p>',
        view_count: 12,
        published_at: '2026-01-02T00:00:00Z',
      },
      related: [
        { id: 8, title: 'Invoices', slug: 'invoices' },
        { id: 9, title: 'No slug' },
      ],
      feedbackEnabled: 0,
    })
    expect(props.article).toMatchObject({ title: 'Refunds', view_count: 12 })
    expect(props.related).toEqual([{ id: 8, title: 'Invoices', slug: 'invoices' }])
    expect(props.feedbackEnabled).toBe(false)
  })
})
