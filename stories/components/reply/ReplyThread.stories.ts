import type { Meta, StoryObj } from '@storybook/vue3-vite'
import ReplyThread from '../../../src/components/reply/ReplyThread.vue'
import { onPanel } from '../../panel'
import { createAuthorResolver } from '../../../src/components/reply/authors'
import { ticketOpeningMessage } from '../../../src/components/reply/opening'
import { normalizeTicket } from '../../../src'
import { makeAttachment, makeReply, makeTicket, makeUser } from '../../../test/fixtures'

// The requester's opening message: the description (with markup the sanitiser keeps) and a file
// attached to the ticket itself.
const DESCRIPTION =
  '<p>Export to CSV crashes the app as soon as the report has <strong>more than 500 rows</strong>.</p>'

function thread(count: number) {
  const ticket = normalizeTicket(
    makeTicket({
      description: DESCRIPTION,
      attachments: [makeAttachment({ id: 9, original_filename: 'crash-report.txt', size: 512 })],
      replies: Array.from({ length: count }, (_, index) =>
        makeReply({
          id: count - index,
          author_id: index % 2 ? 2 : 4,
          author: index % 2 ? makeUser() : null,
          is_internal_note: index % 5 === 1,
          is_pinned: index === 1,
          body: `<p>Message ${count - index}. <strong>Bold</strong> and a <a href="https://example.test">link</a>.</p>`,
          attachments: index === 0 ? [makeAttachment()] : [],
        }),
      ),
    }),
  )
  if (!ticket) throw new globalThis.Error('fixture ticket did not normalize')
  return {
    replies: ticket.replies,
    opening: ticketOpeningMessage(ticket),
    pinnedNotes: ticket.pinned_notes,
    resolveAuthor: createAuthorResolver(ticket, [makeUser()]),
    canPin: true,
    canSplit: true,
  }
}

const meta = {
  title: 'Reply/ReplyThread',
  component: ReplyThread,
  decorators: [onPanel],
  args: thread(4),
} satisfies Meta<typeof ReplyThread>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}
export const Dark: Story = { globals: { mode: 'dark' } }
/** A new ticket: only the requester's original request, no replies yet. */
export const OpeningOnly: Story = { args: thread(0) }
export const OpeningOnlyDark: Story = { args: thread(0), globals: { mode: 'dark' } }
export const Empty: Story = { args: { ...thread(0), opening: null } }

/** 500 replies, windowed. */
export const LongContent: Story = { args: thread(500) }
