import type { Meta, StoryObj } from '@storybook/vue3-vite'
import { userEvent, within } from 'storybook/test'
import TicketIndex from '../../../src/pages/Agent/TicketIndex.vue'
import { makePaginator, makeSharedProps } from '../../../test/fixtures'
import {
  pendingTransport,
  queueProps,
  storyViews,
  storyViewsClient,
  withContext,
} from './TicketIndex.support'

const meta = {
  title: 'Pages/Agent/TicketIndex',
  component: TicketIndex,
  args: queueProps(),
  decorators: [withContext({ http: storyViewsClient(storyViews) })],
  parameters: { layout: 'fullscreen', pageProps: queueProps() },
} satisfies Meta<typeof TicketIndex>

export default meta
type Story = StoryObj<typeof meta>

/** L's length-aware paginator and snake_case tickets. */
export const SnakeCase: Story = {}

/** The same list as Adonis sends it: Lucid paginator, camelCase tickets. */
export const CamelCase: Story = {
  args: queueProps({ shape: 'lucid' }),
  parameters: { pageProps: queueProps({ shape: 'lucid' }) },
}

/** The backend echoes the filters in force: the panel opens with them and the counts show. */
export const Filtered: Story = {
  args: queueProps({ count: 4, filters: { status: 'open', priority: 'high', sla_breached: '1' } }),
}

/** Three tickets picked: the bulk bar offers its actions. */
export const Selected: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const [first, , third] = await canvas.findAllByRole('checkbox', { name: /^Select ESC-/ })
    if (!first || !third) return
    await userEvent.click(first)
    // Shift-click extends the selection to a range.
    await userEvent.keyboard('{Shift>}')
    await userEvent.click(third)
    await userEvent.keyboard('{/Shift}')
  },
}

/** A filter visit that has not answered yet. */
export const Loading: Story = {
  decorators: [withContext({ transport: pendingTransport, http: storyViewsClient(storyViews) })],
  play: async ({ canvasElement }) => {
    await userEvent.click(await within(canvasElement).findByRole('button', { name: 'Unassigned' }))
  },
}

/** No tickets at all. */
export const Empty: Story = {
  args: {
    ...makeSharedProps(),
    tickets: makePaginator([], 'length-aware'),
    filters: {},
    departments: [],
    tags: [],
  },
}

/** No ticket matches the filters: the empty state offers to clear them. */
export const EmptyFiltered: Story = {
  args: {
    ...makeSharedProps(),
    tickets: makePaginator([], 'length-aware'),
    filters: { status: 'closed' },
    departments: [],
    tags: [],
  },
}

/** 10,000 tickets on one page (a host that opts into a large page size): the body is virtualized. */
export const LongContent: Story = {
  args: queueProps({ count: 10_000, perPage: 10_000, total: 10_000 }),
}

export const Dark: Story = { globals: { mode: 'dark' } }

export const SelectedDark: Story = { ...Selected, globals: { mode: 'dark' } }

/** Right-to-left: columns, pagination arrows and the bulk bar mirror. */
export const Rtl: Story = { parameters: { locale: 'ar' } }
