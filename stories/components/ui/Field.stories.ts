import type { Meta, StoryObj } from '@storybook/vue3-vite'
import { h, ref } from 'vue'
import { EscField, EscInput, EscSelect, EscTextarea } from '../../../src'
import { onPanel } from '../../panel'

const meta = {
  title: 'UI/Field',
  decorators: [onPanel],
  component: EscField,
  args: { label: 'Subject', hint: 'A short summary of the problem.' },
  render: (args) => ({
    setup() {
      const value = ref('')
      return () =>
        h(EscField, args, () =>
          h(EscInput, {
            modelValue: value.value,
            'onUpdate:modelValue': (v: string | number | null | undefined) =>
              (value.value = String(v ?? '')),
          }),
        )
    },
  }),
} satisfies Meta<typeof EscField>

export default meta
type Story = StoryObj<typeof meta>

export const WithInput: Story = {}

export const Invalid: Story = { args: { error: 'The subject field is required.' } }

export const Required: Story = { args: { required: true } }

export const Disabled: Story = { args: { disabled: true } }

export const HiddenLabel: Story = {
  args: { label: 'Search tickets', hint: undefined, hideLabel: true },
}

export const WithTextarea: Story = {
  args: { label: 'Message', hint: 'Markdown is not supported.' },
  render: (args) => ({ setup: () => () => h(EscField, args, () => h(EscTextarea, { rows: 5 })) }),
}

export const WithSelect: Story = {
  args: { label: 'Department', hint: undefined },
  render: (args) => ({
    setup: () => () =>
      h(EscField, args, () =>
        h(EscSelect, {
          placeholder: 'Any department',
          options: [
            { value: 1, label: 'Billing' },
            { value: 2, label: 'Technical support' },
          ],
        }),
      ),
  }),
}

export const LongContent: Story = {
  args: {
    label: 'A long label that explains exactly which address will receive the notifications',
    hint: 'Notifications go to this address and to every watcher of the ticket, including agents who follow the department.',
    error:
      'This address bounced twice last week; enter a different one or ask the recipient to check their inbox rules.',
  },
}

export const Dark: Story = {
  args: { error: 'The subject field is required.' },
  globals: { mode: 'dark' },
}
