import type { Meta, StoryObj } from '@storybook/vue3-vite'
import { h } from 'vue'
import { userEvent, within } from 'storybook/test'
import { EscButton, EscConfirmDialog } from '../../../src'
import { onPanel } from '../../panel'

const meta = {
  title: 'UI/ConfirmDialog',
  decorators: [onPanel],
  component: EscConfirmDialog,
  args: {
    title: 'Close this ticket?',
    description: 'The customer is notified and can reopen it by replying.',
    confirmLabel: 'Close ticket',
    tone: 'default',
  },
  argTypes: { tone: { control: 'inline-radio', options: ['default', 'danger'] } },
  render: (args) => ({
    setup: () => () =>
      h(EscConfirmDialog, args, { trigger: () => h(EscButton, null, () => 'Close ticket…') }),
  }),
} satisfies Meta<typeof EscConfirmDialog>

export default meta
type Story = StoryObj<typeof meta>

const openDialog: Story['play'] = async ({ canvasElement }) => {
  await userEvent.click(within(canvasElement).getByRole('button'))
}

/** Closed, with its trigger. */
export const Default: Story = {}

export const Open: Story = { play: openDialog }

export const Danger: Story = {
  args: {
    title: 'Delete 3 tickets?',
    description: 'Their replies and attachments are deleted too. This cannot be undone.',
    confirmLabel: 'Delete',
    tone: 'danger',
  },
  play: openDialog,
}

export const Busy: Story = { args: { busy: true, closeOnConfirm: false }, play: openDialog }

export const WithContent: Story = {
  render: (args) => ({
    setup: () => () =>
      h(EscConfirmDialog, args, {
        trigger: () => h(EscButton, null, () => 'Merge…'),
        default: () => h('p', 'ESC-00042 will be merged into ESC-00017.'),
      }),
  }),
  play: openDialog,
}

export const Dark: Story = { ...Danger, globals: { mode: 'dark' } }
