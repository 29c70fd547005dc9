// @vitest-environment jsdom
// Replies render through the widget sanitiser, checked here against a real parser.
import { describe, expect, it, vi } from 'vitest'
import { loadBackendFixture } from '../helpers/backendFixtures'
import { LARAVEL_CONFIG, mountPanel, submitVia, typeInto, type FakeRoutes } from './helpers'

const TICKET = {
  reference: 'ESC-00007',
  subject: 'Printer on fire',
  status: 'in_progress',
  status_label: 'In Progress',
  status_color: '#8B5CF6',
  created_at: '2026-03-01T09:30:00Z',
  department: { id: 1, name: 'Support' },
  replies: [
    {
      body: '<p>We are <strong>on it</strong>.</p><img src=x onerror="alert(1)">',
      author: 'Alice',
      is_agent: true,
      created_at: '2026-03-01T10:00:00Z',
    },
  ],
}
const ENDPOINT = 'https://help.example.test/support/widget'
const grantKey = `escalated-widget:${ENDPOINT}:grants`

async function status(routes: FakeRoutes = {}, embed = {}) {
  const mounted = await mountPanel({
    routes: { 'GET /config': { body: LARAVEL_CONFIG }, ...routes },
    embed,
    commands: [['checkStatus', []]],
  })
  const { screen } = mounted
  const fill = (values: Record<string, string>) => typeInto(screen, values)
  const check = () => submitVia(screen, 'Check status')
  const gets = () => mounted.calls.filter((call) => call.path.startsWith('/tickets/'))
  return { ...mounted, fill, check, gets }
}

