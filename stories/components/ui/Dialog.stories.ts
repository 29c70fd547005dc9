import type { Meta, StoryObj } from '@storybook/vue3-vite'
import { h } from 'vue'
import { userEvent, within } from 'storybook/test'
import { EscButton, EscDialog, EscField, EscInput } from '../../../src'
import { onPanel } from '../../panel'

const meta = {
  title: 'UI/Dialog',
  decorators: [onPanel],
  component: EscDialog,
  args: {
    title: 'Link a ticket',
    description: 'The tickets appear in each other’s sidebar.',
    size: 'md',
  },
  argTypes: { size: { control: 'inline-radio', options: ['sm', 'md', 'lg'] } },
  render: (args) => ({
    setup: () => () =>
      h(EscDialog, args, {
        trigger: () => h(EscButton, null, () => 'Link ticket…'),
        default: () =>
          h(EscField, { label: 'Ticket reference' }, () =>
            h(EscInput, { placeholder: 'ESC-00001' }),
          ),
        footer: () => [
          h(EscButton, { variant: 'ghost' }, () => 'Cancel'),
          h(EscButton, { variant: 'primary' }, () => 'Link'),
        ],
      }),
  }),
} satisfies Meta<typeof EscDialog>

export default meta
type Story = StoryObj<typeof meta>

const openDialog: Story['play'] = async ({ canvasElement }) => {
  await userEvent.click(within(canvasElement).getByRole('button'))
}

/** Closed, with its trigger. */
export const Default: Story = {}

export const Open: Story = { play: openDialog }

export const Large: Story = { args: { size: 'lg' }, play: openDialog }

export const LongContent: Story = {
  args: { title: 'Terms of the service-level agreement' },
  render: (args) => ({
    setup: () => () =>
      h(EscDialog, args, {
        trigger: () => h(EscButton, null, () => 'Read the SLA…'),
        default: () =>
          Array.from({ length: 30 }, (_, i) =>
            h(
              'p',
              { style: 'margin-bottom: 0.75rem' },
              `Clause ${i + 1}: responses within business hours.`,
            ),
          ),
      }),
  }),
  play: openDialog,
}

export const Dark: Story = { play: openDialog, globals: { mode: 'dark' } }
