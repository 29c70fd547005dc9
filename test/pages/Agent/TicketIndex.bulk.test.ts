import { within } from '@testing-library/dom'
import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import TicketIndex from '@/pages/Agent/TicketIndex.vue'
import { makePaginator, makeSharedProps, makeTicket, type RawTicket } from '../../fixtures'
import { mountEscalated } from '../../helpers/mount'
import { fakeViewsApi } from '../../components/agent/queueKit'

const LIST = '/support/agent/tickets'
const tickets = [1, 2, 3, 4].map((id) => makeTicket({ id, subject: `Ticket ${id}` }))

function props(
  items: RawTicket[],
  options: { total?: number; perPage?: number; flash?: string } = {},
) {
  return {
    ...makeSharedProps(),
    flash: { success: options.flash ?? null, error: null },
    tickets: makePaginator(items, 'length-aware', {
      total: options.total ?? items.length,
      perPage: options.perPage ?? 15,
    }),
    filters: {},
    departments: [{ id: 2, name: 'Billing' }],
    tags: [],
  }
}

function render(pageProps = props(tickets)) {
  const mounted = mountEscalated(TicketIndex, {
    props: pageProps,
    pageProps,
    pageUrl: LIST,
    attach: true,
  })
  const screen = within(document.body)
  const box = (reference: string) =>
    screen.getByRole<HTMLInputElement>('checkbox', { name: `Select ${reference}` })
  const choose = async (label: string, value: string) => {
    const select = screen.getByRole<HTMLSelectElement>('combobox', { name: label })
    select.value = value
    select.dispatchEvent(new Event('change'))
    await flushPromises()
  }
  const selectedText = () => document.querySelector('[data-part="bulk-count"]')?.textContent?.trim()
  // Page props change as the Inertia response would, so the page re-renders with them.
  const respondWith = (next: ReturnType<typeof props>) => {
    mounted.setPageProps(next)
    return mounted.wrapper.setProps(next)
  }
  return { ...mounted, screen, box, choose, respondWith, selectedText }
}

beforeEach(() => {
  fakeViewsApi('/support/agent/views')
})
afterEach(() => {
  localStorage.clear()
  vi.unstubAllGlobals()
})

describe('Agent/TicketIndex bulk selection', () => {
  it('selects a range with shift-click and counts it', async () => {
    const { box, selectedText } = render()
    box('ESC-00001').click()
    box('ESC-00003').dispatchEvent(new MouseEvent('click', { bubbles: true, shiftKey: true }))
    await flushPromises()
    expect([1, 2, 3, 4].map((id) => box(`ESC-0000${id}`).checked)).toEqual([
      true,
      true,
      true,
      false,
    ])
    expect(selectedText()).toBe('3 tickets selected')
  })

  it('selects the whole page from the header checkbox and mixes it for part of the page', async () => {
    const { screen, box, selectedText } = render()
    const header = screen.getByRole<HTMLInputElement>('checkbox', {
      name: 'Select all tickets on this page',
    })
    header.click()
    await flushPromises()
    expect(selectedText()).toBe('4 tickets selected')
    box('ESC-00002').click()
    await flushPromises()
    expect(header.indeterminate).toBe(true)
  })

  it('offers every matching ticket once the page is selected, loading them in one page', async () => {
    const { screen, transport, respondWith, selectedText } = render(
      props(tickets, { total: 6, perPage: 4 }),
    )
    screen.getByRole('checkbox', { name: 'Select all tickets on this page' }).click()
    await flushPromises()
    const all = [...tickets, makeTicket({ id: 5 }), makeTicket({ id: 6 })]
    transport.respondWith(async () => {
      await respondWith(props(all, { total: 6, perPage: 6 }))
      return { status: 'ok' }
    })
    screen.getByRole('button', { name: 'Select all 6 matching tickets' }).click()
    await flushPromises()
    expect(transport.requests.at(-1)?.url).toBe(`${LIST}?per_page=6`)
    expect(selectedText()).toBe('6 tickets selected')
  })
  it('says how many were selected when the server caps the page size', async () => {
    const { screen, transport, respondWith, selectedText } = render(
      props(tickets, { total: 9, perPage: 4 }),
    )
    screen.getByRole('checkbox', { name: 'Select all tickets on this page' }).click()
    await flushPromises()
    const capped = [...tickets, makeTicket({ id: 5 }), makeTicket({ id: 6 })]
    transport.respondWith(async () => {
      await respondWith(props(capped, { total: 9, perPage: 6 }))
      return { status: 'ok' }
    })
    screen.getByRole('button', { name: 'Select all 9 matching tickets' }).click()
    await flushPromises()
    expect(selectedText()).toBe('6 tickets selected')
    expect(document.querySelector('[data-part="bulk-notice"]')?.textContent?.trim()).toBe(
      'The server sent 6 of 9 matching tickets; only those are selected.',
    )
    expect(screen.queryByRole('button', { name: /matching tickets/ })).toBeNull()
  })
})

