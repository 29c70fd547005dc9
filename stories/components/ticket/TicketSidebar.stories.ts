import type { Meta, StoryObj } from '@storybook/vue3-vite'
import TicketSidebar from '../../../src/components/ticket/TicketSidebar.vue'
import { normalizeDepartments, normalizeTags, normalizeTicket } from '../../../src'
import { makeActivity, makeTag, makeTicket } from '../../../test/fixtures'
import { onPanel } from '../../panel'

function ticket(overrides: Parameters<typeof makeTicket>[0] = {}) {
  const normalized = normalizeTicket(
    makeTicket({
      assigned_to: 2,
      tags: [makeTag()],
      activities: [
        makeActivity(),
        makeActivity({ id: 2, type: 'assigned', properties: { agent_id: 2 } }),
        makeActivity({ id: 3, type: 'tag_added', properties: { tag_id: 1 } }),
      ],
      ...overrides,
    }),
  )
  if (!normalized) throw new Error('fixture ticket did not normalize')
  return normalized
}

const AGENTS = [
  { id: 1, name: 'Alice Admin' },
  { id: 2, name: 'Bob Agent' },
]

const meta = {
  title: 'Ticket/TicketSidebar',
  component: TicketSidebar,
  decorators: [onPanel],
  args: {
    ticket: ticket(),
    departments: normalizeDepartments([
      { id: 1, name: 'Support' },
      { id: 2, name: 'Billing' },
    ]),
    tags: normalizeTags([
      { id: 1, name: 'Bug', color: '#ef4444' },
      { id: 2, name: 'Refund', color: '#10b981' },
    ]),
    agents: [],
    viewer: { id: 3, name: 'Carol Agent' },
    people: AGENTS,
    isFollowing: false,
    followersCount: 1,
    isSnoozed: false,
  },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof TicketSidebar>

export default meta
type Story = StoryObj<typeof meta>

/** Agent page: "assign to me" only. */
export const Default: Story = {}
export const Dark: Story = { globals: { mode: 'dark' } }

/** Admin page: an agents list to assign from. */
export const WithAgents: Story = { args: { agents: AGENTS } }

export const Snoozed: Story = {
  args: {
    ticket: ticket({ is_snoozed: true, snoozed_until: '2026-01-19T09:00:00Z' }),
    isSnoozed: true,
    isFollowing: true,
  },
}
export const SnoozedDark: Story = { ...Snoozed, globals: { mode: 'dark' } }

/** Requests running: their controls lock. */
export const Busy: Story = { args: { busy: new Set(['status', 'tags', 'follow'] as const) } }

/** A light agent sees the details read-only. */
export const ReadOnly: Story = { args: { canEdit: false } }
