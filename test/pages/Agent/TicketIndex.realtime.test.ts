import { within } from '@testing-library/dom'
import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import TicketIndex from '@/pages/Agent/TicketIndex.vue'
import { makePaginator, makeSharedProps, makeTicket } from '../../fixtures'
import { mountEscalated } from '../../helpers/mount'
import { fakeViewsApi } from '../../components/agent/queueKit'

function render(refresh?: { queue?: number }) {
  const props = {
    ...makeSharedProps(),
    tickets: makePaginator([makeTicket({ id: 1 }), makeTicket({ id: 2 })], 'length-aware'),
    filters: {},
    departments: [],
    tags: [],
  }
  const mounted = mountEscalated(TicketIndex, {
    props,
    pageProps: props,
    pageUrl: '/support/agent/tickets',
    attach: true,
    options: { refresh },
  })
  const reloads = () => mounted.requests.filter((request) => request.kind === 'reload')
  return { ...mounted, reloads, screen: within(document.body) }
}

beforeEach(() => {
  fakeViewsApi('/support/agent/views')
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
  })
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
  localStorage.clear()
})

describe('Agent/TicketIndex live updates', () => {
  it('reloads only the tickets every minute, alongside other visits', async () => {
    const { reloads } = render()
    await vi.advanceTimersByTimeAsync(60_000)
    expect(reloads()).toHaveLength(1)
    expect(reloads()[0]?.options).toEqual({ only: ['tickets'], preserveScroll: true, async: true })
  })

  it('follows the plugin’s refresh.queue interval, and stops polling at 0', async () => {
    const fast = render({ queue: 15_000 })
    await vi.advanceTimersByTimeAsync(30_000)
    expect(fast.reloads()).toHaveLength(2)
    fast.wrapper.unmount()

    const off = render({ queue: 0 })
    await vi.advanceTimersByTimeAsync(5 * 60_000)
    expect(off.reloads()).toHaveLength(0)
  })

  it('holds off while tickets are selected, so rows do not move under the agent', async () => {
    const { reloads, screen } = render()
    screen.getByRole('checkbox', { name: 'Select ESC-00001' }).click()
    await flushPromises()
    await vi.advanceTimersByTimeAsync(3 * 60_000)
    expect(reloads()).toHaveLength(0)
    expect(document.querySelector('[data-part="queue-realtime"]')?.textContent?.trim()).toBe(
      'Auto-refresh off',
    )
  })

  it('refreshes at once from the refresh button', async () => {
    const { reloads, screen } = render()
    await flushPromises()
    screen.getByRole('button', { name: 'Refresh the list' }).click()
    await flushPromises()
    expect(reloads()).toHaveLength(1)
  })
})

describe('Agent/TicketIndex manual refresh', () => {
  it('refreshes from the button even while tickets are selected', async () => {
    const { reloads, screen } = render()
    screen.getByRole('checkbox', { name: 'Select ESC-00002' }).click()
    await flushPromises()
    screen.getByRole('button', { name: 'Refresh the list' }).click()
    await flushPromises()
    expect(reloads()).toHaveLength(1)
  })
})
