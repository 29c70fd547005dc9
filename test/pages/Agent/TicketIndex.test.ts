import { within } from '@testing-library/dom'
import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import TicketIndex from '@/pages/Agent/TicketIndex.vue'
import {
  makePaginator,
  makeSharedProps,
  makeTag,
  makeTicket,
  makeUser,
  toAdonisCase,
  type PaginatorShape,
} from '../../fixtures'
import { loadBackendPage } from '../../helpers/backendFixtures'
import { mountEscalated } from '../../helpers/mount'
import { fakeViewsApi } from '../../components/agent/queueKit'

const LIST = '/support/agent/tickets'

function pageProps(shape: PaginatorShape, overrides: Record<string, unknown> = {}) {
  const tickets = [
    makeTicket({ id: 1, subject: 'Export crashes', tags: [makeTag()] }),
    makeTicket({ id: 2, subject: 'Refund please', priority: 'urgent' }),
    makeTicket({ id: 3, subject: 'Login loop', status: 'in_progress' }),
  ]
  const items = shape === 'length-aware' ? tickets : tickets.map(toAdonisCase)
  return {
    ...makeSharedProps(),
    tickets: makePaginator(items, shape, { page: 2, perPage: 3, total: 9 }),
    filters: {},
    departments: [{ id: 2, name: 'Billing' }],
    tags: [{ id: 1, name: 'Bug', color: '#ef4444' }],
    ...overrides,
  }
}

function render(props: Record<string, unknown>, pageUrl = `${LIST}?page=2`) {
  const mounted = mountEscalated(TicketIndex, { props, pageProps: props, pageUrl, attach: true })
  return { ...mounted, screen: within(mounted.wrapper.element.parentElement ?? document.body) }
}

beforeEach(() => {
  fakeViewsApi('/support/agent/views')
})

afterEach(() => {
  localStorage.clear()
  vi.unstubAllGlobals()
})

describe('Agent/TicketIndex', () => {
  describe.each<PaginatorShape>(['length-aware', 'lucid', 'lucid-snake'])(
    'with a %s paginator',
    (shape) => {
      it('lists every ticket of the page with its subject as a link to the ticket', () => {
        const { screen } = render(pageProps(shape))
        const link = screen.getByRole('link', { name: 'Refund please' })
        expect(link.getAttribute('href')).toBe('/support/agent/tickets/ESC-00002')
        expect(screen.getAllByRole('checkbox', { name: /^Select ESC-/ })).toHaveLength(3)
      })

      it('renders pagination built from the current URL, not the backend page URLs', () => {
        const { screen } = render(pageProps(shape))
        expect(screen.getByRole('link', { name: 'Page 3' }).getAttribute('href')).toBe(
          `${LIST}?page=3`,
        )
        expect(screen.getByText('Showing 4–6 of 9 results')).toBeTruthy()
      })
    },
  )

  it('visits page 2 through the transport, keeping filters and component state', async () => {
    const { screen, requests } = render(pageProps('length-aware'), `${LIST}?status=open&page=2`)
    screen.getByRole('link', { name: 'Page 3' }).click()
    await flushPromises()
    expect(requests.at(-1)?.url).toBe(`${LIST}?status=open&page=3`)
    expect(requests.at(-1)?.options.preserveState).toBe(true)
  })

  it('renders the real snake_case capture with its ticket and a pagination summary', () => {
    const page = loadBackendPage('snake_case', 'inertia-agent-ticket-index')
    const props = page.props as Record<string, unknown>
    const { screen } = render(props, page.url)
    expect(screen.getByRole('link', { name: 'Customer: app crashes on export' })).toBeTruthy()
    expect(screen.getByText('Showing 1–1 of 1 result')).toBeTruthy()
    // "Unknown" with an empty email is an unresolved requester, not a person called Unknown.
    expect(screen.getByText('Unknown requester')).toBeTruthy()
  })

  it('shows an empty state that offers to clear filters when nothing matches', async () => {
    const props = pageProps('length-aware', { tickets: makePaginator([], 'length-aware') })
    const { screen, requests } = render(props, `${LIST}?status=closed`)
    expect(screen.getByRole('heading', { name: 'No tickets match these filters' })).toBeTruthy()
    const empty = document.querySelector<HTMLElement>('[data-part="empty-state"]')
    within(empty ?? document.body)
      .getByRole('button', { name: 'Clear filters' })
      .click()
    await flushPromises()
    expect(requests.at(-1)?.url).toBe(LIST)
  })

  it('offers "My tickets" for the signed-in agent', async () => {
    const { screen, requests } = render(
      pageProps('length-aware', { ...makeSharedProps({ user: makeUser({ id: 7 }) }) }),
    )
    screen.getByRole('button', { name: 'My tickets' }).click()
    await flushPromises()
    expect(requests.at(-1)?.url).toBe(`${LIST}?assigned_to=7`)
  })
})

describe('Agent/TicketIndex columns', () => {
  it('restores the column choice remembered for the agent list', async () => {
    localStorage.setItem('escalated:queue:agent:columns', JSON.stringify(['status', 'subject']))
    const { screen } = render(pageProps('length-aware'))
    await flushPromises()
    const headers = screen.getAllByRole('columnheader').map((th) => th.textContent?.trim())
    expect(headers).toEqual(['', 'Subject', 'Status'])
  })

  it('ignores the admin list’s column choice', async () => {
    localStorage.setItem('escalated:queue:admin:columns', JSON.stringify(['subject']))
    const { screen } = render(pageProps('length-aware'))
    await flushPromises()
    expect(screen.getByRole('columnheader', { name: 'Requester' })).toBeTruthy()
  })

  it('remembers a column hidden through the column chooser', async () => {
    const { screen } = render(pageProps('length-aware'))
    await flushPromises()
    const trigger = screen.getByRole('button', { name: 'Columns' })
    trigger.click()
    await flushPromises()
    const item = within(document.body).getByRole('menuitemcheckbox', { name: 'Requester' })
    expect(item.getAttribute('aria-checked')).toBe('true')
    item.click()
    await flushPromises()
    expect(JSON.parse(localStorage.getItem('escalated:queue:agent:columns') ?? '[]')).not.toContain(
      'requester',
    )
    expect(screen.queryByRole('columnheader', { name: 'Requester' })).toBeNull()
  })
})