describe('Agent/TicketIndex bulk actions', () => {
  it('assigns the selection to the signed-in agent, reports each ticket and clears the selection', async () => {
    const { screen, box, choose, transport, respondWith } = render()
    box('ESC-00001').click()
    box('ESC-00002').click()
    await flushPromises()
    await choose('Bulk action', 'assign')
    await choose('Assign to', '2')
    transport.respondWith(async () => {
      const updated = tickets.map((ticket) =>
        ticket.id <= 2 ? { ...ticket, assigned_to: 2 } : ticket,
      )
      await respondWith(props(updated, { flash: '2 ticket(s) updated.' }))
      return { status: 'ok' }
    })
    screen.getByRole('button', { name: 'Apply' }).click()
    await flushPromises()
    expect(transport.requests.at(-1)).toMatchObject({
      url: '/support/agent/tickets/bulk',
      method: 'post',
      data: { ticket_ids: [1, 2], action: 'assign', value: '2' },
    })
    const status = screen.getByText('Assignment finished').closest('[role="status"]')
    expect(status?.textContent).toContain('2 tickets updated')
    expect(box('ESC-00001').checked).toBe(false)
    expect(
      document.querySelectorAll('[data-part="bulk-summary-item"][data-outcome="applied"]'),
    ).toHaveLength(2)
  })

  it('asks before deleting and sends nothing when the agent backs out', async () => {
    const { screen, box, choose, requests } = render()
    box('ESC-00001').click()
    box('ESC-00004').click()
    await flushPromises()
    await choose('Bulk action', 'delete')
    screen.getByRole('button', { name: 'Delete…' }).click()
    await flushPromises()
    const dialog = screen.getByRole('alertdialog', { name: 'Delete 2 tickets?' })
    within(dialog).getByRole('button', { name: 'Cancel' }).click()
    await flushPromises()
    expect(requests.filter((request) => request.method === 'post')).toHaveLength(0)
    expect(screen.queryByRole('alertdialog')).toBeNull()
  })

  it('deletes after the confirmation', async () => {
    const { screen, box, choose, requests } = render()
    box('ESC-00003').click()
    await flushPromises()
    await choose('Bulk action', 'delete')
    screen.getByRole('button', { name: 'Delete…' }).click()
    await flushPromises()
    within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete ticket' }).click()
    await flushPromises()
    expect(requests.at(-1)?.data).toEqual({ ticket_ids: [3], action: 'delete' })
  })

  it('keeps the selection and says why when the request fails', async () => {
    const { screen, box, choose, transport } = render()
    box('ESC-00002').click()
    await flushPromises()
    await choose('Bulk action', 'priority')
    await choose('New priority', 'low')
    transport.respondWith(() => ({ status: 'network-error', message: 'offline' }))
    screen.getByRole('button', { name: 'Apply' }).click()
    await flushPromises()
    const alerts = screen.getAllByRole('alert').map((alert) => alert.textContent ?? '')
    expect(alerts.some((text) => text.includes("We couldn't reach the server"))).toBe(true)
    expect(box('ESC-00002').checked).toBe(true)
  })
})

describe('Agent/TicketIndex selection announcements', () => {
  it('announces the selection count in a polite live region that is always present', async () => {
    const { box } = render()
    const announcer = document.querySelector('[data-part="bulk-announcer"]')
    expect(announcer?.getAttribute('aria-live')).toBe('polite')
    expect(announcer?.textContent?.trim()).toBe('')
    box('ESC-00002').click()
    await flushPromises()
    expect(announcer?.textContent?.trim()).toBe('1 ticket selected')
  })
})
