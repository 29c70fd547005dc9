import { describe, expect, it } from 'vitest'
import { normalizePaginator, normalizeTicket } from '@/contract'
import { makePaginator, makeTicket } from '../fixtures'

const tickets = [makeTicket({ id: 16 }), makeTicket({ id: 17 })]
const toReference = (raw: unknown) => normalizeTicket(raw)?.reference ?? null

describe('normalizePaginator', () => {
  describe.each(['length-aware', 'lucid', 'lucid-snake'] as const)('with the %s shape', (shape) => {
    const page = normalizePaginator(
      makePaginator(tickets, shape, { page: 2, perPage: 15, total: 32 }),
      toReference,
    )

    it('reads the items of the page', () => {
      expect(page.items).toEqual(['ESC-00016', 'ESC-00017'])
    })

    it('reads the position in the list', () => {
      expect(page).toMatchObject({ page: 2, lastPage: 3, perPage: 15, total: 32 })
    })
  })

  it('reads the REST envelope', () => {
    const raw = { data: tickets, meta: { current_page: 1, last_page: 4, per_page: 2, total: 8 } }
    expect(normalizePaginator(raw, toReference)).toMatchObject({
      items: ['ESC-00016', 'ESC-00017'],
      page: 1,
      lastPage: 4,
      perPage: 2,
      total: 8,
    })
  })

  it('reads N’s plain {data, total}, using the requested page size to count pages', () => {
    const page = normalizePaginator({ data: tickets, total: 9 }, toReference, {
      perPage: 2,
      page: 3,
    })
    expect(page).toMatchObject({ page: 3, lastPage: 5, perPage: 2, total: 9 })
  })

  it('falls back to the default page size of 15 when nothing says otherwise', () => {
    expect(normalizePaginator({ data: tickets, total: 40 }, toReference)).toMatchObject({
      perPage: 15,
      lastPage: 3,
    })
  })

  it('reads a plain array with rails’ top-level meta (total_pages)', () => {
    const meta = { current_page: 2, per_page: 25, total: 60, total_pages: 3 }
    expect(normalizePaginator(tickets, toReference, { meta })).toMatchObject({
      items: ['ESC-00016', 'ESC-00017'],
      page: 2,
      lastPage: 3,
      perPage: 25,
      total: 60,
    })
  })

  it('gives one empty page when the list is missing', () => {
    expect(normalizePaginator(undefined, toReference)).toEqual({
      items: [],
      page: 1,
      lastPage: 1,
      perPage: 15,
      total: 0,
    })
  })

  it('drops entries the item normalizer rejects', () => {
    const raw = makePaginator([tickets[0], 'garbage', { subject: 'no id' }], 'length-aware')
    expect(normalizePaginator(raw, toReference).items).toEqual(['ESC-00016'])
  })

  it('keeps no backend page URL, so A’s wrong `/?page=N` links cannot leak', () => {
    const page = normalizePaginator(makePaginator(tickets, 'lucid', { total: 40 }), toReference)
    expect(JSON.stringify(page)).not.toContain('?page=')
  })
})
