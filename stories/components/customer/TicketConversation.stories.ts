import type { Meta, StoryObj } from '@storybook/vue3-vite'
import { onPanel } from '../../panel'
import TicketConversation from '../../../src/components/customer/TicketConversation.vue'
import { normalizeTicket } from '../../../src/contract'
import { conversationTicket } from '../../pages/Customer/portalData'

const ticket = (replies: number) => {
  const normalized = normalizeTicket(conversationTicket({}, replies))
  if (!normalized) throw new Error('The story ticket did not normalize.')
  return normalized
}
const now = new Date('2026-01-16T09:30:00Z')

const meta = {
  title: 'Customer/TicketConversation',
  component: TicketConversation,
  decorators: [onPanel],
  args: { ticket: ticket(3), now },
} satisfies Meta<typeof TicketConversation>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}

/** Only the opening message. */
export const Empty: Story = { args: { ticket: ticket(0) } }

export const LongContent: Story = { args: { ticket: ticket(30) } }

export const Rtl: Story = { parameters: { locale: 'ar' } }

export const Dark: Story = { globals: { mode: 'dark' } }
