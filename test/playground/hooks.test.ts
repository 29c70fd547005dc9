// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startPlayground, type TestPlayground } from './harness'

interface Paginated {
  data: Array<{ reference: string; requester_id: number | null }>
  total: number
}

describe('the playground test hooks and guards', () => {
  let playground: TestPlayground
  beforeAll(async () => {
    playground = await startPlayground()
  })
  afterAll(() => playground.close())

  it.each([
    ['customer', '/support', 'Escalated/Customer/Index', 'Frank Customer'],
    ['agent', '/support/agent', 'Escalated/Agent/Dashboard', 'Bob Agent'],
    ['admin', '/support/admin/tickets', 'Escalated/Admin/Tickets/Index', 'Alice Admin'],
  ] as const)(
    'signs in as the seeded %s and lands on their home',
    async (role, home, component, name) => {
      const visitor = playground.visitor()
      const response = await visitor.signIn(role)
      expect(response.statusCode).toBe(303)
      expect(response.headers.location).toBe(home)
      const page = await visitor.page<{ auth: { user: { name: string } } }>(home)
      expect(page.component).toBe(component)
      expect(page.props.auth.user.name).toBe(name)
    },
  )

  it('signs out for the guest role and sends the visitor to the guest form', async () => {
    const visitor = playground.visitor()
    await visitor.signIn('customer')
    const response = await visitor.signIn('guest')
    expect(response.headers.location).toBe('/support/guest/create')
    const page = await visitor.page<{ auth: { user: unknown }; departments: unknown[] }>(
      '/support/guest/create',
    )
    expect(page.component).toBe('Escalated/Guest/Create')
    expect(page.props.auth.user).toBeNull()
  })

  it('answers 404 for an unknown role', async () => {
    expect((await playground.visitor().signIn('root' as 'admin')).statusCode).toBe(404)
  })

  it('sends signed-out visitors of customer pages to the sign-in screen', async () => {
    const response = await playground.visitor().visit('/support')
    expect(response.statusCode).toBe(303)
    expect(response.headers.location).toBe('/')
  })

  it('keeps customers out of the agent area and agents out of the admin area', async () => {
    const customer = playground.visitor()
    await customer.signIn('customer')
    expect((await customer.visit('/support/agent/tickets')).statusCode).toBe(403)
    const agent = playground.visitor()
    await agent.signIn('agent')
    expect((await agent.visit('/support/admin/tickets')).statusCode).toBe(403)
  })

  it('lets admins into the agent area', async () => {
    const admin = playground.visitor()
    await admin.signIn('admin')
    expect((await admin.page('/support/agent/tickets/ESC-00001')).component).toBe(
      'Escalated/Agent/TicketShow',
    )
  })

  it('lists only the customer’s own tickets', async () => {
    const customer = playground.visitor()
    await customer.signIn('customer')
    const page = await customer.page<{ tickets: Paginated }>('/support?per_page=100')
    expect(page.props.tickets.total).toBeGreaterThan(10)
    expect(new Set(page.props.tickets.data.map((t) => t.requester_id))).toEqual(new Set([4]))
    expect((await customer.visit('/support/ESC-00003')).statusCode).toBe(403)
  })

  it('reseeds on POST /_playground/reset', async () => {
    const customer = playground.visitor()
    await customer.signIn('customer')
    await customer.send(
      'POST',
      '/support',
      { subject: 'Made in a test', description: 'Goes away on reset.' },
      { from: '/support/create' },
    )
    const search = '/support?search=Made%20in%20a%20test'
    expect((await customer.page<{ tickets: Paginated }>(search)).props.tickets.total).toBe(1)

    const reset = await playground.visitor().request({ method: 'POST', url: '/_playground/reset' })
    expect(reset.json()).toEqual({ message: 'Database reseeded.' })
    expect((await customer.page<{ tickets: Paginated }>(search)).props.tickets.total).toBe(0)
  })
})
