import type { Meta, StoryObj } from '@storybook/vue3-vite'
import { h } from 'vue'
import { EscSelect } from '../../../src'
import { onPanel } from '../../panel'

const options = [
  { value: 'open', label: 'Open' },
  { value: 'in_progress', label: 'In Progress' },
  { value: 'resolved', label: 'Resolved' },
  { value: 'closed', label: 'Closed', disabled: true },
]

// Selects are labelled by EscField in real use; these stories name them with aria-label.
const meta = {
  title: 'UI/Select',
  decorators: [onPanel],
  component: EscSelect,
  args: { options, placeholder: 'Any status' },
  render: (args) => ({
    setup: () => () => h(EscSelect, { ...args, 'aria-label': 'Status' }),
  }),
} satisfies Meta<typeof EscSelect>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}

export const Selected: Story = { args: { modelValue: 'in_progress' } }

export const Required: Story = { args: { required: true } }

export const Small: Story = { args: { size: 'sm' } }

export const Invalid: Story = { args: { invalid: true } }

export const Disabled: Story = { args: { disabled: true, modelValue: 'open' } }

export const Dark: Story = { args: { modelValue: 'resolved' }, globals: { mode: 'dark' } }
