import type { Meta, StoryObj } from '@storybook/vue3-vite'
import DashboardStats from '../../../src/components/agent/DashboardStats.vue'
import { onPanel } from '../../panel'

const meta = {
  title: 'Agent/DashboardStats',
  component: DashboardStats,
  decorators: [onPanel],
  args: {
    stats: { open: 42, my_assigned: 7, unassigned: 9, sla_breached: 3, resolved_today: 12 },
    currentUserId: 2,
  },
} satisfies Meta<typeof DashboardStats>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}

/** Counters the backend did not send read "not available", never 0. */
export const Missing: Story = {
  args: {
    stats: { open: 42, my_assigned: null, unassigned: null, sla_breached: 0, resolved_today: null },
  },
}

export const Dark: Story = { globals: { mode: 'dark' } }
