import { computed, defineComponent, h } from 'vue'
import { describe, expect, it } from 'vitest'
import {
  useBulkActions,
  type BulkRoute,
  type UseBulkActionsReturn,
} from '@/composables/useBulkActions'
import { normalizeTicketIndexProps } from '@/contract'
import { useEscalated } from '@/composables/useEscalated'
import { makePaginator, makeSharedProps, makeTicket, type RawTicket } from '../fixtures'
import { deferred } from '../helpers/recordingTransport'
import { mountEscalated } from '../helpers/mount'

function page(tickets: RawTicket[], flash: { success?: string; error?: string } = {}) {
  return {
    ...makeSharedProps(),
    flash: { success: flash.success ?? null, error: flash.error ?? null },
    tickets: makePaginator(tickets, 'length-aware'),
  }
}

function setup(initial: RawTicket[], routeName: BulkRoute = 'escalated.agent.tickets.bulk') {
  let bulk: UseBulkActionsReturn | undefined
  const Host = defineComponent({
    setup() {
      const { context } = useEscalated()
      const tickets = computed(
        () => normalizeTicketIndexProps(context.pageProps.value).tickets.items,
      )
      bulk = useBulkActions(routeName, { tickets })
      return () => h('div')
    },
  })
  const mounted = mountEscalated(Host, { pageProps: page(initial) })
  if (!bulk) throw new Error('composable did not run')
  return { ...mounted, bulk }
}

const three = [
  makeTicket({ id: 1, subject: 'One' }),
  makeTicket({ id: 2, subject: 'Two' }),
  makeTicket({ id: 3, subject: 'Three' }),
]

describe('useBulkActions: macro', () => {
  it('posts macro_id to each selected ticket’s macro route in turn, then reloads the list', async () => {
    const { bulk, requests } = setup(three)
    await bulk.run({ action: 'macro', value: '7' }, [1, 3, 2])
    expect(requests.map((request) => [request.kind, request.url, request.data])).toEqual([
      ['visit', '/support/agent/tickets/ESC-00001/macro', { macro_id: '7' }],
      ['visit', '/support/agent/tickets/ESC-00003/macro', { macro_id: '7' }],
      ['visit', '/support/agent/tickets/ESC-00002/macro', { macro_id: '7' }],
      ['reload', '', undefined],
    ])
    expect(requests[0]).toMatchObject({
      method: 'post',
      options: { preserveScroll: true, preserveState: true, async: true },
    })
    expect(requests[3]?.options).toMatchObject({ only: ['tickets'] })
  })

  it('uses the admin macro route from the admin list', async () => {
    const { bulk, requests } = setup(three, 'escalated.admin.tickets.bulk')
    await bulk.run({ action: 'macro', value: '7' }, [2])
    expect(requests[0]?.url).toBe('/support/admin/tickets/ESC-00002/macro')
  })

  it('waits for one ticket before posting the next, counting progress', async () => {
    const { bulk, transport, requests } = setup(three)
    const first = deferred<{ status: 'ok' }>()
    transport.respondWith((visit) =>
      visit.url.includes('ESC-00001') ? first.promise : { status: 'ok' },
    )
    const running = bulk.run({ action: 'macro', value: '7' }, [1, 2])
    await Promise.resolve()
    expect(requests).toHaveLength(1)
    expect(bulk.state.value).toEqual({ status: 'busy', action: 'macro', count: 2, completed: 0 })
    first.resolve({ status: 'ok' })
    await running
    expect(requests.filter((request) => request.kind === 'visit')).toHaveLength(2)
  })

  it('reports each ticket: applied, or failed with the reason, and goes on after a failure', async () => {
    const { bulk, transport, setPageProps } = setup(three)
    transport.respondWith((visit) => {
      if (visit.url.includes('ESC-00002')) {
        return { status: 'http-error', httpStatus: 500, message: null }
      }
      if (visit.url.includes('ESC-00003')) {
        // A redirect back with a flash error: the server refused without an HTTP error.
        setPageProps(page(three, { error: 'Macro not found.' }))
        return { status: 'ok' }
      }
      setPageProps(page(three, { success: 'Macro "Close" applied.' }))
      return { status: 'ok' }
    })
    const state = await bulk.run({ action: 'macro', value: '7' }, [1, 2, 3])
    expect(state).toEqual({
      status: 'done',
      summary: {
        action: 'macro',
        message: null,
        results: [
          { id: 1, reference: 'ESC-00001', subject: 'One', outcome: 'applied' },
          {
            id: 2,
            reference: 'ESC-00002',
            subject: 'Two',
            outcome: 'failed',
            reason: 'Something went wrong on the server. Please try again.',
          },
          {
            id: 3,
            reference: 'ESC-00003',
            subject: 'Three',
            outcome: 'failed',
            reason: 'Macro not found.',
          },
        ],
      },
    })
  })

  it('reports the first validation message as the reason', async () => {
    const { bulk, transport } = setup(three)
    transport.respondWith((visit) =>
      visit.kind === 'visit'
        ? { status: 'invalid', errors: { macro_id: 'The selected macro is invalid.' } }
        : { status: 'ok' },
    )
    const state = await bulk.run({ action: 'macro', value: '99' }, [1])
    expect(state.status === 'done' && state.summary.results[0]?.reason).toBe(
      'The selected macro is invalid.',
    )
  })

  it('fails a selected ticket that is not on the page without posting for it', async () => {
    const { bulk, requests } = setup(three)
    const state = await bulk.run({ action: 'macro', value: '7' }, [42])
    expect(requests.filter((request) => request.kind === 'visit')).toEqual([])
    expect(state.status === 'done' && state.summary.results[0]).toMatchObject({
      id: 42,
      outcome: 'failed',
    })
  })
})
