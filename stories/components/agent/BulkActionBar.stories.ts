import type { Meta, StoryObj } from '@storybook/vue3-vite'
import { userEvent, within } from 'storybook/test'
import BulkActionBar from '../../../src/components/agent/BulkActionBar.vue'
import {
  normalizeDepartments,
  normalizeMacros,
  normalizeTags,
  normalizeUsers,
} from '../../../src/contract'
import { agents, tags } from '../../pages/Agent/TicketIndex.support'
import { onPanel } from '../../panel'

const meta = {
  title: 'Agent/BulkActionBar',
  component: BulkActionBar,
  decorators: [onPanel],
  args: {
    count: 3,
    total: 42,
    canSelectAllMatching: false,
    state: { status: 'idle' },
    assignees: normalizeUsers(agents),
    departments: normalizeDepartments([
      { id: 1, name: 'Support' },
      { id: 2, name: 'Billing' },
    ]),
    tags: normalizeTags(tags),
  },
} satisfies Meta<typeof BulkActionBar>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}

/** The whole page is selected and more tickets match: offer them all. */
export const AllOnPage: Story = { args: { count: 15, canSelectAllMatching: true } }

/** Loading every matching ticket. */
export const LoadingAll: Story = {
  args: { count: 15, canSelectAllMatching: true, loadingAll: true },
}

/** The request is running. */
export const Busy: Story = { args: { state: { status: 'busy', action: 'status', count: 3 } } }

/** The server answered: two applied, one skipped, one left the filtered view. */
export const Done: Story = {
  args: {
    count: 0,
    state: {
      status: 'done',
      summary: {
        action: 'status',
        message: '3 ticket(s) updated.',
        results: [
          {
            id: 1,
            reference: 'ESC-00001',
            subject: 'Export to CSV crashes the app',
            outcome: 'applied',
          },
          {
            id: 2,
            reference: 'ESC-00002',
            subject: 'Refund for a double charge',
            outcome: 'applied',
          },
          {
            id: 3,
            reference: 'ESC-00003',
            subject: 'Cannot sign in after reset',
            outcome: 'skipped',
          },
          {
            id: 4,
            reference: 'ESC-00004',
            subject: 'Invoice shows the wrong VAT',
            outcome: 'left-view',
          },
        ],
      },
    },
  },
}

export const Error: Story = {
  args: {
    state: {
      status: 'failed',
      action: 'assign',
      message: 'Something went wrong on the server. Please try again.',
    },
  },
}

export const Dark: Story = { globals: { mode: 'dark' } }

const macros = normalizeMacros([
  { id: 1, name: 'Escalate to high', actions: [{ type: 'priority', value: 'high' }] },
  { id: 3, name: 'Route to Billing', actions: [{ type: 'department', value: 2 }] },
])

/** The page sent macros: "Apply macro" is offered, with a macro to choose. */
export const MacroChosen: Story = {
  args: { macros },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.selectOptions(canvas.getByLabelText('Bulk action'), 'macro')
    await userEvent.selectOptions(canvas.getByLabelText('Macro'), '3')
  },
}

/** A macro runs one request per ticket, so the bar counts them. */
export const MacroBusy: Story = {
  args: { macros, state: { status: 'busy', action: 'macro', count: 3, completed: 1 } },
}

/** A macro run where one ticket refused: the reason is shown and the list opens by itself. */
export const MacroDone: Story = {
  args: {
    count: 1,
    macros,
    state: {
      status: 'done',
      summary: {
        action: 'macro',
        message: null,
        results: [
          {
            id: 1,
            reference: 'ESC-00001',
            subject: 'Export to CSV crashes the app',
            outcome: 'applied',
          },
          {
            id: 2,
            reference: 'ESC-00002',
            subject: 'Refund for a double charge',
            outcome: 'failed',
            reason: 'This action is unauthorized.',
          },
          {
            id: 3,
            reference: 'ESC-00003',
            subject: 'Cannot sign in after reset',
            outcome: 'applied',
          },
        ],
      },
    },
  },
}

export const MacroDoneDark: Story = { ...MacroDone, globals: { mode: 'dark' } }

export const DoneDark: Story = { ...Done, globals: { mode: 'dark' } }
