import type { Meta, StoryObj } from '@storybook/vue3-vite'
import { h } from 'vue'
import { Inbox } from 'lucide-vue-next'
import { EscButton, EscEmptyState } from '../../../src'
import { onPanel } from '../../panel'

const meta = {
  title: 'UI/EmptyState',
  decorators: [onPanel],
  component: EscEmptyState,
  args: {
    title: 'No tickets yet',
    description: 'When you contact support, your tickets show up here.',
  },
  render: (args) => ({
    setup: () => () =>
      h(EscEmptyState, args, {
        icon: () => h(Inbox, { class: 'esc:size-8' }),
        action: () =>
          h(
            EscButton,
            { variant: 'primary', href: '/support/tickets/create' },
            () => 'Open a ticket',
          ),
      }),
  }),
} satisfies Meta<typeof EscEmptyState>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}

export const TitleOnly: Story = {
  args: { description: undefined },
  render: (args) => ({ setup: () => () => h(EscEmptyState, args) }),
}

export const Dark: Story = { globals: { mode: 'dark' } }
