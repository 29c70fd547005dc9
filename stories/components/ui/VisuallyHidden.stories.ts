import type { Meta, StoryObj } from '@storybook/vue3-vite'
import { h } from 'vue'
import { EscVisuallyHidden } from '../../../src'
import { onPanel } from '../../panel'

const meta = {
  title: 'UI/VisuallyHidden',
  decorators: [onPanel],
  component: EscVisuallyHidden,
  render: () => ({
    setup: () => () =>
      h('p', ['3 new replies', h(EscVisuallyHidden, null, () => ' on ticket ESC-00042')]),
  }),
} satisfies Meta<typeof EscVisuallyHidden>

export default meta
type Story = StoryObj<typeof meta>

/** The hidden part is read by screen readers only. */
export const Default: Story = {}

export const Dark: Story = { globals: { mode: 'dark' } }
