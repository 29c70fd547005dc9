import type { Id, PersonRef, Reply, Ticket } from '@/contract'

/** Who wrote a reply, as far as the page can tell. */
export interface ReplyAuthor {
  /** Display name, or null when nobody known matches (the UI then says so). */
  name: string | null
  /** `requester` for the ticket's requester or guest, `staff` for a known agent, else `unknown`. */
  role: 'requester' | 'staff' | 'unknown'
}

/** Looks up a reply's author from what a page knows. */
export type ResolveReplyAuthor = (reply: Reply) => ReplyAuthor

function sameId(a: Id | null | undefined, b: Id | null | undefined): boolean {
  return a !== null && a !== undefined && b !== null && b !== undefined && String(a) === String(b)
}

/**
 * An author resolver for one ticket. L loads `author` on each reply; A sends only `author_id`, so
 * the name comes from the requester, the signed-in user or the `agents` list when the id matches.
 */
export function createAuthorResolver(
  ticket: Ticket,
  staff: readonly PersonRef[],
): ResolveReplyAuthor {
  return (reply) => {
    const isRequester =
      (reply.author_id === null && reply.author_type === null) ||
      sameId(reply.author_id, ticket.requester_id)
    if (reply.author?.name) {
      return { name: reply.author.name, role: isRequester ? 'requester' : 'staff' }
    }
    if (isRequester) {
      const name = ticket.guest_name ?? (ticket.isRequesterResolved ? ticket.requester_name : null)
      return { name: name ?? ticket.requester?.name ?? null, role: 'requester' }
    }
    const person = staff.find((candidate) => sameId(candidate.id, reply.author_id))
    return person ? { name: person.name, role: 'staff' } : { name: null, role: 'unknown' }
  }
}
