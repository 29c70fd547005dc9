// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startPlayground, type TestPlayground, type Visitor } from './harness'

const SHOW = '/support/agent/tickets/ESC-00001'

describe('playground validation', () => {
  let playground: TestPlayground
  let agent: Visitor
  beforeAll(async () => {
    playground = await startPlayground()
    agent = playground.visitor()
    await agent.signIn('agent')
  })
  afterAll(() => playground.close())

  describe('when an Inertia form is invalid', () => {
    it('redirects back with the errors bag for the next page, and changes nothing', async () => {
      const response = await agent.send(
        'POST',
        `${SHOW}/status`,
        { status: 'reopened' },
        { from: SHOW },
      )
      expect(response.statusCode).toBe(303)
      expect(response.headers.location).toBe(SHOW)

      const page = await agent.page<{ ticket: { status: string } }>(SHOW)
      expect(page.props.errors).toEqual({
        status: 'The ticket cannot move from In Progress to Reopened.',
      })
      expect(page.props.ticket.status).toBe('in_progress')
    })

    it('reports a missing field the way Laravel words it', async () => {
      await agent.send('POST', `${SHOW}/reply`, { body: '   ' }, { from: SHOW })
      const page = await agent.page(SHOW)
      expect(page.props.errors).toEqual({ body: 'The body field is required.' })
    })

    it('shows the errors bag once', async () => {
      await agent.send('POST', `${SHOW}/priority`, { priority: 'whenever' }, { from: SHOW })
      expect((await agent.page(SHOW)).props.errors).toEqual({
        priority: 'The selected priority is invalid.',
      })
      expect((await agent.page(SHOW)).props.errors).toEqual({})
    })

    it('nests the errors under the error bag the client names', async () => {
      await agent.send(
        'POST',
        `${SHOW}/note`,
        {},
        { from: SHOW, headers: { 'x-inertia-error-bag': 'note' } },
      )
      expect((await agent.page(SHOW)).props.errors).toEqual({
        note: { body: 'The body field is required.' },
      })
    })
  })

  describe('when a JSON client sends invalid input', () => {
    it('answers 422 with the message and every field error', async () => {
      const response = await agent.send(
        'POST',
        `${SHOW}/tags`,
        { tag_ids: [1, 'x', 999] },
        { json: true },
      )
      expect(response.statusCode).toBe(422)
      expect(response.json()).toEqual({
        message: 'The tag_ids.1 field must be an integer. (and 1 more error)',
        errors: {
          'tag_ids.1': ['The tag_ids.1 field must be an integer.'],
          'tag_ids.2': ['The selected tag_ids.2 is invalid.'],
        },
      })
    })
  })

  describe('when input is malformed', () => {
    it('never answers 500', async () => {
      const attempts = [
        agent.visit(
          '/support/agent/tickets?per_page=abc&page=-4&sort_by=password&sort_dir=sideways&tag_ids[]=x',
        ),
        agent.visit('/support/agent/tickets?created_after=yesterday&status[]=open&status[]=closed'),
        agent.send('POST', `${SHOW}/assign`, { agent_id: { $gt: 0 } }, { from: SHOW }),
        agent.send('POST', `${SHOW}/snooze`, { snoozed_until: 'next tuesday-ish' }, { from: SHOW }),
        agent.send('POST', `${SHOW}/replies/not-a-number/pin`, {}, { from: SHOW }),
        agent.send(
          'POST',
          '/support/agent/tickets/bulk',
          { ticket_ids: 'all', action: 'explode' },
          { from: SHOW },
        ),
        agent.send(
          'POST',
          `${SHOW}/actions/sync-crm`,
          { payload: 'not an object' },
          { json: true },
        ),
        agent.visit('/support/agent/tickets/ESC-99999'),
        agent.visit('/support/agent/tickets/%00%ff'),
      ]
      for (const response of await Promise.all(attempts)) {
        expect(response.statusCode, response.body.slice(0, 120)).toBeLessThan(500)
      }
    })
  })
})
