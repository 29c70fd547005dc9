import type { Meta, StoryObj } from '@storybook/vue3-vite'
import QuickFilters from '../../../src/components/agent/QuickFilters.vue'
import { onPanel } from '../../panel'

const meta = {
  title: 'Agent/QuickFilters',
  component: QuickFilters,
  decorators: [onPanel],
  args: { query: {}, currentUserId: 2 },
} satisfies Meta<typeof QuickFilters>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}

/** "My tickets" and "Urgent" on: pressed buttons, not colour alone. */
export const Active: Story = { args: { query: { assigned_to: '2', priority: 'urgent' } } }

/** No signed-in user: no "My tickets". */
export const Anonymous: Story = { args: { currentUserId: null } }

export const Dark: Story = { args: { query: { sla_breached: '1' } }, globals: { mode: 'dark' } }
