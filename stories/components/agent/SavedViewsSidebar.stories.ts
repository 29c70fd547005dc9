import type { Meta, StoryObj } from '@storybook/vue3-vite'
import SavedViewsSidebar from '../../../src/components/agent/SavedViewsSidebar.vue'
import { normalizeSavedViews, type SavedView } from '../../../src/contract'
import { storyViews } from '../../pages/Agent/TicketIndex.support'
import { onPanel } from '../../panel'

const views = normalizeSavedViews(storyViews)

const meta = {
  title: 'Agent/SavedViewsSidebar',
  component: SavedViewsSidebar,
  decorators: [onPanel],
  args: {
    views,
    activeId: 1,
    isUnfiltered: false,
    allHref: '/support/agent/tickets',
    viewHref: (view: SavedView) => `/support/agent/tickets?view=${view.id}`,
    currentUserId: 2,
    status: 'ready',
  },
} satisfies Meta<typeof SavedViewsSidebar>

export default meta
type Story = StoryObj<typeof meta>

/** The agent's views and a shared one from a colleague (no menu on that one). */
export const Default: Story = {}

export const Loading: Story = {
  args: { views: [], status: 'loading', activeId: null, isUnfiltered: true },
}

export const Empty: Story = { args: { views: [], activeId: null, isUnfiltered: true } }

/** The backend serves neither saved-view API. */
export const Unavailable: Story = { args: { views: [], status: 'unavailable', activeId: null } }

export const Error: Story = {
  args: { status: 'failed', error: 'Something went wrong on the server. Please try again.' },
}

export const LongContent: Story = {
  args: {
    views: normalizeSavedViews(
      Array.from({ length: 12 }, (_, index) => ({
        id: index + 1,
        name: `A saved view with a rather long name, number ${index + 1}`,
        filters: {},
        is_shared: index % 3 === 0,
        user_id: 2,
      })),
    ),
  },
}

export const Dark: Story = { globals: { mode: 'dark' } }
