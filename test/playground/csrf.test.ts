// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startPlayground, type TestPlayground } from './harness'

const SHOW = '/support/agent/tickets/ESC-00001'

describe('playground CSRF protection', () => {
  let playground: TestPlayground
  beforeAll(async () => {
    playground = await startPlayground()
  })
  afterAll(() => playground.close())

  it('hands out an XSRF-TOKEN cookie that scripts can read', async () => {
    const response = await playground.visitor().request({ method: 'GET', url: '/' })
    const cookie = response.cookies.find((c) => c.name === 'XSRF-TOKEN')
    expect(cookie?.value).toMatch(/^[0-9a-f]{40}$/)
    expect(cookie?.httpOnly).not.toBe(true)
  })

  it('answers 419 to a form post without the X-XSRF-TOKEN header, and changes nothing', async () => {
    const agent = playground.visitor()
    await agent.signIn('agent')
    const response = await agent.send(
      'POST',
      `${SHOW}/priority`,
      { priority: 'low' },
      { csrf: false, from: SHOW },
    )
    expect(response.statusCode).toBe(419)
    const page = await agent.page<{ ticket: { priority: string } }>(SHOW)
    expect(page.props.ticket.priority).toBe('high')
  })

  it('answers 419 to a token from another session', async () => {
    const agent = playground.visitor()
    await agent.signIn('agent')
    const response = await agent.send(
      'POST',
      `${SHOW}/follow`,
      {},
      {
        csrf: false,
        json: true,
        headers: { 'x-xsrf-token': 'f'.repeat(40) },
      },
    )
    expect(response.statusCode).toBe(419)
    expect(response.json()).toEqual({ message: 'CSRF token mismatch.' })
  })

  it('accepts the request when the header echoes the cookie', async () => {
    const agent = playground.visitor()
    await agent.signIn('agent')
    const response = await agent.send('POST', `${SHOW}/follow`, {}, { from: SHOW })
    expect(response.statusCode).toBe(303)
  })

  it('exempts the cross-site widget API', async () => {
    const response = await playground.visitor().request({
      method: 'POST',
      url: '/support/widget/tickets',
      payload: {
        name: 'Ada',
        email: 'ada@example.test',
        subject: 'Hello',
        description: 'From another site.',
      },
    })
    expect(response.statusCode).toBe(201)
  })
})
