// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startPlayground, type TestPlayground, type Visitor } from './harness'

interface CustomAction {
  key: string
  label: string
  variant: string
  confirmation: string | null
  disabled: boolean
  metadata: Record<string, unknown>
  url: string
  method: string
}
interface TicketShowProps {
  customActions: CustomAction[]
  ticket: {
    replies: Array<{ body: string; is_internal_note: boolean; author: { name: string } | null }>
  }
}
interface EventsProps {
  events: Array<{
    type: string
    ticket_reference: string
    action: string
    user_name: string
    payload: unknown
  }>
}

const ticketUrl = (reference: string) => `/support/agent/tickets/${reference}`

describe('playground custom ticket actions', () => {
  let playground: TestPlayground
  let admin: Visitor
  let agent: Visitor
  beforeAll(async () => {
    playground = await startPlayground()
    admin = playground.visitor()
    await admin.signIn('admin')
    agent = playground.visitor()
    await agent.signIn('agent')
  })
  beforeEach(async () => {
    await playground.visitor().send('POST', '/_playground/reset', {}, { json: true })
  })
  afterAll(() => playground.close())

  describe('the customActions prop', () => {
    it('lists all three actions for an admin on ESC-00001, print-label enabled', async () => {
      const page = await admin.page<TicketShowProps>(ticketUrl('ESC-00001'))
      expect(page.props.customActions).toEqual([
        {
          key: 'sync-crm',
          label: 'Sync CRM',
          variant: 'primary',
          confirmation: 'Sync this ticket to the CRM?',
          disabled: false,
          metadata: { icon: 'refresh-cw' },
          url: '/support/agent/tickets/ESC-00001/actions/sync-crm',
          method: 'post',
        },
        expect.objectContaining({
          key: 'escalate-legal',
          label: 'Escalate to legal',
          variant: 'danger',
          disabled: false,
        }),
        expect.objectContaining({
          key: 'print-label',
          label: 'Print shipping label',
          variant: 'secondary',
          disabled: false,
        }),
      ])
    })

    it('hides the admin-only action from agents', async () => {
      const page = await agent.page<TicketShowProps>(ticketUrl('ESC-00001'))
      expect(page.props.customActions.map((action) => action.key)).toEqual([
        'sync-crm',
        'print-label',
      ])
    })

    it('disables print-label with a reason on a ticket without a department', async () => {
      const page = await admin.page<TicketShowProps>(ticketUrl('ESC-00002'))
      expect(page.props.customActions.find((action) => action.key === 'print-label')).toMatchObject(
        {
          disabled: true,
          metadata: { reason: 'Set a department first' },
        },
      )
    })

    it('is not sent on the admin ticket page', async () => {
      const page = await admin.page('/support/admin/tickets/ESC-00001')
      expect(page.props).not.toHaveProperty('customActions')
    })
  })

  describe('POST …/actions/{action}', () => {
    it('answers 404 for an unknown action', async () => {
      const response = await admin.send(
        'POST',
        `${ticketUrl('ESC-00001')}/actions/launch-rockets`,
        {},
        { json: true },
      )
      expect(response.statusCode).toBe(404)
    })

    it('answers 404 for an action hidden from this user', async () => {
      const response = await agent.send(
        'POST',
        `${ticketUrl('ESC-00001')}/actions/escalate-legal`,
        {},
        { json: true },
      )
      expect(response.statusCode).toBe(404)
    })

    it('answers 403 for a disabled action and writes no note and no event', async () => {
      const response = await admin.send(
        'POST',
        `${ticketUrl('ESC-00002')}/actions/print-label`,
        {},
        { json: true },
      )
      expect(response.statusCode).toBe(403)
      const page = await admin.page<TicketShowProps>(ticketUrl('ESC-00002'))
      expect(page.props.ticket.replies.some((reply) => reply.body.includes('Custom action'))).toBe(
        false,
      )
      expect((await admin.page<EventsProps>('/_playground/events')).props.events).toEqual([])
    })

    it('writes the internal note, logs the event and flashes success', async () => {
      const response = await admin.send(
        'POST',
        `${ticketUrl('ESC-00001')}/actions/sync-crm`,
        { payload: { source: 'test' } },
        { from: ticketUrl('ESC-00001') },
      )
      expect(response.statusCode).toBe(303)
      expect(response.headers.location).toBe(ticketUrl('ESC-00001'))

      const page = await admin.page<TicketShowProps>(ticketUrl('ESC-00001'))
      expect(page.props.flash.success).toBe('Custom action dispatched.')
      expect(page.props.ticket.replies[0]).toMatchObject({
        body: 'Custom action "sync-crm" was triggered by Alice Admin.',
        is_internal_note: true,
        author: { name: 'Alice Admin' },
      })
      const events = (await admin.page<EventsProps>('/_playground/events')).props.events
      expect(events).toEqual([
        expect.objectContaining({
          type: 'TicketCustomActionTriggered',
          ticket_reference: 'ESC-00001',
          action: 'sync-crm',
          user_name: 'Alice Admin',
          payload: { payload: { source: 'test' }, metadata: { icon: 'refresh-cw' } },
        }),
      ])
    })

    it('answers JSON when the client asks for it', async () => {
      const response = await agent.send(
        'POST',
        `${ticketUrl('ESC-00001')}/actions/print-label`,
        {},
        { json: true },
      )
      expect(response.statusCode).toBe(200)
      expect(response.json()).toEqual({
        message: 'Custom action dispatched.',
        action: 'print-label',
      })
    })
  })
})
