// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startPlayground, type TestPlayground, type Visitor } from './harness'

interface Ticket {
  reference: string
  status: string
  priority: string
  department: { name: string } | null
  replies: Array<{ body: string; is_internal_note: boolean }>
}

describe('customer, guest and knowledge-base flows in the playground', () => {
  let playground: TestPlayground
  let customer: Visitor
  beforeAll(async () => {
    playground = await startPlayground()
    customer = playground.visitor()
    await customer.signIn('customer')
  })
  beforeEach(async () => {
    await playground.visitor().send('POST', '/_playground/reset', {}, { json: true })
  })
  afterAll(() => playground.close())

  describe('a signed-in customer', () => {
    it('opens a ticket and lands on it', async () => {
      const response = await customer.send(
        'POST',
        '/support',
        {
          subject: 'Lamp flickers',
          description: 'It flickers when dimmed.',
          priority: 'high',
          department_id: 1,
        },
        { from: '/support/create' },
      )
      expect(response.headers.location).toBe('/support/ESC-00201')
      const page = await customer.page<{ ticket: Ticket }>('/support/ESC-00201')
      expect(page.component).toBe('Escalated/Customer/Show')
      expect(page.props.flash.success).toBe('Ticket created successfully.')
      expect(page.props.ticket).toMatchObject({
        status: 'open',
        priority: 'high',
        department: { name: 'Support' },
      })
    })

    it('sees public replies only', async () => {
      const page = await customer.page<{ ticket: Ticket }>('/support/ESC-00001')
      expect(page.props.ticket.replies.map((reply) => reply.body)).toEqual([
        'Thanks, looking into it.',
        'Here is a screenshot of the error.',
      ])
    })

    it('closes, reopens and replies', async () => {
      const from = { from: '/support/ESC-00002' }
      await customer.send('POST', '/support/ESC-00002/close', {}, from)
      expect(
        (await customer.page<{ ticket: Ticket }>('/support/ESC-00002')).props.ticket.status,
      ).toBe('closed')
      await customer.send('POST', '/support/ESC-00002/reply', { body: 'One more thing' }, from)
      expect((await customer.page('/support/ESC-00002')).props.flash.error).toBe(
        'This ticket is closed. Reopen it to reply.',
      )
      await customer.send('POST', '/support/ESC-00002/reopen', {}, from)
      await customer.send('POST', '/support/ESC-00002/reply', { body: 'One more thing' }, from)
      const page = await customer.page<{ ticket: Ticket }>('/support/ESC-00002')
      expect(page.props.ticket.status).toBe('reopened')
      expect(page.props.ticket.replies[0]?.body).toBe('One more thing')
    })

    it('rates a finished ticket once', async () => {
      const from = { from: '/support/ESC-00002' }
      await customer.send('POST', '/support/ESC-00002/rate', { rating: 5 }, from)
      expect((await customer.page('/support/ESC-00002')).props.flash.error).toBe(
        'You can only rate resolved or closed tickets.',
      )
      await customer.send('POST', '/support/ESC-00002/close', {}, from)
      await customer.send('POST', '/support/ESC-00002/rate', { rating: 6 }, from)
      expect((await customer.page('/support/ESC-00002')).props.errors).toEqual({
        rating: 'The rating field must be between 1 and 5.',
      })
      await customer.send('POST', '/support/ESC-00002/rate', { rating: '4', comment: 'Fine' }, from)
      expect((await customer.page('/support/ESC-00002')).props.flash.success).toBe(
        'Thank you for your feedback!',
      )
      await customer.send('POST', '/support/ESC-00002/rate', { rating: 5 }, from)
      expect((await customer.page('/support/ESC-00002')).props.flash.error).toBe(
        'This ticket has already been rated.',
      )
    })
  })

  describe('a guest', () => {
    it('opens a ticket, keeps the private link and replies through it', async () => {
      const guest = playground.visitor()
      await guest.request({ method: 'GET', url: '/support/guest/create' })
      const created = await guest.send(
        'POST',
        '/support/guest',
        {
          guest_name: 'Ada',
          guest_email: 'ada@example.test',
          subject: 'Order?',
          description: 'Where is it?',
        },
        { from: '/support/guest/create' },
      )
      const link = String(created.headers.location)
      expect(link).toMatch(/^\/support\/guest\/[A-Za-z0-9]{64}$/)

      await guest.send('POST', `${link}/reply`, { body: 'Order #48213' }, { from: link })
      const page = await guest.page<{
        ticket: Ticket & Record<string, unknown>
        token: string
        auth: { user: unknown }
      }>(link)
      expect(page.component).toBe('Escalated/Guest/Show')
      expect(page.props.token).toBe(link.split('/').pop())
      expect(page.props.ticket.replies[0]?.body).toBe('Order #48213')
      expect(page.props.ticket).not.toHaveProperty('metadata')
      expect(page.props.auth).toEqual({ user: null })
    })

    it('gets field errors for an incomplete form', async () => {
      const guest = playground.visitor()
      await guest.request({ method: 'GET', url: '/support/guest/create' })
      await guest.send(
        'POST',
        '/support/guest',
        { guest_email: 'nope' },
        { from: '/support/guest/create' },
      )
      const page = await guest.page('/support/guest/create')
      expect(page.props.errors).toMatchObject({
        guest_name: 'The guest name field is required.',
        guest_email: 'The guest email field must be a valid email address.',
      })
    })

    it('gets a 404 for a wrong token', async () => {
      expect(
        (await playground.visitor().visit(`/support/guest/${'x'.repeat(64)}`)).statusCode,
      ).toBe(404)
    })
  })

  describe('the knowledge base', () => {
    it('lists root categories with published article counts, without drafts', async () => {
      const page = await playground.visitor().page<{
        categories: Array<{ slug: string; articles_count: number }>
        articles: { total: number; data: Array<{ slug: string; category: { slug: string } }> }
        feedbackEnabled: boolean
      }>('/support/kb')
      expect(page.props.categories.map((c) => [c.slug, c.articles_count])).toEqual([
        ['getting-started', 3],
        ['account-security', 2],
        ['billing-payments', 3],
        ['shipping-delivery', 3],
      ])
      expect(page.props.articles.total).toBe(13)
      expect(page.props.articles.data.map((a) => a.slug)).not.toContain('returns-policy-draft')
      expect(page.props.feedbackEnabled).toBe(true)
    })

    it('filters by search and category and echoes the filters', async () => {
      const page = await playground
        .visitor()
        .page<{ articles: { data: Array<{ slug: string }> }; filters: unknown }>(
          '/support/kb?search=refund&category=billing-payments',
        )
      expect(page.props.articles.data.map((a) => a.slug)).toEqual(['request-a-refund'])
      expect(page.props.filters).toEqual({ search: 'refund', category: 'billing-payments' })
    })

    it('sends the article body as stored and counts the view', async () => {
      const visitor = playground.visitor()
      const first = await visitor.page<{ article: { body: string; view_count: number } }>(
        '/support/kb/formatting-guide',
      )
      expect(first.props.article.body).toContain('<script>')
      const second = await visitor.page<{ article: { view_count: number } }>(
        '/support/kb/formatting-guide',
      )
      expect(second.props.article.view_count).toBe(first.props.article.view_count + 1)
    })

    it('records feedback', async () => {
      const visitor = playground.visitor()
      await visitor.request({ method: 'GET', url: '/support/kb' })
      const response = await visitor.send(
        'POST',
        '/support/kb/request-a-refund/feedback',
        { helpful: true },
        { json: true },
      )
      expect(response.json()).toEqual({ message: 'Thank you for your feedback!' })
    })
  })
})
