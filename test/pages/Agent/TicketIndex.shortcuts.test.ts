import { within } from '@testing-library/dom'
import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import TicketIndex from '@/pages/Agent/TicketIndex.vue'
import { makePaginator, makeSharedProps, makeTicket } from '../../fixtures'
import { mountEscalated } from '../../helpers/mount'
import { fakeViewsApi } from '../../components/agent/queueKit'

const LIST = '/support/agent/tickets'

async function render() {
  const props = {
    ...makeSharedProps(),
    tickets: makePaginator(
      [1, 2, 3].map((id) => makeTicket({ id, subject: `Ticket ${id}` })),
      'length-aware',
    ),
    filters: {},
    departments: [],
    tags: [],
  }
  const mounted = mountEscalated(TicketIndex, {
    props,
    pageProps: props,
    pageUrl: LIST,
    attach: true,
  })
  await flushPromises()
  const screen = within(document.body)
  const press = async (key: string, target: Element = document.activeElement ?? document.body) => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }))
    await flushPromises()
  }
  return { ...mounted, screen, press }
}

beforeEach(() => {
  fakeViewsApi('/support/agent/views')
})
afterEach(() => {
  localStorage.clear()
  vi.unstubAllGlobals()
})

describe('Agent/TicketIndex keyboard', () => {
  it('moves through tickets with j and k, selects with x and opens with Enter', async () => {
    const { screen, press, requests } = await render()
    await press('j')
    await press('j')
    expect(document.activeElement?.textContent).toBe('Ticket 2')
    await press('k')
    expect(document.activeElement?.textContent).toBe('Ticket 1')
    await press('x')
    expect(
      screen.getByRole<HTMLInputElement>('checkbox', { name: 'Select ESC-00001' }).checked,
    ).toBe(true)
    // Enter pressed outside a link opens the ticket under the cursor through the transport.
    await press('Enter', document.body)
    expect(requests.at(-1)?.url).toBe('/support/agent/tickets/ESC-00001')
  })

  it('focuses the search field with /', async () => {
    const { screen, press } = await render()
    await press('/')
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Search tickets' }))
  })

  it('opens the cheat sheet with ?, listing every shortcut and its key', async () => {
    const { screen, press } = await render()
    await press('?')
    const dialog = within(screen.getByRole('dialog', { name: 'Keyboard shortcuts' }))
    expect(dialog.getByText('Next ticket')).toBeTruthy()
    expect(
      dialog.getByRole<HTMLInputElement>('textbox', { name: 'Key for “Next ticket”' }).value,
    ).toBe('j')
  })

  it('can be switched off from the cheat sheet, and stays off', async () => {
    const { screen, press } = await render()
    screen.getByRole('button', { name: 'Keyboard shortcuts' }).click()
    await flushPromises()
    screen.getByRole('switch', { name: 'Single-key shortcuts' }).click()
    await flushPromises()
    expect(JSON.parse(localStorage.getItem('escalated:shortcuts') ?? '{}').enabled).toBe(false)
    screen.getByRole('button', { name: 'Done' }).click()
    await flushPromises()
    await press('j', document.body)
    expect(document.activeElement?.textContent).not.toBe('Ticket 1')
  })

  it('takes a new key for an action and refuses one that is already used', async () => {
    const { screen, press } = await render()
    screen.getByRole('button', { name: 'Keyboard shortcuts' }).click()
    await flushPromises()
    const dialog = within(screen.getByRole('dialog'))
    const next = dialog.getByRole<HTMLInputElement>('textbox', { name: 'Key for “Next ticket”' })
    next.value = 'k'
    next.dispatchEvent(new Event('input'))
    await flushPromises()
    expect(dialog.getByText('Already used for “Previous ticket”.')).toBeTruthy()
    expect(
      JSON.parse(localStorage.getItem('escalated:shortcuts') ?? 'null')?.keys?.next ?? 'j',
    ).toBe('j')
    next.value = 'n'
    next.dispatchEvent(new Event('input'))
    await flushPromises()
    dialog.getByRole('button', { name: 'Done' }).click()
    await flushPromises()
    await press('n', document.body)
    expect(document.activeElement?.textContent).toBe('Ticket 1')
  })
})
