import type { Reply, Ticket } from '@/contract'

// Not a number, so it never equals a real reply id.
const OPENING_MESSAGE_ID = 'ticket-description'

// Rich editors leave `<p><br></p>` or `&nbsp;` behind for an empty description; that is no message.
function hasVisibleContent(body: string): boolean {
  // An image alone is content; the sanitiser keeps it where images are allowed.
  if (/<img\b/i.test(body)) return true
  const text = body
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;|&#160;|&#xa0;/gi, ' ')
    .trim()
  return text.length > 0
}

/**
 * The ticket's opening message (its description and the files attached to the ticket itself) in
 * the shape of a public reply by the requester, so the thread renders and names it like the others.
 * Null when the ticket has neither a description nor attachments.
 */
export function ticketOpeningMessage(ticket: Ticket): Reply | null {
  const body = hasVisibleContent(ticket.description) ? ticket.description : ''
  if (!body && !ticket.attachments.length) return null
  return {
    id: OPENING_MESSAGE_ID,
    ticket_id: ticket.id,
    // A guest ticket has no requester id: an author without id and type is the requester there too.
    author_type: ticket.requester_id === null ? null : ticket.requester_type,
    author_id: ticket.requester_id,
    // Left to the author resolver, which knows when a backend's requester name is a placeholder (A).
    author: null,
    body,
    is_internal_note: false,
    is_pinned: false,
    type: 'reply',
    metadata: {},
    attachments: ticket.attachments,
    created_at: ticket.created_at,
    updated_at: ticket.created_at,
  }
}

/**
 * Whether replies are listed oldest first, judged by the first and last timestamps. L and A send
 * newest first, so equal or missing times keep that reading.
 */
export function isOldestFirst(replies: readonly Reply[]): boolean {
  const first = Date.parse(replies[0]?.created_at ?? '')
  const last = Date.parse(replies[replies.length - 1]?.created_at ?? '')
  return !Number.isNaN(first) && !Number.isNaN(last) && first < last
}
