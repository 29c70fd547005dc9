import { within } from '@testing-library/dom'
import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import TicketIndex from '@/pages/Agent/TicketIndex.vue'
import { makePaginator, makeSharedProps, makeTicket } from '../../fixtures'
import { mountEscalated } from '../../helpers/mount'
import { fakeViewsApi, type FakeView } from '../../components/agent/queueKit'

const LIST = '/support/agent/tickets'
const urgent: FakeView = {
  id: 4,
  name: 'Urgent',
  filters: { priority: 'urgent' },
  is_shared: false,
  user_id: 2,
}
const theirs: FakeView = {
  id: 6,
  name: 'Team VIP',
  filters: { tag_ids: ['3'] },
  is_shared: true,
  user_id: 3,
}

async function render(
  pageUrl: string,
  views: FakeView[] = [urgent, theirs],
  base = '/support/agent/views',
) {
  const api = fakeViewsApi(base, views)
  const props = {
    ...makeSharedProps(),
    tickets: makePaginator([makeTicket()], 'length-aware'),
    filters: {},
    departments: [],
    tags: [],
  }
  const mounted = mountEscalated(TicketIndex, { props, pageProps: props, pageUrl, attach: true })
  await flushPromises()
  const screen = within(document.body)
  const sidebar = within(screen.getByRole('navigation', { name: 'Saved views' }))
  return { ...mounted, api, screen, sidebar }
}

async function type(input: HTMLElement, value: string) {
  if (!(input instanceof HTMLInputElement)) throw new Error('not an input')
  input.value = value
  input.dispatchEvent(new Event('input'))
  await flushPromises()
}

afterEach(() => {
  localStorage.clear()
  vi.unstubAllGlobals()
})

describe('Agent/TicketIndex saved views', () => {
  it('lists the views from the server, with a menu only on the agent’s own', async () => {
    const { sidebar } = await render(LIST)
    expect(sidebar.getByRole('link', { name: 'Urgent' })).toBeTruthy()
    expect(sidebar.getByRole('link', { name: /Team VIP/ }).textContent).toContain('Shared')
    expect(sidebar.getByRole('button', { name: 'Actions for Urgent' })).toBeTruthy()
    expect(sidebar.queryByRole('button', { name: 'Actions for Team VIP' })).toBeNull()
  })

  it('saves the current filters and sort, without the page size, and marks the view current', async () => {
    const { screen, sidebar, api } = await render(
      `${LIST}?status=open&priority=high&sort_by=subject&per_page=25`,
    )
    sidebar.getByRole('button', { name: 'Save view' }).click()
    await flushPromises()
    const dialog = within(screen.getByRole('dialog', { name: 'Save the current filters' }))
    await type(dialog.getByRole('textbox', { name: /Name/ }), 'Open and high')
    dialog.getByRole('checkbox', { name: 'Share with other agents' }).click()
    dialog.getByRole('button', { name: 'Save view' }).click()
    await flushPromises()
    expect(api.requests.find((request) => request.method === 'POST')?.body).toEqual({
      name: 'Open and high',
      filters: { status: 'open', priority: 'high', sort_by: 'subject' },
      is_shared: true,
    })
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(sidebar.getByRole('link', { name: /Open and high/ }).getAttribute('aria-current')).toBe(
      'page',
    )
    expect(screen.getByText('View saved.')).toBeTruthy()
  })

  it('asks for a name instead of saving an unnamed view', async () => {
    const { screen, sidebar, api } = await render(LIST)
    sidebar.getByRole('button', { name: 'Save view' }).click()
    await flushPromises()
    const dialog = within(screen.getByRole('dialog'))
    dialog.getByRole('button', { name: 'Save view' }).click()
    await flushPromises()
    expect(dialog.getByText('Give the view a name.')).toBeTruthy()
    expect(api.requests.some((request) => request.method === 'POST')).toBe(false)
  })

  it('reopens a view by visiting the list with exactly its filters', async () => {
    const { sidebar, requests } = await render(`${LIST}?status=closed&per_page=50`)
    const link = sidebar.getByRole('link', { name: 'Urgent' })
    expect(link.getAttribute('href')).toBe(`${LIST}?per_page=50&priority=urgent`)
    link.click()
    await flushPromises()
    expect(requests.at(-1)?.url).toBe(`${LIST}?per_page=50&priority=urgent`)
    expect(requests.at(-1)?.options.preserveState).toBe(true)
  })

  it('marks the view whose filters are in force, whatever their order', async () => {
    const { sidebar } = await render(`${LIST}?priority=urgent&page=2`)
    expect(sidebar.getByRole('link', { name: 'Urgent' }).getAttribute('aria-current')).toBe('page')
    expect(
      sidebar.getByRole('link', { name: 'All tickets' }).getAttribute('aria-current'),
    ).toBeNull()
  })

  it('renames a view from its menu', async () => {
    const { screen, sidebar, api } = await render(LIST)
    sidebar.getByRole('button', { name: 'Actions for Urgent' }).click()
    await flushPromises()
    screen.getByRole('menuitem', { name: 'Rename' }).click()
    await flushPromises()
    const dialog = within(screen.getByRole('dialog', { name: 'Rename view' }))
    const name = dialog.getByRole<HTMLInputElement>('textbox', { name: /Name/ })
    expect(name.value).toBe('Urgent')
    await type(name, 'Fire')
    dialog.getByRole('button', { name: 'Rename' }).click()
    await flushPromises()
    expect(api.requests.find((request) => request.method === 'PUT')).toMatchObject({
      url: '/support/agent/views/4',
      body: { name: 'Fire', filters: { priority: 'urgent' }, is_shared: false },
    })
    expect(sidebar.getByRole('link', { name: 'Fire' })).toBeTruthy()
  })

  it('shares a view from its menu', async () => {
    const { screen, sidebar, api } = await render(LIST)
    sidebar.getByRole('button', { name: 'Actions for Urgent' }).click()
    await flushPromises()
    screen.getByRole('menuitem', { name: 'Share with agents' }).click()
    await flushPromises()
    expect(api.requests.find((request) => request.method === 'PUT')?.body).toMatchObject({
      is_shared: true,
    })
  })

  it('deletes a view only after the confirmation', async () => {
    const { screen, sidebar, api } = await render(LIST)
    sidebar.getByRole('button', { name: 'Actions for Urgent' }).click()
    await flushPromises()
    screen.getByRole('menuitem', { name: 'Delete view' }).click()
    await flushPromises()
    const dialog = within(screen.getByRole('alertdialog', { name: 'Delete “Urgent”?' }))
    expect(api.requests.some((request) => request.method === 'DELETE')).toBe(false)
    dialog.getByRole('button', { name: 'Delete view' }).click()
    await flushPromises()
    expect(api.requests.find((request) => request.method === 'DELETE')?.url).toBe(
      '/support/agent/views/4',
    )
    expect(sidebar.queryByRole('link', { name: 'Urgent' })).toBeNull()
  })

  it('says so, and offers no saving, when the backend has no saved-view API', async () => {
    const { sidebar } = await render(LIST, [], '/nowhere')
    expect(sidebar.getByText('This server does not offer saved views.')).toBeTruthy()
    expect(sidebar.getByRole<HTMLButtonElement>('button', { name: 'Save view' }).disabled).toBe(
      true,
    )
  })
})
