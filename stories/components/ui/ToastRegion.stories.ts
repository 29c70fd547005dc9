import type { Meta, StoryObj } from '@storybook/vue3-vite'
import { EscToastRegion } from '../../../src'
import { onPanel } from '../../panel'

// Rendered in place (to: false) so the story canvas shows it; apps teleport it to <body>.
const meta = {
  title: 'UI/ToastRegion',
  decorators: [onPanel],
  component: EscToastRegion,
  args: {
    to: false,
    toasts: [
      { id: 1, kind: 'success', message: 'Reply sent.' },
      { id: 2, kind: 'info', message: 'Ticket assigned to you.' },
      { id: 3, kind: 'error', message: 'The ticket could not be closed. Please try again.' },
    ],
    onDismiss: (id: number | string) => console.info('[escalated story] dismiss', id),
  },
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof EscToastRegion>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}

export const Success: Story = { args: { toasts: [{ id: 1, kind: 'success', message: 'Saved.' }] } }

export const Failure: Story = {
  args: { toasts: [{ id: 1, kind: 'error', message: 'You don’t have access to this.' }] },
}

export const Empty: Story = { args: { toasts: [] } }

export const LongContent: Story = {
  args: {
    toasts: [
      {
        id: 1,
        kind: 'info',
        message:
          'Your export is being prepared. It contains every ticket from the last twelve months and may take a few minutes; we will email you a download link when it is ready.',
      },
    ],
  },
}

export const Dark: Story = { globals: { mode: 'dark' } }
