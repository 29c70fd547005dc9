import type { Meta, StoryObj } from '@storybook/vue3-vite'
import TicketShow from '../../../src/pages/Agent/TicketShow.vue'
import {
  makeActivity,
  makeAttachment,
  makeCustomAction,
  makeReply,
  makeSharedProps,
  makeTag,
  makeTicket,
  makeUser,
  toAdonisCase,
} from '../../../test/fixtures'

const HOUR = 3_600_000

function replies(count: number) {
  return Array.from({ length: count }, (_, index) =>
    makeReply({
      id: count - index,
      author_id: index % 2 ? 2 : 4,
      author: index % 2 ? makeUser() : null,
      is_internal_note: index === 1,
      is_pinned: index === 1,
      body:
        index === 1
          ? 'Internal: reproduced locally on v2.3.\nCrash is in the CSV writer.'
          : `<p>Message ${count - index}: the export still crashes when the file is large.</p>`,
      attachments: index === 0 ? [makeAttachment()] : [],
    }),
  )
}

/** Raw page props as L sends them (snake_case models); `adonis` camelCases the models like A. */
function pageProps(options: { adonis?: boolean; replyCount?: number; agentType?: string } = {}) {
  const ticket = makeTicket({
    status: 'in_progress',
    assigned_to: 2,
    first_response_due_at: new Date(Date.now() + 0.5 * HOUR).toISOString(),
    resolution_due_at: new Date(Date.now() - 1.5 * HOUR).toISOString(),
    tags: [makeTag(), makeTag({ id: 3, name: 'VIP', slug: 'vip', color: '#f59e0b' })],
    replies: replies(options.replyCount ?? 3),
    activities: [
      makeActivity(),
      makeActivity({ id: 2, type: 'note_added', properties: null }),
      makeActivity({ id: 3, type: 'tag_added', properties: { tag_id: 3 } }),
    ],
  })
  return {
    ...makeSharedProps({ escalated: { agent_type: options.agentType ?? 'full' } }),
    ticket: options.adonis ? toAdonisCase(ticket) : ticket,
    departments: [
      { id: 1, name: 'Support' },
      { id: 2, name: 'Billing' },
    ],
    tags: [
      { id: 1, name: 'Bug', color: '#ef4444' },
      { id: 2, name: 'Refund', color: '#10b981' },
      { id: 3, name: 'VIP', color: '#f59e0b' },
    ],
    cannedResponses: [{ id: 1, title: 'Thanks', body: 'Thanks for reaching out, we are on it.' }],
    macros: [{ id: 1, name: 'Escalate to high', description: 'Set priority high + tag VIP' }],
    customActions: [
      makeCustomAction({ variant: 'primary', confirmation: 'Sync this ticket to the CRM?' }),
      makeCustomAction({
        key: 'print-label',
        label: 'Print shipping label',
        disabled: true,
        metadata: { icon: 'printer', reason: 'Set a department first' },
      }),
    ],
    is_following: true,
    followers_count: 2,
  }
}

const meta = {
  title: 'Pages/Agent/TicketShow',
  component: TicketShow,
  args: pageProps(),
  parameters: { layout: 'fullscreen', pageProps: pageProps() },
} satisfies Meta<typeof TicketShow>

export default meta
type Story = StoryObj<typeof meta>

/** L's snake_case payload. */
export const SnakeCase: Story = {}

/** The same ticket as Adonis serializes it (camelCase models). */
export const CamelCase: Story = {
  args: pageProps({ adonis: true }),
  parameters: { pageProps: pageProps({ adonis: true }) },
}

export const Dark: Story = { globals: { mode: 'dark' } }

/** A light agent: internal notes only, details read-only. */
export const LightAgent: Story = {
  args: pageProps({ agentType: 'light' }),
  parameters: { pageProps: pageProps({ agentType: 'light' }) },
}

/** A long thread, windowed: only the rows near the viewport are in the DOM. */
export const LongContent: Story = {
  args: pageProps({ replyCount: 300 }),
  parameters: { pageProps: pageProps({ replyCount: 300 }) },
}

/** No ticket in the props: the page says so instead of rendering empty cells. */
export const Empty: Story = {
  args: { ...makeSharedProps(), ticket: null },
  parameters: { pageProps: makeSharedProps() },
}
