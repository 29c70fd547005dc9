import { within } from '@testing-library/dom'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import QueueTable from '@/components/agent/QueueTable.vue'
import { QUEUE_COLUMNS, type QueueColumn } from '@/components/agent/queueColumns'
import { normalizeTicket, type Ticket } from '@/contract'
import { makeTag, makeTicket, makeUser, FIXED_TIME } from '../../fixtures'

function tickets(count: number): Ticket[] {
  return Array.from({ length: count }, (_, index) => {
    const ticket = normalizeTicket(makeTicket({ id: index + 1, subject: `Ticket ${index + 1}` }))
    if (!ticket) throw new Error('fixture did not normalize')
    return ticket
  })
}

function render(props: Partial<InstanceType<typeof QueueTable>['$props']> = {}) {
  const wrapper = mount(QueueTable, {
    props: {
      tickets: tickets(3),
      columns: [...QUEUE_COLUMNS],
      caption: 'Ticket queue',
      ticketHref: (ticket: Ticket) => `/support/agent/tickets/${ticket.reference}`,
      now: Date.parse(FIXED_TIME),
      ...props,
    },
  })
  return { wrapper, screen: within(wrapper.element as HTMLElement) }
}

describe('QueueTable', () => {
  it('is a table named by its caption, with one column header per visible column', () => {
    const { screen } = render({ columns: ['reference', 'subject', 'status'] })
    const table = screen.getByRole('table', { name: 'Ticket queue' })
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent?.trim()),
    ).toEqual(['Reference', 'Subject', 'Status'])
  })

  it('marks the sorted column with aria-sort and emits the backend sort key when a header is pressed', async () => {
    const { screen, wrapper } = render({ sort: { by: 'subject', dir: 'asc' } })
    expect(screen.getByRole('columnheader', { name: /Subject/ }).getAttribute('aria-sort')).toBe(
      'ascending',
    )
    expect(
      screen.getByRole('columnheader', { name: /Priority/ }).getAttribute('aria-sort'),
    ).toBeNull()
    await wrapper.get('th:nth-child(5) button').trigger('click')
    await screen.getByRole('button', { name: /Reference/ }).click()
    expect(wrapper.emitted('sort')).toEqual([['priority'], ['created_at']])
  })

  it('does not offer sorting on columns the backends cannot sort by', () => {
    const { screen } = render()
    expect(
      within(screen.getByRole('columnheader', { name: 'Requester' })).queryByRole('button'),
    ).toBeNull()
  })

  it('shows the assignee, or says the ticket is unassigned', () => {
    const assigned = normalizeTicket(makeTicket({ id: 9, assigned_to: 2, assignee: makeUser() }))
    if (!assigned) throw new Error('fixture')
    const { screen } = render({
      tickets: [assigned, ...tickets(1)],
      columns: ['subject', 'assignee'],
    })
    expect(screen.getByText('Bob Agent')).toBeTruthy()
    expect(screen.getByText('Unassigned')).toBeTruthy()
  })

  it('shows at most two tags and counts the rest', () => {
    const tagged = normalizeTicket(
      makeTicket({
        tags: [makeTag(), makeTag({ id: 2, name: 'Refund' }), makeTag({ id: 3, name: 'VIP' })],
      }),
    )
    if (!tagged) throw new Error('fixture')
    const { screen } = render({ tickets: [tagged], columns: ['subject', 'tags'] })
    expect(screen.getByText('Bug')).toBeTruthy()
    expect(screen.getByText('Refund')).toBeTruthy()
    expect(screen.queryByText('VIP')).toBeNull()
    expect(screen.getByText('+1').getAttribute('title')).toBe('VIP')
  })

  it('shows a breached SLA in words, not colour alone', () => {
    const breached = normalizeTicket(makeTicket({ sla_first_response_breached: 1 }))
    if (!breached) throw new Error('fixture')
    const { wrapper } = render({ tickets: [breached], columns: ['subject', 'sla'] })
    expect(wrapper.get('[data-part="queue-sla"]').text()).toContain('Breached')
  })

  it('counts an SLA down against the clock it is given', async () => {
    const due = normalizeTicket(
      makeTicket({ first_response_due_at: '2026-01-15T11:30:00.000000Z' }),
    )
    if (!due) throw new Error('fixture')
    const { wrapper } = render({ tickets: [due], columns: ['subject', 'sla'] })
    expect(wrapper.get('[data-part="queue-sla"]').text()).toContain('in 2 hours')
    await wrapper.setProps({ now: Date.parse('2026-01-15T11:25:00Z') })
    expect(wrapper.get('[data-part="queue-sla"]').text()).toContain('in 5 minutes')
    await wrapper.setProps({ now: Date.parse('2026-01-15T11:31:00Z') })
    expect(wrapper.get('[data-part="queue-sla"]').text()).toContain('Overdue')
  })

  it('emits row toggles with whether shift was held', async () => {
    const { wrapper } = render({ selectable: true })
    const boxes = wrapper.findAll('[data-part="queue-row-select"]')
    await boxes[0]?.trigger('click')
    await boxes[2]?.trigger('click', { shiftKey: true })
    const toggles = wrapper.emitted('toggle') ?? []
    expect(
      toggles.map(([ticket, options]) => [
        (ticket as Ticket).id,
        (options as { range: boolean }).range,
      ]),
    ).toEqual([
      [1, false],
      [3, true],
    ])
  })

  it('checks the header box when the whole page is selected and mixes it for part of it', async () => {
    const { wrapper } = render({ selectable: true, coverage: 'some' })
    const header = wrapper.get<HTMLInputElement>('[data-part="queue-select-page"]')
    expect(header.element.indeterminate).toBe(true)
    await wrapper.setProps({ coverage: 'all' })
    expect(header.element.checked).toBe(true)
    expect(header.element.indeterminate).toBe(false)
  })

  it('marks selected rows with data-state', () => {
    const { wrapper } = render({ selectable: true, selected: new Set([2]) })
    const rows = wrapper.findAll('[data-part="queue-row"]')
    expect(rows.map((row) => row.attributes('data-state') ?? null)).toEqual([
      null,
      'selected',
      null,
    ])
  })

  it('renders every row without virtualizing up to the threshold', () => {
    const { wrapper } = render({ tickets: tickets(40), virtualizeFrom: 100 })
    expect(wrapper.findAll('[data-part="queue-row"]')).toHaveLength(40)
    expect(wrapper.get('[data-part="queue-table"]').attributes('data-virtual')).toBeUndefined()
  })

  it('virtualizes past the threshold and tells assistive technology the full row count', () => {
    const { wrapper } = render({ tickets: tickets(1000), virtualizeFrom: 100 })
    expect(wrapper.get('[data-part="queue-table"]').attributes('data-virtual')).toBe('')
    expect(wrapper.get('table').attributes('aria-rowcount')).toBe('1001')
    expect(wrapper.findAll('[data-part="queue-row"]').length).toBeLessThanOrEqual(60)
  })

  it.each<QueueColumn>(['requester', 'department'])(
    'hides the %s column when it is not chosen',
    (column) => {
      const { screen } = render({ columns: ['subject'] })
      expect(screen.queryByRole('columnheader', { name: new RegExp(column, 'i') })).toBeNull()
    },
  )
})