describe('the Status view', () => {
  describe('on Laravel before verified access', () => {
    it('looks the ticket up by reference and email and shows the result card', async () => {
      const { fill, check, gets, screen, root, container } = await status({
        'GET /tickets/ESC-00007': ({ url }) =>
          new URL(url).searchParams.get('email') === 'ada@example.test'
            ? { body: TICKET }
            : { status: 404, body: { message: 'Ticket not found.' } },
      })
      fill({ 'Ticket reference': ' esc-00007 ', Email: 'ada@example.test' })
      await check()
      expect(gets()[0]?.path).toBe('/tickets/ESC-00007?email=ada%40example.test')
      const heading = screen.getByRole('heading', { name: 'Printer on fire' })
      expect(root.activeElement).toBe(heading)
      const card = screen.getByRole('tabpanel')
      expect(card.textContent).toContain('In progress')
      expect(card.textContent).toContain('Support')
      expect(card.textContent).toContain('Alice')
      const badge = card.querySelector<HTMLElement>('[data-status="in_progress"]')
      expect(badge?.style.getPropertyValue('--esc-badge').trim()).toBe('#8B5CF6')
      const reply = card.querySelector('li') as HTMLElement
      expect(reply.textContent).toContain('We are on it.')
      expect(reply.innerHTML).not.toMatch(/onerror|alert/)
      expect(container.querySelector('[aria-live]')?.textContent).toBe(
        'Ticket ESC-00007: In progress',
      )
    })

    it('says clearly when nothing matches', async () => {
      const { fill, check, screen } = await status({
        'GET /tickets/ESC-00008': { status: 404, body: { message: 'Ticket not found.' } },
      })
      fill({ 'Ticket reference': 'ESC-00008', Email: 'ada@example.test' })
      await check()
      expect(screen.getByRole('alert').textContent).toContain(
        'No ticket matches this reference and email.',
      )
    })

    it('shows a custom status with the label the backend sent', async () => {
      const { fill, check, screen } = await status({
        'GET /tickets/ESC-00007': {
          body: { ...TICKET, status: 'on_hold', status_label: 'On hold', status_color: null },
        },
      })
      fill({ 'Ticket reference': 'ESC-00007', Email: 'ada@example.test' })
      await check()
      expect(screen.getByRole('tabpanel').textContent).toContain('On hold')
    })
  })

  describe('with a grant from a ticket filed in this browser', () => {
    it('needs no email and sends the grant as a Bearer header', async () => {
      localStorage.setItem(
        grantKey,
        JSON.stringify([
          { reference: 'ESC-00007', accessToken: 'grant-7', expiresAt: '2999-01-01T00:00:00Z' },
        ]),
      )
      const { fill, check, gets, screen } = await status({
        'GET /tickets/ESC-00007': { body: TICKET },
      })
      fill({ 'Ticket reference': 'ESC-00007' })
      await check()
      expect(gets()[0]?.path).toBe('/tickets/ESC-00007')
      expect(gets()[0]?.headers.get('Authorization')).toBe('Bearer grant-7')
      expect(screen.getByRole('heading', { name: 'Printer on fire' })).toBeTruthy()
    })

    it('ignores an expired grant', async () => {
      localStorage.setItem(
        grantKey,
        JSON.stringify([
          { reference: 'ESC-00007', accessToken: 'old', expiresAt: '2001-01-01T00:00:00Z' },
        ]),
      )
      const { fill, check, gets, screen } = await status()
      fill({ 'Ticket reference': 'ESC-00007' })
      await check()
      expect(gets()).toHaveLength(0)
      expect(screen.getByRole('textbox', { name: 'Email' }).getAttribute('aria-invalid')).toBe(
        'true',
      )
    })
  })

  describe('when the backend requires an emailed code (L+)', () => {
    it('trades the code for a grant, then looks the ticket up with it', async () => {
      const { fill, check, gets, calls, screen, root } = await status({
        'GET /config': { body: { ...LARAVEL_CONFIG, guest_verification_required: true } },
        'POST /verification': { status: 202, body: { verification_id: 'v-9', expires_in: 600 } },
        'POST /lookup': {
          body: {
            data: [
              {
                reference: 'ESC-00007',
                subject: 'x',
                guest_access_token: 'g-9',
                expires_at: '2999-01-01T00:00:00Z',
              },
            ],
          },
        },
        'GET /tickets/ESC-00007': { body: TICKET },
      })
      fill({ 'Ticket reference': 'ESC-00007', Email: 'ada@example.test' })
      await check()
      expect(calls.at(-1)).toMatchObject({
        path: '/verification',
        body: { email: 'ada@example.test', purpose: 'lookup' },
      })
      expect(root.activeElement).toBe(screen.getByRole('textbox', { name: /Verification code/ }))
      fill({ 'Verification code': '87654321' })
      await check()
      expect(calls.find((call) => call.path === '/lookup')?.body).toEqual({
        email: 'ada@example.test',
        reference: 'ESC-00007',
        verification_id: 'v-9',
        verification_code: '87654321',
      })
      expect(gets()[0]?.headers.get('Authorization')).toBe('Bearer g-9')
      expect(gets()[0]?.path).toBe('/tickets/ESC-00007')
    })

    it('says not found when the code matches no ticket', async () => {
      const { fill, check, screen } = await status({
        'GET /config': { body: { ...LARAVEL_CONFIG, guest_verification_required: true } },
        'POST /verification': { status: 202, body: { verification_id: 'v-9' } },
        'POST /lookup': { body: { data: [] } },
      })
      fill({ 'Ticket reference': 'ESC-00007', Email: 'ada@example.test' })
      await check()
      fill({ 'Verification code': '87654321' })
      await check()
      expect(screen.getByRole('alert').textContent).toContain('No ticket matches')
    })
  })

  describe('on Adonis', () => {
    const routes = { 'GET /config': { body: loadBackendFixture('adonis', 'widget-config') } }

    it('explains that tickets from other browsers need the emailed link', async () => {
      const { fill, check, gets, screen } = await status(routes, { backend: 'adonis' })
      fill({ 'Ticket reference': 'ESC-00004', Email: 'ada@example.test' })
      await check()
      expect(gets()).toHaveLength(0)
      expect(screen.getByRole('alert').textContent).toContain('Only tickets filed in this browser')
    })

    it('looks a ticket filed here up by its guest token', async () => {
      localStorage.setItem(
        grantKey,
        JSON.stringify([{ reference: 'ESC-00004', accessToken: 'tok' }]),
      )
      const { fill, check, gets, screen } = await status(
        {
          ...routes,
          'GET /tickets/tok': {
            body: {
              reference: 'ESC-00004',
              subject: 'Hello',
              status: 'open',
              created_at: '2026-01-01T00:00:00Z',
              replies: [{ body: 'Hi', author_type: 'User', created_at: '2026-01-01T00:00:00Z' }],
            },
          },
        },
        { backend: 'adonis' },
      )
      fill({ 'Ticket reference': 'ESC-00004' })
      await check()
      expect(gets()[0]?.path).toBe('/tickets/tok')
      expect(screen.getByRole('tabpanel').textContent).toContain('Support team')
    })
  })

  it('on NestJS, looks a ticket up by id with the X-Guest-Token header', async () => {
    localStorage.setItem(
      'escalated-widget:https://help.example.test/escalated/widget:grants',
      JSON.stringify([{ reference: 'ESC-00003', accessToken: 'nest-token', id: '3' }]),
    )
    const { fill, check, calls, screen } = await status(
      {
        'GET /tickets/3': {
          body: {
            ticket: {
              reference: 'ESC-00003',
              subject: 'Nest',
              status: 'resolved',
              createdAt: '2026-01-01T00:00:00Z',
            },
            replies: [],
          },
        },
      },
      { backend: 'nestjs' },
    )
    fill({ 'Ticket reference': 'ESC-00003' })
    await check()
    const lookup = calls.find((call) => call.path.includes('/tickets/3'))
    expect(lookup?.headers.get('X-Guest-Token')).toBe('nest-token')
    expect(screen.getByRole('tabpanel').textContent).toContain('Resolved')
  })

  it('counts down after a 429', async () => {
    vi.useFakeTimers()
    const { fill, check, screen } = await status({
      'GET /tickets/ESC-00007': {
        status: 429,
        body: { message: 'Too many requests.', retry_after: 5 },
      },
    })
    fill({ 'Ticket reference': 'ESC-00007', Email: 'ada@example.test' })
    await check()
    expect(screen.getByRole('status').textContent).toContain('Try again in 5 s.')
    expect(
      (screen.getByRole('button', { name: 'Check status' }) as HTMLButtonElement).disabled,
    ).toBe(true)
  })
})
