// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { multipart, NOW, startPlayground, type TestPlayground } from './harness'

const ticket = (email: string, n = 1) => ({
  name: 'Widget User',
  email,
  subject: `Question ${n}`,
  description: 'Sent from the widget.',
})

describe('the playground widget API', () => {
  let playground: TestPlayground
  let now = NOW
  beforeAll(async () => {
    playground = await startPlayground({ clock: () => now })
  })
  beforeEach(() => {
    now = NOW
  })
  afterAll(() => playground.close())

  const post = (body: Record<string, unknown>) =>
    playground.visitor().request({ method: 'POST', url: '/support/widget/tickets', payload: body })

  /** A ticket sent as multipart, as the widget does when files are attached. */
  const postWithFiles = async (email: string, files: Parameters<typeof multipart>[1]) => {
    const { payload, contentType } = await multipart(ticket(email), files)
    return playground.visitor().request({
      method: 'POST',
      url: '/support/widget/tickets',
      payload,
      headers: { 'content-type': contentType },
    })
  }

  it('sends its configuration to any origin', async () => {
    const response = await playground.visitor().request({
      method: 'GET',
      url: '/support/widget/config',
      headers: { origin: 'https://shop.example' },
    })
    expect(response.headers['access-control-allow-origin']).toBe('*')
    expect(response.json()).toMatchObject({
      enabled: true,
      kb_enabled: true,
      guest_tickets_enabled: true,
      departments: [
        { id: 2, name: 'Billing' },
        { id: 3, name: 'Shipping' },
        { id: 1, name: 'Support' },
      ],
    })
  })

  it('answers the CORS preflight', async () => {
    const response = await playground
      .visitor()
      .request({ method: 'OPTIONS', url: '/support/widget/tickets' })
    expect(response.statusCode).toBe(204)
    expect(response.headers['access-control-allow-headers']).toContain('Authorization')
  })

  it('searches published articles and rejects a one-letter query', async () => {
    const found = await playground
      .visitor()
      .request({ method: 'GET', url: '/support/widget/articles?q=refund' })
    expect(
      found.json<{ articles: Array<{ slug: string }> }>().articles.map((a) => a.slug),
    ).toContain('request-a-refund')
    const tooShort = await playground
      .visitor()
      .request({ method: 'GET', url: '/support/widget/articles?q=r' })
    expect(tooShort.statusCode).toBe(422)
    expect(tooShort.json()).toMatchObject({
      errors: { q: ['The q field must be at least 2 characters.'] },
    })
  })

  it('creates a ticket and issues a guest access grant', async () => {
    const response = await post(ticket('grant@example.test'))
    expect(response.statusCode).toBe(201)
    const body = response.json<{
      reference: string
      guest_access_token: string
      expires_at: string
    }>()
    expect(body.reference).toMatch(/^ESC-\d{5}$/)
    expect(body.guest_access_token.length).toBeGreaterThanOrEqual(40)
    expect(Date.parse(body.expires_at)).toBeGreaterThan(NOW.getTime())
  })

  it('advertises its attachment limits and stores files sent with a widget ticket', async () => {
    const config = await playground
      .visitor()
      .request({ method: 'GET', url: '/support/widget/config' })
    expect(config.json()).toMatchObject({
      max_attachments_per_reply: 5,
      max_attachment_size_kb: 10240,
    })

    const created = await postWithFiles('files@example.test', {
      'attachments[]': { name: 'receipt.txt', type: 'text/plain', content: 'Order 1234' },
    })
    expect(created.statusCode).toBe(201)
    const { reference } = created.json<{ reference: string }>()

    const agent = playground.visitor()
    await agent.signIn('agent')
    const page = await agent.page<{ ticket: { attachments: { original_filename: string }[] } }>(
      `/support/agent/tickets/${reference}`,
    )
    expect(page.props.ticket.attachments.map((file) => file.original_filename)).toEqual([
      'receipt.txt',
    ])
  })

  it('refuses more files than its limit with 422 on attachments', async () => {
    const files = Object.fromEntries(
      [1, 2, 3, 4, 5, 6].map((n) => [
        `attachments[${n}]`,
        { name: `f${n}.txt`, type: 'text/plain', content: 'x' },
      ]),
    )
    const response = await postWithFiles('many@example.test', files)
    expect(response.statusCode).toBe(422)
    expect(response.json()).toMatchObject({ errors: { attachments: [expect.any(String)] } })
  })

  it('answers field errors with 422', async () => {
    const response = await post({ email: 'not-an-email' })
    expect(response.statusCode).toBe(422)
    expect(
      Object.keys(response.json<{ errors: Record<string, string[]> }>().errors).sort(),
    ).toEqual(['description', 'email', 'name', 'subject'])
  })

  it('answers 429 with Retry-After on the eleventh ticket in an hour from one email', async () => {
    for (let n = 1; n <= 10; n++) {
      expect((await post(ticket('Busy@Example.test', n))).statusCode).toBe(201)
    }
    now = new Date(NOW.getTime() + 10 * 60_000)
    const limited = await post(ticket('busy@example.test', 11))
    expect(limited.statusCode).toBe(429)
    expect(limited.headers['retry-after']).toBe(String(50 * 60))
    expect(limited.json()).toEqual({ message: 'Too many requests.', retry_after: 3000 })

    expect((await post(ticket('someone-else@example.test'))).statusCode).toBe(201)
    now = new Date(NOW.getTime() + 61 * 60_000)
    expect((await post(ticket('busy@example.test', 12))).statusCode).toBe(201)
  })

  describe('status lookup', () => {
    it('shows the ticket to the holder of its grant', async () => {
      const created = (await post(ticket('lookup@example.test'))).json<{
        reference: string
        guest_access_token: string
      }>()
      const response = await playground.visitor().request({
        method: 'GET',
        url: `/support/widget/tickets/${created.reference}`,
        headers: { authorization: `Bearer ${created.guest_access_token}` },
      })
      expect(response.statusCode).toBe(200)
      expect(response.headers['cache-control']).toBe('no-store')
      expect(response.json()).toMatchObject({
        reference: created.reference,
        status: 'open',
        status_label: 'Open',
        status_color: '#3B82F6',
        replies: [],
      })
    })

    it('answers 404 to a wrong grant', async () => {
      const created = (await post(ticket('lookup2@example.test'))).json<{ reference: string }>()
      const response = await playground.visitor().request({
        method: 'GET',
        url: `/support/widget/tickets/${created.reference}`,
        headers: { authorization: 'Bearer not-the-grant' },
      })
      expect(response.statusCode).toBe(404)
      expect(response.json()).toEqual({ message: 'Ticket not found.' })
    })
  })
})
