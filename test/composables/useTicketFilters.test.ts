import { flushPromises } from '@vue/test-utils'
import { defineComponent, h } from 'vue'
import { describe, expect, it } from 'vitest'
import {
  mergeQuery,
  parseListQuery,
  useTicketFilters,
  type UseTicketFiltersReturn,
} from '@/composables/useTicketFilters'
import type { ListFilters } from '@/contract'
import { mountEscalated } from '../helpers/mount'

const LIST = '/support/agent/tickets'

function setup(pageUrl: string, echo: ListFilters = {}) {
  let filters: UseTicketFiltersReturn | undefined
  const Host = defineComponent({
    setup() {
      filters = useTicketFilters('escalated.agent.tickets.index', { echo: () => echo })
      return () => h('div')
    },
  })
  const mounted = mountEscalated(Host, { pageUrl })
  if (!filters) throw new Error('composable did not run')
  return { ...mounted, filters }
}

describe('parseListQuery', () => {
  it('reads repeated bracket keys as lists and skips empty values', () => {
    expect(parseListQuery('/x?tag_ids[]=1&tag_ids[]=3&status=open&search=')).toEqual({
      tag_ids: ['1', '3'],
      status: 'open',
    })
  })

  it('reads indexed bracket keys as lists too', () => {
    expect(parseListQuery('/x?tag_ids[0]=2&tag_ids[1]=4')).toEqual({ tag_ids: ['2', '4'] })
  })
})

describe('mergeQuery', () => {
  it('drops keys set to null, empty strings or empty lists and stringifies the rest', () => {
    expect(
      mergeQuery(
        { status: 'open', search: 'x', tag_ids: ['1'] },
        {
          status: null,
          search: '',
          tag_ids: [],
          sla_breached: true,
          department_id: 2,
        },
      ),
    ).toEqual({ sla_breached: '1', department_id: '2' })
  })
})

describe('useTicketFilters', () => {
  it('prefers the URL over the backend echo and leaves the page number out', () => {
    const { filters } = setup(`${LIST}?status=open&page=3`, { status: 'closed', priority: 'high' })
    expect(filters.query.value).toEqual({ status: 'open', priority: 'high' })
    expect(filters.activeCount.value).toBe(2)
  })

  it('visits the list with the patch applied, back on page 1, keeping state and scroll', async () => {
    const { filters, requests } = setup(`${LIST}?status=open&page=4&sort_by=subject&sort_dir=asc`)
    await filters.apply({ priority: 'high', status: null })
    expect(requests).toHaveLength(1)
    expect(requests[0]?.url).toBe(`${LIST}?sort_by=subject&sort_dir=asc&priority=high`)
    expect(requests[0]?.options).toMatchObject({
      preserveState: true,
      preserveScroll: true,
      replace: false,
    })
  })

  it('sends tag filters as tag_ids[] like Laravel and Adonis read them', async () => {
    const { filters, requests } = setup(LIST)
    await filters.apply({ tag_ids: ['1', '3'] })
    expect(requests[0]?.url).toBe(`${LIST}?tag_ids[]=1&tag_ids[]=3`)
  })

  it('replaces the history entry for typed searches when asked', async () => {
    const { filters, requests } = setup(LIST)
    await filters.apply({ search: 'refund' }, { replace: true })
    expect(requests[0]?.options.replace).toBe(true)
  })

  it('sorts a new column ascending and flips the direction of the current one', async () => {
    const { filters, requests } = setup(`${LIST}?sort_by=priority&sort_dir=asc`)
    expect(filters.sort.value).toEqual({ by: 'priority', dir: 'asc' })
    await filters.toggleSort('priority')
    await filters.toggleSort('subject')
    expect(requests.map((request) => request.url)).toEqual([
      `${LIST}?sort_by=priority&sort_dir=desc`,
      `${LIST}?sort_by=subject&sort_dir=asc`,
    ])
  })

  it('falls back to newest first for a sort the backends do not know', () => {
    const { filters } = setup(`${LIST}?sort_by=colour`)
    expect(filters.sort.value).toEqual({ by: 'created_at', dir: 'desc' })
  })

  it('clears every filter but keeps sort and page size', async () => {
    const { filters, requests } = setup(
      `${LIST}?status=open&unassigned=1&search=x&sort_by=subject&per_page=50`,
    )
    await filters.clear()
    expect(requests[0]?.url).toBe(`${LIST}?sort_by=subject&per_page=50`)
  })

  it('opens a saved view with exactly its filters, keeping only the page size', async () => {
    const { filters, requests } = setup(`${LIST}?status=open&per_page=25`)
    await filters.replaceAll({ priority: 'urgent', unassigned: true, tag_ids: [2] })
    expect(requests[0]?.url).toBe(`${LIST}?per_page=25&priority=urgent&unassigned=1&tag_ids[]=2`)
  })

  it('reports busy while a filter visit runs', async () => {
    const { filters, transport } = setup(LIST)
    let finish: () => void = () => undefined
    transport.respondWith(
      () =>
        new Promise((resolve) => {
          finish = () => resolve({ status: 'ok' })
        }),
    )
    const visit = filters.apply({ status: 'open' })
    expect(filters.busy.value).toBe(true)
    finish()
    await visit
    await flushPromises()
    expect(filters.busy.value).toBe(false)
  })
})
