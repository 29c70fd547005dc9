import type { PersonRef } from '../../models'
import type { TicketShowProps } from '../../pages'
import { normalizeCustomActions } from '../customAction'
import { normalizeUser, normalizeUsers } from '../people'
import { field, firstPresent, isRecord, toBoolean, toNumber, type UnknownRecord } from '../read'
import { normalizeCannedResponses, normalizeMacros } from '../responses'
import { normalizeDepartments, normalizeTags } from '../taxonomy'
import { normalizeTicket } from '../ticket'

// Parts L puts inside `ticket` and A (chat, counts) or rails/django (replies, activities) send as
// top-level props (contract §1.3.1, §1.6). Read each as `ticket.X ?? props.X`.
const TICKET_OR_PAGE_KEYS = [
  'chat_session_id',
  'chat_started_at',
  'chat_messages',
  'chat_metadata',
  'requester_ticket_count',
  'related_tickets',
  'replies',
  'activities',
  'pinned_notes',
] as const

/** The raw ticket with the parts sent beside it folded in; the raw objects are not modified. */
function mergeTicketParts(ticket: unknown, props: unknown): UnknownRecord | null {
  if (!isRecord(ticket)) return null
  const merged: UnknownRecord = { ...ticket }
  for (const key of TICKET_OR_PAGE_KEYS) {
    // The ticket's own value wins; the page-level one only fills a gap.
    const value = firstPresent(field(ticket, key), field(props, key))
    if (value !== undefined) merged[key] = value
  }
  return merged
}

/**
 * Props of `Escalated/Agent/TicketShow` and `Escalated/Admin/Tickets/Show`, from L, A (both casings)
 * or rails. The assignee name is resolved through `agents` and the signed-in user, since A sends
 * only `assignedTo`.
 */
export function normalizeTicketShowProps(raw: unknown): TicketShowProps {
  const agents = normalizeUsers(field(raw, 'agents'))
  const viewer = normalizeUser(field(field(raw, 'auth'), 'user'))
  const known: PersonRef[] = viewer === null ? agents : [...agents, viewer]
  const ticket = normalizeTicket(mergeTicketParts(field(raw, 'ticket'), raw), { agents: known })
  const isSnoozed = field(raw, 'is_snoozed')
  return {
    ticket,
    departments: normalizeDepartments(field(raw, 'departments')),
    tags: normalizeTags(field(raw, 'tags')),
    // The key stays `cannedResponses` on L and A; rails sends `canned_responses`.
    cannedResponses: normalizeCannedResponses(field(raw, 'canned_responses')),
    macros: normalizeMacros(field(raw, 'macros')),
    // Inertia prop `customActions` (L+); REST ticket detail `custom_actions`.
    customActions: normalizeCustomActions(
      firstPresent(field(raw, 'custom_actions'), field(field(raw, 'ticket'), 'custom_actions')),
    ),
    isFollowing: toBoolean(field(raw, 'is_following')),
    followersCount: toNumber(field(raw, 'followers_count')) ?? 0,
    agents,
    isSnoozed:
      isSnoozed !== undefined && isSnoozed !== null
        ? toBoolean(isSnoozed)
        : (ticket?.is_snoozed ?? false),
  }
}
