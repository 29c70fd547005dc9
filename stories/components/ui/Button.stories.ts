import type { Meta, StoryObj } from '@storybook/vue3-vite'
import { h } from 'vue'
import { Plus, Trash2 } from 'lucide-vue-next'
import { EscButton } from '../../../src'
import { onPanel } from '../../panel'

const meta = {
  title: 'UI/Button',
  decorators: [onPanel],
  component: EscButton,
  args: { variant: 'secondary', size: 'md' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['primary', 'secondary', 'danger', 'ghost'] },
    size: { control: 'inline-radio', options: ['sm', 'md', 'lg'] },
  },
  render: (args) => ({
    setup: () => () => h(EscButton, args, () => 'Save changes'),
  }),
} satisfies Meta<typeof EscButton>

export default meta
type Story = StoryObj<typeof meta>

export const Secondary: Story = {}

export const Primary: Story = { args: { variant: 'primary' } }

export const Danger: Story = { args: { variant: 'danger' } }

export const Ghost: Story = { args: { variant: 'ghost' } }

export const Small: Story = { args: { size: 'sm' } }

export const Large: Story = { args: { size: 'lg', variant: 'primary' } }

export const WithIcon: Story = {
  args: { variant: 'primary' },
  render: (args) => ({
    setup: () => () =>
      h(EscButton, args, {
        icon: () => h(Plus, { 'aria-hidden': 'true', class: 'esc:size-4' }),
        default: () => 'New ticket',
      }),
  }),
}

export const Loading: Story = { args: { variant: 'primary', loading: true } }

export const Disabled: Story = { args: { disabled: true } }

export const AsLink: Story = {
  args: { href: '/support/tickets/create', variant: 'primary' },
  render: (args) => ({ setup: () => () => h(EscButton, args, () => 'Open a ticket') }),
}

export const AllVariants: Story = {
  render: () => ({
    setup: () => () =>
      h('div', { style: 'display: flex; flex-wrap: wrap; gap: 0.5rem' }, [
        h(EscButton, { variant: 'primary' }, () => 'Primary'),
        h(EscButton, { variant: 'secondary' }, () => 'Secondary'),
        h(
          EscButton,
          { variant: 'danger' },
          {
            icon: () => h(Trash2, { 'aria-hidden': 'true', class: 'esc:size-4' }),
            default: () => 'Delete',
          },
        ),
        h(EscButton, { variant: 'ghost' }, () => 'Ghost'),
        h(EscButton, { variant: 'primary', loading: true }, () => 'Saving'),
        h(EscButton, { disabled: true }, () => 'Disabled'),
      ]),
  }),
}

export const Dark: Story = { ...AllVariants, globals: { mode: 'dark' } }
