import type { Meta, StoryObj } from '@storybook/vue3-vite'
import { h } from 'vue'
import { EscSpinner } from '../../../src'
import { onPanel } from '../../panel'

const meta = {
  title: 'UI/Spinner',
  decorators: [onPanel],
  component: EscSpinner,
  args: { size: 'md' },
  argTypes: { size: { control: 'inline-radio', options: ['sm', 'md', 'lg'] } },
} satisfies Meta<typeof EscSpinner>

export default meta
type Story = StoryObj<typeof meta>

/** Decorative: next to text that already says what is loading. */
export const Default: Story = {}

/** A status message on its own. */
export const WithLabel: Story = { args: { label: 'Loading tickets…' } }

export const Sizes: Story = {
  render: () => ({
    setup: () => () =>
      h('div', { style: 'display: flex; gap: 1rem; align-items: center' }, [
        h(EscSpinner, { size: 'sm' }),
        h(EscSpinner, { size: 'md' }),
        h(EscSpinner, { size: 'lg', label: 'Loading' }),
      ]),
  }),
}

export const Dark: Story = { args: { label: 'Loading tickets…' }, globals: { mode: 'dark' } }
