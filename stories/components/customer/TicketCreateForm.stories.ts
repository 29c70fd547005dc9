import type { Meta, StoryObj } from '@storybook/vue3-vite'
import { onPanel } from '../../panel'
import TicketCreateForm from '../../../src/components/customer/TicketCreateForm.vue'
import { normalizeTicketCustomFields } from '../../../src/contract'

const customFields = normalizeTicketCustomFields({
  custom_fields: [
    { id: 1, name: 'order_number', label: 'Order number', type: 'text', required: true },
    {
      id: 2,
      name: 'blocking',
      label: 'Impact',
      type: 'checkbox',
      placeholder: 'This blocks my work',
    },
  ],
})

const meta = {
  title: 'Customer/TicketCreateForm',
  component: TicketCreateForm,
  decorators: [onPanel],
  args: {
    departments: [
      {
        id: 1,
        name: 'Support',
        slug: null,
        description: null,
        is_active: true,
        tickets_count: null,
        agents_count: null,
      },
      {
        id: 2,
        name: 'Billing',
        slug: null,
        description: null,
        is_active: true,
        tickets_count: null,
        agents_count: null,
      },
    ],
    priorities: ['low', 'medium', 'high'],
    priority: 'medium',
    allowedTypes: ['png', 'pdf', 'txt'],
  },
} satisfies Meta<typeof TicketCreateForm>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}

export const Guest: Story = { args: { mode: 'guest' } }

export const WithCustomFields: Story = { args: { customFields } }

/** Sending, with upload progress. */
export const Loading: Story = {
  args: { busy: true, progress: 70, subject: 'Export fails', description: 'Details…' },
}

/** Messages from the errors bag. */
export const Error: Story = {
  args: {
    customFields,
    errors: {
      subject: 'The subject field is required.',
      description: 'The description field is required.',
      'custom_fields.order_number': 'Order number is required.',
    },
  },
}

/** A draft came back after a reload. */
export const RestoredDraft: Story = {
  args: { restored: true, subject: 'Half-written ticket', description: 'I was typing…' },
}

export const Rtl: Story = { parameters: { locale: 'ar' } }

export const Dark: Story = { args: { customFields }, globals: { mode: 'dark' } }
