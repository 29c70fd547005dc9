import type { Meta, StoryObj } from '@storybook/vue3-vite'
import TicketHeader from '../../../src/components/ticket/TicketHeader.vue'
import { normalizeTicket } from '../../../src'
import { makeTicket, toAdonisCase } from '../../../test/fixtures'
import { onPanel } from '../../panel'

const NOW = new Date('2026-01-15T10:00:00Z')

function ticket(raw: unknown) {
  const normalized = normalizeTicket(raw)
  if (!normalized) throw new Error('fixture ticket did not normalize')
  return normalized
}

const meta = {
  title: 'Ticket/TicketHeader',
  component: TicketHeader,
  decorators: [onPanel],
  args: {
    now: NOW,
    ticket: ticket(
      makeTicket({
        status: 'in_progress',
        first_response_due_at: '2026-01-15T10:40:00Z',
        resolution_due_at: '2026-01-16T09:30:00Z',
      }),
    ),
  },
} satisfies Meta<typeof TicketHeader>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}
export const Dark: Story = { globals: { mode: 'dark' } }

/** A's user tickets: `requesterName: "Unknown"` with an empty email. */
export const UnknownRequester: Story = {
  args: {
    ticket: ticket(toAdonisCase(makeTicket({ requester_name: 'Unknown', requester_email: '' }))),
  },
}

export const Guest: Story = {
  args: {
    ticket: ticket(
      makeTicket({
        requester_type: null,
        requester_id: null,
        guest_name: 'Gina Guest',
        guest_email: 'gina@example.test',
        is_snoozed: true,
      }),
    ),
  },
}

export const LongContent: Story = {
  args: {
    ticket: ticket(
      makeTicket({
        subject:
          'Exporting a workspace with more than ten thousand rows to CSV crashes the desktop app on Windows and macOS',
        status: 'waiting_on_customer',
        priority: 'critical',
      }),
    ),
  },
}
