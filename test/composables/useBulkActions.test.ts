import { computed, defineComponent, h } from 'vue'
import { describe, expect, it } from 'vitest'
import { useBulkActions, type UseBulkActionsReturn } from '@/composables/useBulkActions'
import { normalizeTicketIndexProps } from '@/contract'
import { useEscalated } from '@/composables/useEscalated'
import { makePaginator, makeSharedProps, makeTicket, type RawTicket } from '../fixtures'
import { mountEscalated } from '../helpers/mount'

function page(tickets: RawTicket[], flash: string | null = null) {
  return {
    ...makeSharedProps(),
    flash: { success: flash, error: null },
    tickets: makePaginator(tickets, 'length-aware'),
  }
}

function setup(initial: RawTicket[]) {
  let bulk: UseBulkActionsReturn | undefined
  const Host = defineComponent({
    setup() {
      const { context } = useEscalated()
      const tickets = computed(
        () => normalizeTicketIndexProps(context.pageProps.value).tickets.items,
      )
      bulk = useBulkActions('escalated.agent.tickets.bulk', { tickets })
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

describe('useBulkActions', () => {
  it('posts ticket_ids[], action and value to the bulk route, keeping state and scroll', async () => {
    const { bulk, requests } = setup(three)
    await bulk.run({ action: 'assign', value: '2' }, [1, 3])
    expect(requests[0]).toMatchObject({
      url: '/support/agent/tickets/bulk',
      method: 'post',
      data: { ticket_ids: [1, 3], action: 'assign', value: '2' },
      options: { preserveState: true, preserveScroll: true },
    })
  })

  it('sends no value for a delete', async () => {
    const { bulk, requests } = setup(three)
    await bulk.run({ action: 'delete' }, [2])
    expect(requests[0]?.data).toEqual({ ticket_ids: [2], action: 'delete' })
  })

  it('reads each ticket’s outcome off the list the redirect brings back', async () => {
    const { bulk, transport, setPageProps } = setup(three)
    transport.respondWith(() => {
      // Ticket 2 could not move (the backend skips it silently); ticket 3 left the filtered view.
      setPageProps(
        page(
          [
            makeTicket({ id: 1, subject: 'One', status: 'resolved' }),
            makeTicket({ id: 2, subject: 'Two' }),
          ],
          '1 ticket(s) updated.',
        ),
      )
      return { status: 'ok' }
    })
    const state = await bulk.run({ action: 'status', value: 'resolved' }, [1, 2, 3])
    expect(state.status).toBe('done')
    if (state.status !== 'done') return
    expect(state.summary.message).toBe('1 ticket(s) updated.')
    expect(state.summary.results).toEqual([
      { id: 1, reference: 'ESC-00001', subject: 'One', outcome: 'applied' },
      { id: 2, reference: 'ESC-00002', subject: 'Two', outcome: 'skipped' },
      { id: 3, reference: 'ESC-00003', subject: 'Three', outcome: 'left-view' },
    ])
  })

  it('counts a deleted ticket as applied once it is gone from the list', async () => {
    const { bulk, transport, setPageProps } = setup(three)
    transport.respondWith(() => {
      setPageProps(page([makeTicket({ id: 3, subject: 'Three' })]))
      return { status: 'ok' }
    })
    const state = await bulk.run({ action: 'delete' }, [1, 3])
    expect(
      state.status === 'done' && state.summary.results.map((result) => result.outcome),
    ).toEqual(['applied', 'skipped'])
  })

  it('checks added tags against every tag now on the ticket', async () => {
    const { bulk, transport, setPageProps } = setup(three)
    transport.respondWith(() => {
      setPageProps(
        page([
          makeTicket({
            id: 1,
            tags: [
              { id: 1, name: 'Bug', slug: 'bug', color: '#000000', created_at: '', updated_at: '' },
              { id: 3, name: 'VIP', slug: 'vip', color: '#000000', created_at: '', updated_at: '' },
            ],
          }),
        ]),
      )
      return { status: 'ok' }
    })
    const state = await bulk.run({ action: 'tags', value: ['1', '3'] }, [1])
    expect(state.status === 'done' && state.summary.results[0]?.outcome).toBe('applied')
  })

  it('turns a failed request into a message and keeps nothing half-done', async () => {
    const { bulk, transport } = setup(three)
    transport.respondWith(() => ({ status: 'http-error', httpStatus: 500, message: null }))
    const state = await bulk.run({ action: 'priority', value: 'low' }, [1])
    expect(state).toEqual({
      status: 'failed',
      action: 'priority',
      message: 'Something went wrong on the server. Please try again.',
    })
  })

  it('shows the first validation message the server sent', async () => {
    const { bulk, transport } = setup(three)
    transport.respondWith(() => ({ status: 'invalid', errors: { value: 'The value is invalid.' } }))
    const state = await bulk.run({ action: 'status', value: 'x' }, [1])
    expect(state.status === 'failed' && state.message).toBe('The value is invalid.')
  })

  it('sends nothing without a selection, and nothing twice while running', async () => {
    const { bulk, transport, requests } = setup(three)
    await bulk.run({ action: 'delete' }, [])
    let finish: () => void = () => undefined
    transport.respondWith(
      () => new Promise((resolve) => (finish = () => resolve({ status: 'ok' }))),
    )
    const first = bulk.run({ action: 'delete' }, [1])
    expect(bulk.state.value).toEqual({ status: 'busy', action: 'delete', count: 1 })
    await bulk.run({ action: 'delete' }, [2])
    finish()
    await first
    expect(requests).toHaveLength(1)
  })

  it('forgets the last result when dismissed', async () => {
    const { bulk } = setup(three)
    await bulk.run({ action: 'priority', value: 'low' }, [1])
    bulk.dismiss()
    expect(bulk.state.value).toEqual({ status: 'idle' })
  })
})
