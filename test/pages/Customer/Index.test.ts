import { beforeEach, describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import Index from '@/pages/Customer/Index.vue'
import { makePaginator, makeSharedProps, makeTicket, toAdonisCase } from '../../fixtures'
import { loadBackendPage } from '../../helpers/backendFixtures'
import { mountPage } from './mountPage'

const captured = loadBackendPage('snake_case', 'inertia-customer-index').props as Record<
  string,
  unknown
>

function page(tickets: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return {
    ...makeSharedProps({ user: { id: 4, name: 'Frank', email: 'f@example.test' } }),
    tickets,
    filters: {},
    ...extra,
  }
}

function rows(screen: ReturnType<typeof mountPage>['screen']) {
  return screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent?.trim())
}

beforeEach(() => localStorage.clear())

describe('Customer/Index', () => {
  describe('with the real captures', () => {
    it('lists the snake_case capture with links to each ticket', async () => {
      const { screen } = mountPage(Index, captured)
      await flushPromises()
      const link = screen.getByRole('link', { name: 'Customer: app crashes on export' })
      expect(link.getAttribute('href')).toBe('/support/ESC-00001')
      expect(screen.getByRole('link', { name: 'Customer: billing address change' })).toBeTruthy()
      expect(screen.getByText('Showing 1–2 of 2 results')).toBeTruthy()
    })

    it('shows the same tickets when the payload is camelCase with Lucid meta', async () => {
      const snake = captured.tickets as { data: unknown[] }
      const camel = mountPage(Index, {
        ...captured,
        tickets: makePaginator(toAdonisCase(snake.data) as unknown[], 'lucid'),
      })
      await flushPromises()
      const fromCamel = rows(camel.screen)
      camel.wrapper.unmount()
      const fromSnake = mountPage(Index, captured)
      await flushPromises()
      expect(rows(fromSnake.screen)).toEqual(fromCamel)
      expect(fromCamel).toHaveLength(2)
    })
  })

  it('paginates a length-aware paginator and loads other pages through the transport', async () => {
    const tickets = makePaginator([makeTicket({ id: 16 })], 'length-aware', { page: 2, total: 40 })
    const { screen, requests } = mountPage(Index, page(tickets), {
      pageUrl: '/support?status=open&page=2',
    })
    await flushPromises()
    expect(screen.getByRole('link', { name: 'Page 2' }).getAttribute('aria-current')).toBe('page')
    screen.getByRole('link', { name: 'Page 3' }).click()
    await flushPromises()
    expect(requests.at(-1)?.url).toBe('/support?status=open&page=3')
  })

  it('filters by status from a tab, keeping the search and dropping the page', async () => {
    const tickets = makePaginator([makeTicket()], 'lucid-snake')
    const { screen, requests } = mountPage(
      Index,
      page(tickets, { filters: { search: 'crash', page: '2' } }),
    )
    await flushPromises()
    const nav = screen.getByRole('navigation', { name: 'Filter by status' })
    expect(nav.querySelector('[aria-current="page"]')?.textContent?.trim()).toBe('All')
    screen.getByRole('link', { name: 'Resolved' }).click()
    await flushPromises()
    expect(requests.at(-1)).toMatchObject({
      url: '/support?search=crash&status=resolved',
      method: 'get',
      options: { preserveState: true },
    })
  })

  it('searches with the text typed, keeping the status filter', async () => {
    const { screen, wrapper, requests } = mountPage(
      Index,
      page(makePaginator([makeTicket()], 'length-aware'), { filters: { status: 'open' } }),
    )
    await flushPromises()
    await wrapper.find('input[type="search"]').setValue('  export ')
    await wrapper.find('form[role="search"]').trigger('submit')
    await flushPromises()
    expect(requests.at(-1)?.url).toBe('/support?status=open&search=export')
    expect(screen.getByRole('link', { name: 'Open' }).getAttribute('aria-current')).toBe('page')
  })

  describe('when there are no tickets', () => {
    it('invites the customer to open a first ticket', async () => {
      const { screen } = mountPage(Index, page(makePaginator([], 'length-aware')))
      await flushPromises()
      expect(screen.getByRole('heading', { name: 'You have no tickets yet' })).toBeTruthy()
      expect(
        screen.getByRole('link', { name: 'Open your first ticket' }).getAttribute('href'),
      ).toBe('/support/create')
      expect(screen.queryByRole('link', { name: 'Browse the help center' })).toBeNull()
    })

    it('links the knowledge base only when the backend has one', async () => {
      const props = page(makePaginator([], 'length-aware'))
      const { screen } = mountPage(Index, {
        ...props,
        escalated: { ...props.escalated, knowledge_base_enabled: true },
      })
      await flushPromises()
      expect(
        screen.getByRole('link', { name: 'Browse the help center' }).getAttribute('href'),
      ).toBe('/support/kb')
    })

    it('offers to clear the filters when they match nothing', async () => {
      const { screen, requests } = mountPage(
        Index,
        page(makePaginator([], 'lucid'), { filters: { status: 'closed', search: 'nope' } }),
      )
      await flushPromises()
      expect(screen.getByRole('heading', { name: 'No tickets match' })).toBeTruthy()
      screen.getByRole('button', { name: 'Show all tickets' }).click()
      await flushPromises()
      expect(requests.at(-1)?.url).toBe('/support')
    })
  })
})
