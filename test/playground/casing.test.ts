// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startPlayground, type TestPlayground, type Visitor } from './harness'

describe('the playground casing switch', () => {
  describe('in snake case (Laravel)', () => {
    let playground: TestPlayground
    let agent: Visitor
    beforeAll(async () => {
      playground = await startPlayground({ casing: 'snake' })
      agent = playground.visitor()
      await agent.signIn('agent')
    })
    afterAll(() => playground.close())

    it('sends the length-aware paginator with snake_case tickets', async () => {
      const page = await agent.page<{
        tickets: Record<string, unknown> & { data: Array<Record<string, unknown>> }
      }>('/support/agent/tickets?per_page=5&page=2&status=closed')
      const { tickets } = page.props
      expect(tickets).toMatchObject({
        current_page: 2,
        per_page: 5,
        from: 6,
        to: 10,
        path: '/support/agent/tickets',
      })
      expect(tickets.next_page_url).toBe('/support/agent/tickets?per_page=5&status=closed&page=3')
      expect(tickets.links).toEqual(
        expect.arrayContaining([{ url: null, label: '...', active: false }]),
      )
      expect(tickets.data).toHaveLength(5)
      expect(tickets.data[0]).toHaveProperty('created_at')
      expect(tickets.data[0]).toHaveProperty('sla_first_response_breached')
      expect(tickets.data[0]).not.toHaveProperty('createdAt')
    })

    it('keeps snake_case relation keys', async () => {
      const page = await agent.page<{ ticket: Record<string, unknown> }>(
        '/support/agent/tickets/ESC-00001',
      )
      expect(page.props.ticket).toHaveProperty('pinned_notes')
      expect(page.props.ticket).toHaveProperty('sla_policy')
    })
  })

  describe('in camel case (Adonis)', () => {
    let playground: TestPlayground
    let agent: Visitor
    beforeAll(async () => {
      playground = await startPlayground({ casing: 'camel' })
      agent = playground.visitor()
      await agent.signIn('agent')
    })
    afterAll(() => playground.close())

    it('sends the Lucid paginator with camelCase tickets', async () => {
      const page = await agent.page<{
        tickets: { meta: Record<string, unknown>; data: Array<Record<string, unknown>> }
      }>('/support/agent/tickets?per_page=5&page=2')
      const { tickets } = page.props
      expect(Object.keys(tickets).sort()).toEqual(['data', 'meta'])
      expect(tickets.meta).toEqual({
        total: 200,
        perPage: 5,
        currentPage: 2,
        lastPage: 40,
        firstPage: 1,
        firstPageUrl: '/support/agent/tickets?per_page=5&page=1',
        lastPageUrl: '/support/agent/tickets?per_page=5&page=40',
        nextPageUrl: '/support/agent/tickets?per_page=5&page=3',
        previousPageUrl: '/support/agent/tickets?per_page=5&page=1',
      })
      expect(tickets.data[0]).toHaveProperty('createdAt')
      expect(tickets.data[0]).toHaveProperty('slaFirstResponseBreached')
      expect(tickets.data[0]).not.toHaveProperty('created_at')
    })

    it('camel-cases model fields but keeps prop keys and JSON columns as written', async () => {
      const page = await agent.page<{
        ticket: {
          pinnedNotes: unknown[]
          activities: Array<{ properties: Record<string, unknown> | null }>
        }
      }>('/support/agent/tickets/ESC-00001')
      expect(Object.keys(page.props)).toEqual(
        expect.arrayContaining([
          'cannedResponses',
          'customActions',
          'is_following',
          'followers_count',
        ]),
      )
      expect(page.props.ticket.pinnedNotes).toHaveLength(1)
      const properties = page.props.ticket.activities
        .map((a) => a.properties)
        .find((p) => p && 'new_status' in p)
      expect(properties).toBeDefined()
    })

    it('leaves hand-built props alone', async () => {
      const page = await agent.page<{ stats: Record<string, number> }>('/support/agent')
      expect(Object.keys(page.props.stats).sort()).toEqual([
        'my_assigned',
        'open',
        'resolved_today',
        'sla_breached',
        'unassigned',
      ])
    })
  })
})
