import { within } from '@testing-library/dom'
import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import AdminTicketsIndex from '@/pages/Admin/Tickets/Index.vue'
import {
  makePaginator,
  makeSharedProps,
  makeTicket,
  makeUser,
  toAdonisCase,
} from '../../../fixtures'
import { mountEscalated } from '../../../helpers/mount'
import { fakeViewsApi } from '../../../components/agent/queueKit'

const LIST = '/support/admin/tickets'
const admin = makeUser({ id: 1, name: 'Alice Admin', email: 'alice@example.test' })
const agents = [
  admin,
  makeUser(),
  makeUser({ id: 3, name: 'Carol Agent', email: 'carol@example.test' }),
]

function props(overrides: Record<string, unknown> = {}) {
  return {
    ...makeSharedProps({ user: admin, escalated: { is_admin: true } }),
    tickets: makePaginator(
      [makeTicket({ id: 1, assigned_to: 3 }), makeTicket({ id: 2 })],
      'length-aware',
    ),
    filters: {},
    departments: [{ id: 2, name: 'Billing' }],
    tags: [],
    agents,
    savedViews: [
      { id: 5, name: 'Escalations', filters: { status: 'escalated' }, is_shared: true, user_id: 1 },
    ],
    ...overrides,
  }
}

function render(pageProps: Record<string, unknown>, pageUrl = LIST) {
  const mounted = mountEscalated(AdminTicketsIndex, {
    props: pageProps,
    pageProps,
    pageUrl,
    attach: true,
  })
  return { ...mounted, screen: within(document.body) }
}

afterEach(() => {
  localStorage.clear()
  vi.unstubAllGlobals()
})

describe('Admin/Tickets/Index', () => {
  it('links tickets to the admin ticket page', () => {
    fakeViewsApi('/support/admin/saved-views')
    const { screen } = render(props())
    expect(
      screen
        .getAllByRole('link', { name: 'Customer: app crashes on export' })[0]
        ?.getAttribute('href'),
    ).toBe('/support/admin/tickets/ESC-00001')
  })

  it('names the assignee from the agents list when Adonis sends only assigned_to', () => {
    fakeViewsApi('/support/admin/saved-views')
    const adonis = props({
      tickets: makePaginator([toAdonisCase(makeTicket({ id: 1, assigned_to: 3 }))], 'lucid'),
    })
    const { screen } = render(adonis)
    expect(within(screen.getByRole('table')).getByText('Carol Agent')).toBeTruthy()
  })

  it('shows the saved views Laravel sends before any request answers', () => {
    stubNothing()
    const { screen } = render(props())
    expect(screen.getByRole('link', { name: /Escalations/ })).toBeTruthy()
  })

  it('loads saved views from the admin API on the admin list', async () => {
    const api = fakeViewsApi('/support/admin/saved-views', [
      { id: 9, name: 'Mine', filters: { assigned_to: '1' }, is_shared: false, user_id: 1 },
    ])
    const { screen } = render(props())
    await flushPromises()
    expect(api.requests[0]?.url).toBe('/support/admin/saved-views')
    expect(screen.getByRole('link', { name: 'Mine' })).toBeTruthy()
  })

  it('offers the snoozed filter Laravel adds on the admin list', async () => {
    fakeViewsApi('/support/admin/saved-views')
    const { screen } = render(props(), `${LIST}?snoozed=1`)
    expect(screen.getByRole('combobox', { name: 'Snoozed' })).toBeTruthy()
  })

  it('remembers its columns apart from the agent list', async () => {
    fakeViewsApi('/support/admin/saved-views')
    localStorage.setItem('escalated:queue:admin:columns', JSON.stringify(['subject', 'assignee']))
    localStorage.setItem('escalated:queue:agent:columns', JSON.stringify(['subject']))
    const { screen } = render(props())
    await flushPromises()
    const table = screen.getByRole('table')
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent?.trim()),
    ).toEqual(['', 'Subject', 'Assignee'])
  })
})

/** A backend that never answers, so only the page's own props are on screen. */
function stubNothing() {
  vi.stubGlobal('fetch', () => new Promise(() => undefined))
}
