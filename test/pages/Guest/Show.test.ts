import { beforeEach, describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import Show from '@/pages/Guest/Show.vue'
import { makeReply, makeSharedProps, makeTicket, toAdonisCase } from '../../fixtures'
import { loadBackendPage } from '../../helpers/backendFixtures'
import { mountPage } from '../Customer/mountPage'

const capture = loadBackendPage('adonis', 'inertia-guest-show').props as Record<string, unknown>
const TOKEN = capture.token as string

const guestTicket = (overrides: Parameters<typeof makeTicket>[0] = {}) =>
  makeTicket({
    id: 5,
    requester_type: null,
    requester_id: null,
    guest_name: 'Gina Guest',
    guest_email: 'gina@example.test',
    subject: 'Guest: invoice copy needed',
    description: 'Please resend invoice A-1001.',
    ...overrides,
  })

function props(ticket: unknown, token: unknown = TOKEN) {
  return { ...makeSharedProps({ user: null }), ticket, token }
}

function alerts(screen: ReturnType<typeof mount>['screen']) {
  return screen.getAllByRole('alert').map((alert) => alert.textContent ?? '')
}

function mount(pageProps: Record<string, unknown>) {
  return mountPage(Show, pageProps, { pageUrl: `/support/guest/${TOKEN}` })
}

beforeEach(() => localStorage.clear())

describe('Guest/Show', () => {
  it.each([
    ['adonis capture', capture],
    ['snake_case', props(guestTicket())],
    ['camelCase', props(toAdonisCase(guestTicket()))],
  ])(
    'shows the guest ticket from the %s payload with its private link',
    async (_name, pageProps) => {
      const { screen } = mount(pageProps)
      await flushPromises()
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
        'Guest: invoice copy needed',
      )
      expect(screen.getByText('Please resend invoice A-1001.')).toBeTruthy()
      const link = screen.getByRole('textbox', { name: 'Link to this ticket' }) as HTMLInputElement
      expect(link.value).toContain(`/support/guest/${TOKEN}`)
      expect(screen.queryByRole('button', { name: 'Close ticket' })).toBeNull()
    },
  )

  it('uses the token Adonis puts inside the ticket when the page sends none', async () => {
    const { screen } = mount({
      ...makeSharedProps({ user: null }),
      ticket: toAdonisCase(guestTicket({ guest_token: 'abc123' })),
    })
    await flushPromises()
    const link = screen.getByRole('textbox', { name: 'Link to this ticket' }) as HTMLInputElement
    expect(link.value).toContain('/support/guest/abc123')
  })

  it('explains a link without a ticket instead of rendering an empty page', async () => {
    const { screen } = mount(props(null))
    await flushPromises()
    expect(alerts(screen)).toContainEqual(expect.stringContaining("This ticket link doesn't work"))
    expect(screen.getByRole('link', { name: 'Open a new ticket' }).getAttribute('href')).toBe(
      '/support/guest/create',
    )
  })

  it('replies through the token route', async () => {
    const { wrapper, screen, requests } = mount(props(guestTicket()))
    await flushPromises()
    await wrapper.find('textarea').setValue('Any news?')
    screen.getByRole('button', { name: 'Send reply' }).click()
    await flushPromises()
    expect(requests[0]).toMatchObject({
      url: `/support/guest/${TOKEN}/reply`,
      method: 'post',
      data: { body: 'Any news?' },
    })
  })

  it('says the link expired when the backend answers 404', async () => {
    const { wrapper, screen, transport } = mount(props(guestTicket()))
    transport.respondWith(() => ({ status: 'http-error', httpStatus: 404, message: null }))
    await flushPromises()
    await wrapper.find('textarea').setValue('Hello?')
    screen.getByRole('button', { name: 'Send reply' }).click()
    await flushPromises()
    expect(alerts(screen)).toContainEqual(expect.stringContaining('The link has expired'))
    expect(screen.queryByRole('button', { name: 'Send reply' })).toBeNull()
  })

  it('rates a resolved ticket through the token route', async () => {
    const { screen, requests } = mount(
      props(
        guestTicket({
          status: 'resolved',
          replies: [makeReply({ author_type: 'User', author_id: 2 })],
        }),
      ),
    )
    await flushPromises()
    ;(screen.getByRole('radio', { name: '5 stars' }) as HTMLInputElement).click()
    await flushPromises()
    screen.getByRole('button', { name: 'Send rating' }).click()
    await flushPromises()
    expect(requests[0]).toMatchObject({
      url: `/support/guest/${TOKEN}/rate`,
      data: { rating: 5, comment: null },
    })
  })
})
