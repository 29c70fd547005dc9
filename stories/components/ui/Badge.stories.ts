import type { Meta, StoryObj } from '@storybook/vue3-vite'
import { h } from 'vue'
import {
  EscBadge,
  PriorityBadge,
  StatusBadge,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
} from '../../../src'
import { onPanel } from '../../panel'

const row = (children: ReturnType<typeof h>[]) =>
  h('div', { style: 'display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center' }, children)

const meta = {
  title: 'UI/Badge',
  decorators: [onPanel],
  component: EscBadge,
  args: { label: 'Billing', tone: 'neutral', size: 'sm' },
  argTypes: {
    tone: {
      control: 'select',
      options: ['neutral', 'primary', 'success', 'warning', 'danger', 'info'],
    },
    shape: {
      control: 'select',
      options: [undefined, 'circle', 'ring', 'square', 'diamond', 'triangle'],
    },
    size: { control: 'inline-radio', options: ['sm', 'md'] },
    color: { control: 'color' },
  },
} satisfies Meta<typeof EscBadge>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}

export const Tones: Story = {
  render: () => ({
    setup: () => () =>
      row(
        (['neutral', 'primary', 'success', 'warning', 'danger', 'info'] as const).map((tone) =>
          h(EscBadge, { tone, label: tone }),
        ),
      ),
  }),
}

/** A colour that arrives as data, such as a tag colour: any CSS colour, readable in both modes. */
export const DataColour: Story = {
  render: () => ({
    setup: () => () =>
      row(
        ['#ef4444', '#f59e0b', '#fde68a', '#10b981', '#1e3a8a', 'rebeccapurple'].map((color) =>
          h(EscBadge, { color, label: color, shape: 'circle' }),
        ),
      ),
  }),
}

export const Shapes: Story = {
  render: () => ({
    setup: () => () =>
      row(
        (['circle', 'ring', 'square', 'diamond', 'triangle'] as const).map((shape) =>
          h(EscBadge, { shape, label: shape, tone: 'info' }),
        ),
      ),
  }),
}

export const Medium: Story = {
  args: { size: 'md', tone: 'success', label: 'Resolved', shape: 'square' },
}

export const LongContent: Story = {
  args: { label: 'Enterprise customers – priority support (EMEA, weekends included)' },
}

/** `StatusBadge` from components/ticket: every contract status, a backend label and a custom status. */
export const Statuses: Story = {
  render: () => ({
    setup: () => () =>
      row([
        ...TICKET_STATUSES.map((status) => h(StatusBadge, { status })),
        h(StatusBadge, { status: 'open', label: 'Offen' }),
        h(StatusBadge, { status: 'on_hold' }),
        h(StatusBadge, { status: 'awaiting_parts', label: 'Awaiting parts', color: '#0d9488' }),
      ]),
  }),
}

/** `PriorityBadge` from components/ticket. */
export const Priorities: Story = {
  render: () => ({
    setup: () => () =>
      row([
        ...TICKET_PRIORITIES.map((priority) => h(PriorityBadge, { priority })),
        h(PriorityBadge, { priority: 'p0_blocker' }),
      ]),
  }),
}

export const Dark: Story = {
  render: () => ({
    setup: () => () =>
      h('div', { style: 'display: grid; gap: 0.75rem' }, [
        row(
          (['neutral', 'primary', 'success', 'warning', 'danger', 'info'] as const).map((tone) =>
            h(EscBadge, { tone, label: tone }),
          ),
        ),
        row(TICKET_STATUSES.map((status) => h(StatusBadge, { status }))),
        row(TICKET_PRIORITIES.map((priority) => h(PriorityBadge, { priority }))),
      ]),
  }),
  globals: { mode: 'dark' },
}
