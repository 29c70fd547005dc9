// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import Fastify from 'fastify'
import { installInertia, optional } from '../../playground/server/inertia.mjs'
import { ASSET_VERSION, startPlayground, type TestPlayground } from './harness'

describe('the playground Inertia adapter', () => {
  let playground: TestPlayground
  beforeAll(async () => {
    playground = await startPlayground()
  })
  afterAll(() => playground.close())

  describe('on a first visit', () => {
    it('answers an HTML document whose #app data-page holds the page object', async () => {
      const response = await playground.visitor().request({ method: 'GET', url: '/' })
      expect(response.statusCode).toBe(200)
      expect(response.headers['content-type']).toContain('text/html')
      const attribute = /<div id="app" data-page="([^"]*)"><\/div>/.exec(response.body)?.[1]
      expect(attribute).toBeDefined()
      const decoded = (attribute ?? '').replace(/&#(\d+);/g, (_, code: string) =>
        String.fromCharCode(Number(code)),
      )
      const page = JSON.parse(decoded) as { component: string; url: string; version: string }
      expect(page).toMatchObject({
        component: 'Playground/SignIn',
        url: '/',
        version: ASSET_VERSION,
      })
    })

    it('escapes markup in props so it cannot break out of the attribute', async () => {
      // This seeded article body carries a <script> on purpose.
      const response = await playground
        .visitor()
        .request({ method: 'GET', url: '/support/kb/formatting-guide' })
      expect(response.body).not.toContain('<script>window.__kbXss')
      expect(response.body).toContain('&#60;script&#62;window.__kbXss')
    })
  })

  describe('on an Inertia visit', () => {
    it('answers the JSON page object with X-Inertia and Vary headers', async () => {
      const response = await playground.visitor().visit('/')
      expect(response.statusCode).toBe(200)
      expect(response.headers['x-inertia']).toBe('true')
      expect(response.headers.vary).toContain('X-Inertia')
      expect(response.json()).toMatchObject({
        component: 'Playground/SignIn',
        url: '/',
        version: ASSET_VERSION,
      })
    })

    it('answers 409 with X-Inertia-Location when the client assets are stale', async () => {
      const response = await playground
        .visitor()
        .visit('/support/kb?page=2', { 'x-inertia-version': 'old-build' })
      expect(response.statusCode).toBe(409)
      expect(response.headers['x-inertia-location']).toBe('/support/kb?page=2')
    })

    it('sends the shared props on every page', async () => {
      const visitor = playground.visitor()
      await visitor.signIn('agent')
      const page = await visitor.page<{
        escalated: Record<string, unknown>
        auth: { user: unknown }
      }>('/support/kb')
      expect(page.props.escalated).toMatchObject({
        prefix: 'support',
        is_agent: true,
        is_admin: false,
        agent_type: 'full',
      })
      expect(page.props.auth.user).toEqual({ id: 2, name: 'Bob Agent', email: 'bob@example.test' })
      expect(page.props.errors).toEqual({})
      expect(page.props.flash).toEqual({ success: null, error: null })
    })
  })

  describe('after a form submission', () => {
    it('redirects with 303 after PUT and shows the flash message once', async () => {
      const visitor = playground.visitor()
      await visitor.signIn('agent')
      const response = await visitor.send(
        'PUT',
        '/support/agent/tickets/ESC-00001',
        { subject: 'Export crashes (renamed)', description: 'Exporting to CSV crashes.' },
        { from: '/support/agent/tickets/ESC-00001' },
      )
      expect(response.statusCode).toBe(303)
      expect(response.headers.location).toBe('/support/agent/tickets/ESC-00001')

      const next = await visitor.page<{ ticket: { subject: string } }>(
        '/support/agent/tickets/ESC-00001',
      )
      expect(next.props.flash.success).toBe('Ticket updated.')
      expect(next.props.ticket.subject).toBe('Export crashes (renamed)')
      const after = await visitor.page('/support/agent/tickets/ESC-00001')
      expect(after.props.flash.success).toBeNull()
    })
  })

  describe('on a partial reload', () => {
    it('answers only the requested props (and errors)', async () => {
      const visitor = playground.visitor()
      await visitor.signIn('agent')
      const page = await visitor.page('/support/agent/tickets/ESC-00001', {
        'x-inertia-partial-component': 'Escalated/Agent/TicketShow',
        'x-inertia-partial-data': 'ticket,is_following',
      })
      expect(Object.keys(page.props).sort()).toEqual(['errors', 'is_following', 'ticket'])
    })

    it('answers every prop when the partial reload names another component', async () => {
      const visitor = playground.visitor()
      await visitor.signIn('agent')
      const page = await visitor.page('/support/agent/tickets/ESC-00001', {
        'x-inertia-partial-component': 'Escalated/Agent/Dashboard',
        'x-inertia-partial-data': 'ticket',
      })
      expect(page.props).toHaveProperty('cannedResponses')
      expect(page.props).toHaveProperty('customActions')
    })
  })
})

describe('installInertia', () => {
  async function adapterApp(props: Record<string, unknown>) {
    const app = Fastify()
    installInertia(app, {
      version: () => 'v1',
      renderHtml: (page) => `<div data-page='${JSON.stringify(page)}'></div>`,
      sharedProps: () => ({ errors: {} }),
      serialize: (value) => value,
    })
    app.get('/page', async (_request, reply) => reply.inertia('Demo', props))
    app.delete('/things/1', async (_request, reply) => reply.redirect('/things'))
    await app.ready()
    return app
  }
  const inertiaHeaders = { 'x-inertia': 'true', 'x-inertia-version': 'v1' }

  it('turns a 302 after DELETE into 303 for Inertia requests', async () => {
    const app = await adapterApp({})
    const response = await app.inject({
      method: 'DELETE',
      url: '/things/1',
      headers: inertiaHeaders,
    })
    expect(response.statusCode).toBe(303)
    await app.close()
  })

  it('evaluates lazy props only when they are sent', async () => {
    const expensive = vi.fn(() => 'computed')
    const app = await adapterApp({ cheap: 'here', expensive })
    const partial = await app.inject({
      url: '/page',
      headers: {
        ...inertiaHeaders,
        'x-inertia-partial-component': 'Demo',
        'x-inertia-partial-data': 'cheap',
      },
    })
    expect(partial.json<{ props: Record<string, unknown> }>().props).toEqual({
      cheap: 'here',
      errors: {},
    })
    expect(expensive).not.toHaveBeenCalled()

    const full = await app.inject({ url: '/page', headers: inertiaHeaders })
    expect(full.json<{ props: Record<string, unknown> }>().props).toMatchObject({
      expensive: 'computed',
    })
    expect(expensive).toHaveBeenCalledTimes(1)
    await app.close()
  })

  it('sends optional props only when a partial reload asks for them', async () => {
    const app = await adapterApp({ stats: optional(() => 42) })
    const full = await app.inject({ url: '/page', headers: inertiaHeaders })
    expect(full.json<{ props: Record<string, unknown> }>().props).not.toHaveProperty('stats')
    const partial = await app.inject({
      url: '/page',
      headers: {
        ...inertiaHeaders,
        'x-inertia-partial-component': 'Demo',
        'x-inertia-partial-data': 'stats',
      },
    })
    expect(partial.json<{ props: Record<string, unknown> }>().props).toMatchObject({ stats: 42 })
    await app.close()
  })
})
