import type { Meta, StoryObj } from '@storybook/vue3-vite'
import { h } from 'vue'
import { EscButton, EscCard } from '../../../src'
import { onPanel } from '../../panel'

const meta = {
  title: 'UI/Card',
  decorators: [onPanel],
  component: EscCard,
  args: {
    title: 'Requester',
    description: 'Who opened this ticket.',
    padding: 'md',
    headingLevel: 2,
  },
  render: (args) => ({
    setup: () => () =>
      h(EscCard, args, () => h('p', 'Ada Lovelace · ada@example.test · Analytical Engines Ltd.')),
  }),
} satisfies Meta<typeof EscCard>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}

export const WithoutTitle: Story = { args: { title: undefined, description: undefined } }

export const WithActionsAndFooter: Story = {
  render: (args) => ({
    setup: () => () =>
      h(EscCard, args, {
        default: () => h('p', 'Three tags are attached to this ticket.'),
        actions: () => h(EscButton, { size: 'sm' }, () => 'Edit'),
        footer: () => h(EscButton, { size: 'sm', variant: 'ghost' }, () => 'Show history'),
      }),
  }),
}

export const NoPadding: Story = {
  args: { padding: 'none', title: 'Recent tickets', description: undefined },
  render: (args) => ({
    setup: () => () =>
      h(EscCard, args, () =>
        h(
          'ul',
          { style: 'list-style: none; margin: 0; padding: 0' },
          ['ESC-00001 Printer on fire', 'ESC-00002 Login loop', 'ESC-00003 Refund'].map((text) =>
            h(
              'li',
              {
                style: 'padding: 0.75rem 1.25rem; border-top: 1px solid var(--esc-c-panel-border)',
              },
              text,
            ),
          ),
        ),
      ),
  }),
}

export const LongContent: Story = {
  args: {
    title: 'A very long card title that wraps onto a second line on narrow screens',
    description:
      'A description that goes on for a while, to show how the header wraps next to its actions.',
  },
}

export const Dark: Story = { ...WithActionsAndFooter, globals: { mode: 'dark' } }
