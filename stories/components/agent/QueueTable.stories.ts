import type { Meta, StoryObj } from '@storybook/vue3-vite'
import QueueTable from '../../../src/components/agent/QueueTable.vue'
import { QUEUE_COLUMNS } from '../../../src/components/agent/queueColumns'
import { normalizeTicket, type Ticket } from '../../../src/contract'
import { queueTickets } from '../../pages/Agent/TicketIndex.support'
import { onPanel } from '../../panel'

const NOW = Date.parse('2026-01-15T09:30:00Z')
const tickets = (count: number): Ticket[] =>
  queueTickets(count, NOW).flatMap((raw) => {
    const ticket = normalizeTicket(raw)
    return ticket ? [ticket] : []
  })

const meta = {
  title: 'Agent/QueueTable',
  component: QueueTable,
  decorators: [onPanel],
  args: {
    tickets: tickets(8),
    columns: [...QUEUE_COLUMNS],
    caption: 'Ticket queue',
    ticketHref: (ticket: Ticket) => `/support/agent/tickets/${ticket.reference}`,
    sort: { by: 'updated_at', dir: 'desc' },
    selectable: true,
    now: NOW,
  },
} satisfies Meta<typeof QueueTable>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}

/** Two rows selected, the header box mixed, the keyboard cursor on the third row. */
export const Selected: Story = {
  args: { selected: new Set([1, 2]), coverage: 'some', activeIndex: 2 },
}

/** Only the columns an agent kept. */
export const FewColumns: Story = { args: { columns: ['reference', 'subject', 'status', 'sla'] } }

/** A visit is loading new rows. */
export const Busy: Story = { args: { busy: true } }

/** 10,000 rows: only the visible window is in the DOM. */
export const Virtualized: Story = { args: { tickets: tickets(10_000), maxHeight: '24rem' } }

export const Dark: Story = {
  args: { selected: new Set([1]), coverage: 'some' },
  globals: { mode: 'dark' },
}
