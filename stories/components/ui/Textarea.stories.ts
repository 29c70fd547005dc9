import type { Meta, StoryObj } from '@storybook/vue3-vite'
import { h } from 'vue'
import { EscTextarea } from '../../../src'
import { onPanel } from '../../panel'

// Textareas are labelled by EscField in real use; these stories name them with aria-label.
const meta = {
  title: 'UI/Textarea',
  decorators: [onPanel],
  component: EscTextarea,
  args: { rows: 4 },
  render: (args) => ({
    setup: () => () =>
      h(EscTextarea, { ...args, placeholder: 'Write a reply…', 'aria-label': 'Reply' }),
  }),
} satisfies Meta<typeof EscTextarea>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}

export const WithValue: Story = {
  args: {
    modelValue: 'Hi Ada,\n\nThanks for the report. We are looking into it.\n\nBest,\nSupport',
  },
}

export const Invalid: Story = { args: { invalid: true } }

export const Disabled: Story = { args: { disabled: true, modelValue: 'Replies are closed.' } }

export const Dark: Story = { args: { modelValue: 'Dark mode reply' }, globals: { mode: 'dark' } }
