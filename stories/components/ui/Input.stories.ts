import type { Meta, StoryObj } from '@storybook/vue3-vite'
import { h } from 'vue'
import { EscInput } from '../../../src'
import { onPanel } from '../../panel'

// Inputs are labelled by EscField in real use; these stories name them with aria-label.
const meta = {
  title: 'UI/Input',
  decorators: [onPanel],
  component: EscInput,
  args: {
    type: 'text',
    size: 'md',
  },
  render: (args) => ({
    setup: () => () =>
      h(EscInput, {
        ...args,
        placeholder: 'Search tickets…',
        'aria-label': 'Search tickets',
      }),
  }),
} satisfies Meta<typeof EscInput>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}

export const WithValue: Story = { args: { modelValue: 'Printer on fire' } }

export const Small: Story = { args: { size: 'sm' } }

export const Invalid: Story = { args: { invalid: true, modelValue: 'not-an-email', type: 'email' } }

export const Disabled: Story = { args: { disabled: true, modelValue: 'Locked' } }

export const Dark: Story = { args: { modelValue: 'Printer on fire' }, globals: { mode: 'dark' } }
