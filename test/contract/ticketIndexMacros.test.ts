import { describe, expect, it } from 'vitest'
import { normalizeTicketIndexProps } from '@/contract'
import { loadBackendPage } from '../helpers/backendFixtures'
import { makePaginator, makeTicket } from '../fixtures'

describe('normalizeTicketIndexProps: macros', () => {
  it('has no macros on the stock Adonis capture, which does not send them', () => {
    const raw = loadBackendPage('snake_case', 'inertia-agent-ticket-index').props
    expect(normalizeTicketIndexProps(raw).macros).toEqual([])
  })

  it('reads the macros a host sends, dropping entries without an id', () => {
    const props = normalizeTicketIndexProps({
      tickets: makePaginator([makeTicket()], 'length-aware'),
      macros: [
        {
          id: 4,
          name: 'Close as duplicate',
          description: '',
          actions: [{ type: 'status', value: 'closed' }],
          created_by: 1,
          is_shared: 1,
          order: 2,
        },
        { name: 'No id' },
      ],
    })
    expect(props.macros).toEqual([
      {
        id: 4,
        name: 'Close as duplicate',
        description: null,
        actions: [{ type: 'status', value: 'closed' }],
        created_by: 1,
        is_shared: true,
        order: 2,
      },
    ])
  })

  it('treats a malformed macros prop as none', () => {
    expect(normalizeTicketIndexProps({ tickets: [], macros: 'nope' }).macros).toEqual([])
  })
})
