import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import Create from '@/pages/Guest/Create.vue'
import { makeSharedProps } from '../../fixtures'
import { mountPage } from '../Customer/mountPage'

function props(extra: Record<string, unknown> = {}) {
  return {
    ...makeSharedProps({ user: null }),
    departments: [{ id: 2, name: 'Billing' }],
    priorities: ['low', 'medium', 'high'],
    ...extra,
  }
}

function mount(pageProps: Record<string, unknown> = props()) {
  const mounted = mountPage(Create, pageProps, { pageUrl: '/support/guest/create' })
  const fill = async (name: string | RegExp, value: string) => {
    const element = mounted.screen.getByRole('textbox', { name }) as HTMLInputElement
    element.value = value
    element.dispatchEvent(new Event('input'))
    await flushPromises()
  }
  const press = async (name: string | RegExp) => {
    mounted.screen.getByRole('button', { name }).click()
    await flushPromises()
  }
  const fillTicket = async (email = 'gina@example.test') => {
    await fill(/Your name/, 'Gina Guest')
    await fill(/Email address/, email)
    await fill(/Subject/, 'Invoice copy')
    await fill(/Description/, 'Please resend invoice A-1001.')
  }
  return { ...mounted, fill, press, fillTicket }
}

function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  })
}

beforeEach(() => localStorage.clear())
afterEach(() => vi.unstubAllGlobals())

describe('Guest/Create', () => {
  it('asks for a name and a valid email before sending', async () => {
    const { fill, press, requests, screen } = mount()
    await flushPromises()
    await fill(/Email address/, 'not-an-email')
    await press('Submit ticket')
    expect(requests).toHaveLength(0)
    expect(screen.getByText('Your name is required.')).toBeTruthy()
    expect(screen.getByText('Enter a valid email address.')).toBeTruthy()
  })

  it('posts the guest ticket to the guest store route', async () => {
    const { fillTicket, press, requests } = mount()
    await flushPromises()
    await fillTicket()
    await press('Submit ticket')
    expect(requests[0]).toMatchObject({
      url: '/support/guest',
      method: 'post',
      data: {
        guest_name: 'Gina Guest',
        guest_email: 'gina@example.test',
        subject: 'Invoice copy',
        description: 'Please resend invoice A-1001.',
        priority: 'medium',
      },
    })
  })

  describe('when the backend asks guests to verify their email (L+)', () => {
    const verified = () =>
      props({
        verification_url: '/support/guest/verification',
        lookup_url: '/support/guest/lookup',
      })

    it('emails a code first, then sends the ticket with the proof', async () => {
      const fetch = vi.fn(async () =>
        jsonResponse(202, {
          verification_id: 'v-123',
          expires_in: 600,
          message: 'Check your inbox.',
        }),
      )
      vi.stubGlobal('fetch', fetch)
      const { fillTicket, fill, press, requests, screen } = mount(verified())
      await flushPromises()
      await fillTicket()
      await press('Email me a code')
      expect(requests).toHaveLength(0)
      expect(fetch).toHaveBeenCalledTimes(1)
      const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit]
      expect(url).toBe('/support/guest/verification')
      expect(JSON.parse(String(init.body))).toEqual({
        email: 'gina@example.test',
        purpose: 'ticket',
      })
      expect(screen.getByText('Check your inbox.')).toBeTruthy()

      await fill(/Verification code/, '1234')
      await press('Submit ticket')
      expect(requests).toHaveLength(0)
      expect(screen.getByText('Enter the 8-digit code from the email.')).toBeTruthy()

      await fill(/Verification code/, '12345678')
      await press('Submit ticket')
      expect(requests[0]?.data).toMatchObject({
        guest_email: 'gina@example.test',
        verification_id: 'v-123',
        verification_code: '12345678',
      })
    })

    it('says how long to wait when too many codes were asked for', async () => {
      vi.stubGlobal(
        'fetch',
        vi.fn(async () =>
          jsonResponse(429, { message: 'Too many requests.' }, { 'Retry-After': '120' }),
        ),
      )
      const { fillTicket, press, screen } = mount(verified())
      await flushPromises()
      await fillTicket()
      await press('Email me a code')
      const alerts = screen.getAllByRole('alert').map((alert) => alert.textContent ?? '')
      expect(alerts).toContainEqual(expect.stringContaining('Try again in 120 seconds'))
    })
  })
})
