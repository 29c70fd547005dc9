// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { multipart, startPlayground, type TestPlayground, type Visitor } from './harness'

interface Attachment {
  original_filename: string
  mime_type: string
  size: number
  url: string
}
interface Reply {
  id: number
  body: string
  is_internal_note: boolean
  is_pinned: boolean
  attachments: Attachment[]
}
interface Ticket {
  id: number
  reference: string
  status: string
  priority: string
  assigned_to: number | null
  department_id: number | null
  tags: Array<{ id: number; name: string }>
  replies: Reply[]
  pinned_notes: Reply[]
  activities: Array<{ type: string; properties: Record<string, unknown> | null }>
  is_snoozed: boolean
}
interface ShowProps {
  ticket: Ticket
  is_following: boolean
  followers_count: number
}

const SHOW = (reference: string) => `/support/agent/tickets/${reference}`

describe('staff ticket work in the playground', () => {
  let playground: TestPlayground
  let agent: Visitor
  beforeAll(async () => {
    playground = await startPlayground()
    agent = playground.visitor()
    await agent.signIn('agent')
  })
  beforeEach(async () => {
    await playground.visitor().send('POST', '/_playground/reset', {}, { json: true })
  })
  afterAll(() => playground.close())

  const show = async (reference = 'ESC-00002') =>
    (await agent.page<ShowProps>(SHOW(reference))).props
  const post = (reference: string, path: string, body: Record<string, unknown> = {}) =>
    agent.send('POST', `${SHOW(reference)}${path}`, body, { from: SHOW(reference) })

  it('stores a reply with an uploaded file and serves the file at its url', async () => {
    const { payload, contentType } = await multipart(
      { body: 'Here is the log you asked for.' },
      {
        'attachments[0]': {
          name: 'debug.log',
          type: 'text/plain',
          content: 'line one\nline two\n',
        },
      },
    )
    const response = await agent.request({
      method: 'POST',
      url: `${SHOW('ESC-00002')}/reply`,
      payload,
      headers: {
        'content-type': contentType,
        'x-inertia': 'true',
        'x-xsrf-token': agent.cookies['XSRF-TOKEN'] ?? '',
        referer: `http://localhost:80${SHOW('ESC-00002')}`,
      },
    })
    expect(response.statusCode).toBe(303)

    const [reply] = (await show()).ticket.replies
    expect(reply).toMatchObject({ body: 'Here is the log you asked for.', is_internal_note: false })
    expect(reply?.attachments).toEqual([
      expect.objectContaining({
        original_filename: 'debug.log',
        mime_type: 'text/plain',
        size: 18,
      }),
    ])
    const file = await agent.request({ method: 'GET', url: reply?.attachments[0]?.url ?? '' })
    expect(file.statusCode).toBe(200)
    expect(file.body).toBe('line one\nline two\n')
    expect(file.headers['content-disposition']).toContain('attachment')
  })

  it('assigns, re-prioritises, re-tags and moves a ticket, logging each change', async () => {
    await post('ESC-00002', '/assign', { agent_id: 3 })
    await post('ESC-00002', '/priority', { priority: 'urgent' })
    await post('ESC-00002', '/tags', { tag_ids: [2, 3] })
    await post('ESC-00002', '/department', { department_id: 3 })
    await post('ESC-00002', '/status', { status: 'in_progress' })
    const { ticket } = await show()
    expect(ticket).toMatchObject({
      assigned_to: 3,
      priority: 'urgent',
      department_id: 3,
      status: 'in_progress',
    })
    expect(ticket.tags.map((tag) => tag.name)).toEqual(['Refund', 'VIP'])
    expect(ticket.activities.slice(0, 6).map((a) => a.type)).toEqual([
      'status_changed',
      'department_changed',
      'tag_added',
      'tag_added',
      'priority_changed',
      'assigned',
    ])

    await post('ESC-00002', '/tags', { tag_ids: [3] })
    expect((await show()).ticket.tags.map((tag) => tag.name)).toEqual(['VIP'])
  })

  it('applies a macro action by action', async () => {
    await post('ESC-00002', '/macro', { macro_id: 1 })
    const page = await agent.page<ShowProps>(SHOW('ESC-00002'))
    expect(page.props.flash.success).toBe('Macro "Escalate to high" applied.')
    expect(page.props.ticket).toMatchObject({ priority: 'high', status: 'escalated' })
    expect(page.props.ticket.replies[0]).toMatchObject({
      is_internal_note: true,
      body: 'Escalated with the "Escalate to high" macro.',
    })
  })

  it('follows and unfollows', async () => {
    await post('ESC-00002', '/follow')
    expect(await show()).toMatchObject({ is_following: true, followers_count: 1 })
    await post('ESC-00002', '/follow')
    expect(await show()).toMatchObject({ is_following: false, followers_count: 0 })
  })

  it('pins internal notes only', async () => {
    const before = await show('ESC-00001')
    const note = before.ticket.replies.find((reply) => reply.is_internal_note)
    const publicReply = before.ticket.replies.find((reply) => !reply.is_internal_note)
    await post('ESC-00001', `/replies/${note?.id}/pin`)
    expect((await show('ESC-00001')).ticket.pinned_notes).toEqual([])

    await post('ESC-00001', `/replies/${publicReply?.id}/pin`)
    expect((await agent.page(SHOW('ESC-00001'))).props.flash.error).toBe(
      'Only internal notes can be pinned.',
    )
  })

  it('snoozes until a future date and unsnoozes', async () => {
    await post('ESC-00002', '/snooze', { snoozed_until: '2026-12-01T09:00:00Z' })
    expect((await show()).ticket.is_snoozed).toBe(true)
    await post('ESC-00002', '/unsnooze')
    expect((await show()).ticket.is_snoozed).toBe(false)
  })

  it('splits a reply into a new ticket and opens it', async () => {
    const reply = (await show('ESC-00001')).ticket.replies.find((r) => !r.is_internal_note)
    const response = await post('ESC-00001', '/split', {
      reply_id: reply?.id,
      subject: 'Split-off question',
    })
    expect(response.statusCode).toBe(303)
    expect(response.headers.location).toBe('/support/agent/tickets/ESC-00201')
    const created = await agent.page<ShowProps>('/support/agent/tickets/ESC-00201')
    expect(created.props.flash.success).toBe('Ticket split into ESC-00201.')
    expect(created.props.ticket).toMatchObject({ reference: 'ESC-00201', status: 'open' })
  })

  it('applies bulk actions and counts what changed', async () => {
    const response = await agent.send(
      'POST',
      '/support/agent/tickets/bulk',
      { ticket_ids: [1, 2, 999], action: 'priority', value: 'low' },
      { from: '/support/agent/tickets' },
    )
    expect(response.headers.location).toBe('/support/agent/tickets')
    const index = await agent.page<{
      tickets: { data: Array<{ reference: string; priority: string }> }
    }>('/support/agent/tickets?search=ESC-0000&sort_by=created_at&per_page=100')
    expect(index.props.flash.success).toBe('2 ticket(s) updated.')
    const priorities = Object.fromEntries(
      index.props.tickets.data.map((t) => [t.reference, t.priority]),
    )
    expect(priorities).toMatchObject({ 'ESC-00001': 'low', 'ESC-00002': 'low' })
  })

  it('reports the other agents looking at a ticket', async () => {
    const admin = playground.visitor()
    await admin.signIn('admin')
    await admin.send('POST', '/support/admin/tickets/ESC-00001/presence', {}, { json: true })
    const response = await agent.send('POST', `${SHOW('ESC-00001')}/presence`, {}, { json: true })
    expect(response.json()).toEqual({ viewers: [{ id: 1, name: 'Alice Admin' }] })
  })

  describe('saved views', () => {
    it('creates, reorders, updates and deletes the agent’s own views', async () => {
      const created = await agent.send(
        'POST',
        '/support/agent/views',
        { name: 'Billing backlog', filters: { department_id: '2' }, is_shared: false },
        { json: true },
      )
      expect(created.statusCode).toBe(201)
      const view = created.json<{ view: { id: number; filters: Record<string, string> } }>().view
      expect(view.filters).toEqual({ department_id: '2' })

      const reordered = await agent.send(
        'POST',
        '/support/agent/views/reorder',
        { ids: [view.id, 2, 1] },
        { json: true },
      )
      const names = reordered.json<{ views: Array<{ name: string; user_id: number }> }>().views
      expect(names.filter((v) => v.user_id === 2).map((v) => v.name)).toEqual([
        'Billing backlog',
        'Unassigned',
        'My urgent tickets',
      ])

      const updated = await agent.send(
        'PUT',
        `/support/agent/views/${view.id}`,
        { name: 'Billing', filters: {} },
        { json: true },
      )
      expect(updated.json()).toMatchObject({ view: { name: 'Billing' } })
      expect(
        (await agent.send('DELETE', `/support/agent/views/${view.id}`, {}, { json: true }))
          .statusCode,
      ).toBe(200)
    })

    it('refuses to change someone else’s view', async () => {
      const response = await agent.send('DELETE', '/support/agent/views/3', {}, { json: true })
      expect(response.statusCode).toBe(403)
    })
  })
})
