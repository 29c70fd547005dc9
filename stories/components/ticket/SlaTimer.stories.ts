import type { Meta, StoryObj } from '@storybook/vue3-vite'
import SlaTimer from '../../../src/components/ticket/SlaTimer.vue'
import { onPanel } from '../../panel'

const NOW = new Date('2026-03-01T12:00:00Z')
const base = {
  first_response_due_at: null,
  first_response_at: null,
  sla_first_response_breached: false,
  resolution_due_at: null,
  resolved_at: null,
  sla_resolution_breached: false,
}

const meta = {
  title: 'Ticket/SlaTimer',
  component: SlaTimer,
  decorators: [onPanel],
  args: {
    now: NOW,
    ticket: {
      ...base,
      first_response_due_at: '2026-03-01T14:30:00Z',
      resolution_due_at: '2026-03-02T12:00:00Z',
    },
  },
} satisfies Meta<typeof SlaTimer>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}

/** Under an hour left: "At risk", with a warning icon. */
export const Warning: Story = {
  args: { ticket: { ...base, first_response_due_at: '2026-03-01T12:25:00Z' } },
}

/** Past due: "Breached … ago". */
export const Breached: Story = {
  args: {
    ticket: {
      ...base,
      first_response_due_at: '2026-03-01T10:00:00Z',
      resolution_due_at: '2026-03-01T11:00:00Z',
    },
  },
}

export const Met: Story = {
  args: {
    ticket: {
      ...base,
      first_response_due_at: '2026-03-01T10:00:00Z',
      first_response_at: '2026-03-01T09:30:00Z',
      resolution_due_at: '2026-03-02T12:00:00Z',
    },
  },
}

/** Ticking on the real clock. */
export const Live: Story = {
  args: {
    now: undefined,
    ticket: { ...base, first_response_due_at: new Date(Date.now() + 125_000).toISOString() },
  },
}

export const Dark: Story = { ...Breached, globals: { mode: 'dark' } }
export const WarningDark: Story = { ...Warning, globals: { mode: 'dark' } }
