import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import TicketPresence from '@/components/ticket/TicketPresence.vue'
import { mountEscalated } from '../../helpers/mount'
import { stubFetch } from '../agent/queueKit'

const ME = { id: 7, name: 'Agent Smith', email: 'smith@example.test' }
const AUTH = { auth: { user: ME } }

function viewers(...people: { id: number; name: string }[]) {
  return { status: 200, body: { viewers: people, timestamp: '2026-11-23T12:00:00Z' } }
}

function render(
  props: { reference: string; section?: 'agent' | 'admin' },
  refresh?: { presence?: number },
) {
  return mountEscalated(TicketPresence, { props, pageProps: AUTH, options: { refresh } })
}

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('TicketPresence', () => {
  it('tells the agent who else has the ticket open, in a live region', async () => {
    const api = stubFetch(() => viewers({ id: 3, name: 'Alice' }, { id: 4, name: 'Bob' }))
    const { wrapper } = render({ reference: 'ESC-00042' })
    await flushPromises()
    expect(api.requests[0]).toMatchObject({
      method: 'POST',
      url: '/support/agent/tickets/ESC-00042/presence',
    })
    const region = wrapper.get('[data-part="ticket-presence"]')
    expect(region.attributes('role')).toBe('status')
    expect(region.text()).toBe('Alice and Bob are also viewing this ticket.')
  })

  it('says nothing when nobody else is there, and never lists the agent themself', async () => {
    stubFetch(() => viewers({ id: ME.id, name: ME.name }))
    const { wrapper } = render({ reference: 'ESC-00042' })
    await flushPromises()
    expect(wrapper.get('[data-part="ticket-presence"]').text()).toBe('')
  })

  it('reports again every 30 seconds and picks up a newcomer', async () => {
    let people = [{ id: 3, name: 'Alice' }]
    const api = stubFetch(() => viewers(...people))
    const { wrapper } = render({ reference: 'ESC-00042' })
    await flushPromises()
    expect(wrapper.text()).toBe('Alice is also viewing this ticket.')
    people = []
    await vi.advanceTimersByTimeAsync(30_000)
    expect(api.requests).toHaveLength(2)
    expect(wrapper.text()).toBe('')
  })

  it('follows the plugin’s refresh.presence interval, and is off at 0', async () => {
    const api = stubFetch(() => viewers())
    const { wrapper } = render({ reference: 'ESC-00042' }, { presence: 10_000 })
    await flushPromises()
    await vi.advanceTimersByTimeAsync(20_000)
    expect(api.requests).toHaveLength(3)
    wrapper.unmount()

    const off = stubFetch(() => viewers({ id: 3, name: 'Alice' }))
    render({ reference: 'ESC-00042' }, { presence: 0 })
    await flushPromises()
    await vi.advanceTimersByTimeAsync(5 * 60_000)
    expect(off.requests).toHaveLength(0)
  })

  it('uses the admin route on the admin screen', async () => {
    const api = stubFetch(() => viewers())
    render({ reference: 'ESC-00042', section: 'admin' })
    await flushPromises()
    expect(api.requests[0]?.url).toBe('/support/admin/tickets/ESC-00042/presence')
  })

  it('stops for good when the backend has no presence route', async () => {
    const api = stubFetch(() => ({ status: 404, body: { message: 'Not found' } }))
    const { wrapper } = render({ reference: 'ESC-00042' })
    await flushPromises()
    await vi.advanceTimersByTimeAsync(10 * 60_000)
    expect(api.requests).toHaveLength(1)
    expect(wrapper.text()).toBe('')
  })

  it('waits longer after each failure, silently', async () => {
    const api = stubFetch(() => ({ status: 500, body: { message: 'Server Error' } }))
    const { wrapper } = render({ reference: 'ESC-00042' })
    await flushPromises()
    await vi.advanceTimersByTimeAsync(60_000) // second attempt after 60 s (30 s doubled)
    expect(api.requests).toHaveLength(2)
    await vi.advanceTimersByTimeAsync(119_000) // the third waits 120 s
    expect(api.requests).toHaveLength(2)
    await vi.advanceTimersByTimeAsync(1_000)
    expect(api.requests).toHaveLength(3)
    expect(wrapper.text()).toBe('')
    expect(document.body.textContent).not.toContain('Server Error')
  })

  it('pauses while the tab is hidden and reports as soon as it is back', async () => {
    const api = stubFetch(() => viewers())
    render({ reference: 'ESC-00042' })
    await flushPromises()
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden')
    document.dispatchEvent(new Event('visibilitychange'))
    await vi.advanceTimersByTimeAsync(5 * 60_000)
    expect(api.requests).toHaveLength(1)
    visibility.mockReturnValue('visible')
    document.dispatchEvent(new Event('visibilitychange'))
    await flushPromises()
    expect(api.requests).toHaveLength(2)
  })

  it('reports for the new ticket when the agent moves on, dropping the old viewers', async () => {
    const api = stubFetch((request) =>
      request.url.includes('ESC-00042') ? viewers({ id: 3, name: 'Alice' }) : viewers(),
    )
    const { wrapper } = render({ reference: 'ESC-00042' })
    await flushPromises()
    expect(wrapper.text()).toContain('Alice')
    await wrapper.setProps({ reference: 'ESC-00043' })
    await flushPromises()
    expect(api.requests.map((request) => request.url)).toEqual([
      '/support/agent/tickets/ESC-00042/presence',
      '/support/agent/tickets/ESC-00043/presence',
    ])
    expect(wrapper.text()).toBe('')
  })
})
