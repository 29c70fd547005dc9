import type { Meta, StoryObj } from '@storybook/vue3-vite'
import { onPanel } from '../../panel'
import TicketRatingForm from '../../../src/components/customer/TicketRatingForm.vue'

const rated = { id: 1, ticket_id: 1, rating: 4, comment: 'Quick and clear.', created_at: null }

const meta = {
  title: 'Customer/TicketRatingForm',
  component: TicketRatingForm,
  decorators: [onPanel],
} satisfies Meta<typeof TicketRatingForm>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}

export const Loading: Story = { args: { busy: true } }

export const Error: Story = { args: { errors: { rating: 'This ticket has already been rated.' } } }

export const Rated: Story = { args: { rating: rated } }

export const Rtl: Story = { parameters: { locale: 'ar' } }

export const Dark: Story = { globals: { mode: 'dark' } }
