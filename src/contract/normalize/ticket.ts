import type { PersonRef, SatisfactionRating, Ticket } from '../models'
import { DEFAULT_TICKET_PRIORITY } from '../enums'
import { normalizeActivities } from './activity'
import { normalizeChatMessages, normalizeRelatedTickets } from './chat'
import { normalizePerson } from './people'
import {
  field,
  firstPresent,
  isRecord,
  mapList,
  toBoolean,
  toId,
  toIsoDate,
  toNonEmptyString,
  toNumber,
  toRecord,
  toStringOrNull,
} from './read'
import { normalizeAttachments, normalizeReplies, normalizeReply } from './reply'
import { normalizeDepartment, normalizeSlaPolicy, normalizeTags } from './taxonomy'

/** Extra knowledge a page has beyond the ticket payload. */
export interface NormalizeTicketOptions {
  /**
   * People whose ids may appear in `assigned_to` (an `agents` prop, the signed-in user). A sends
   * only the id, so this is how the assignee gets a name.
   */
  agents?: readonly PersonRef[]
}

/** A satisfaction rating; null without a numeric rating. */
export function normalizeSatisfactionRating(raw: unknown): SatisfactionRating | null {
  const rating = toNumber(field(raw, 'rating'))
  if (rating === null) return null
  return {
    id: toId(field(raw, 'id')),
    ticket_id: toId(field(raw, 'ticket_id')),
    rating,
    comment: toNonEmptyString(field(raw, 'comment')),
    created_at: toIsoDate(field(raw, 'created_at')),
  }
}

/** The latest reply's author: a name, or a person object (its name). */
function authorName(raw: unknown): string | null {
  return toNonEmptyString(raw) ?? normalizePerson(raw)?.name ?? null
}

/**
 * A ticket in any casing, with whatever relations were loaded; null when it has neither an id nor
 * a reference. Relations that were not sent come back empty (`[]`) or null.
 */
export function normalizeTicket(raw: unknown, options: NormalizeTicketOptions = {}): Ticket | null {
  if (!isRecord(raw)) return null
  const id = toId(field(raw, 'id'))
  const reference = toNonEmptyString(field(raw, 'reference'))
  if (id === null && reference === null) return null

  const guestName = toNonEmptyString(field(raw, 'guest_name'))
  const guestEmail = toNonEmptyString(field(raw, 'guest_email'))
  const requesterType = toNonEmptyString(field(raw, 'requester_type'))
  const requester = normalizePerson(field(raw, 'requester'))
  const sentName = toNonEmptyString(field(raw, 'requester_name'))
  const sentEmail = toNonEmptyString(field(raw, 'requester_email'))
  // A fills neither for user-owned tickets: "Unknown" with an empty email means "not resolved".
  const placeholderName = sentName === 'Unknown' && sentEmail === null
  const requesterName = (placeholderName ? null : sentName) ?? requester?.name ?? guestName
  const requesterEmail = sentEmail ?? requester?.email ?? guestEmail ?? null

  const assignedTo = toId(field(raw, 'assigned_to'))
  const assigneeName = toNonEmptyString(field(raw, 'assignee_name'))
  const assignee =
    normalizePerson(field(raw, 'assignee')) ??
    (assignedTo === null ? undefined : options.agents?.find((agent) => agent.id === assignedTo)) ??
    (assigneeName === null ? null : { id: assignedTo, name: assigneeName })

  const replies = normalizeReplies(field(raw, 'replies'))
  const sentPinned = field(raw, 'pinned_notes')

  return {
    id,
    // A and N also accept the numeric id where L takes the reference.
    reference: reference ?? String(id),
    subject: toStringOrNull(field(raw, 'subject')) ?? '',
    description: toStringOrNull(field(raw, 'description')) ?? '',
    status: toNonEmptyString(field(raw, 'status')) ?? 'open',
    status_label: toNonEmptyString(field(raw, 'status_label')),
    priority: toNonEmptyString(field(raw, 'priority')) ?? DEFAULT_TICKET_PRIORITY,
    priority_label: toNonEmptyString(field(raw, 'priority_label')),
    ticket_type: toNonEmptyString(field(raw, 'ticket_type')),
    channel: toNonEmptyString(field(raw, 'channel')),
    requester_type: requesterType,
    requester_id: toId(field(raw, 'requester_id')),
    requester,
    requester_name: requesterName,
    requester_email: requesterEmail,
    isRequesterResolved: requesterName !== null,
    guest_name: guestName,
    guest_email: guestEmail,
    guest_token: toNonEmptyString(field(raw, 'guest_token')),
    is_guest: toBoolean(field(raw, 'is_guest'), guestEmail !== null && requesterType === null),
    assigned_to: assignedTo,
    assignee,
    department_id: toId(field(raw, 'department_id')),
    department: normalizeDepartment(field(raw, 'department')),
    tags: normalizeTags(field(raw, 'tags')),
    sla_policy_id: toId(field(raw, 'sla_policy_id')),
    sla_policy: normalizeSlaPolicy(field(raw, 'sla_policy')),
    first_response_at: toIsoDate(field(raw, 'first_response_at')),
    // rails names the due dates `sla_first_response_due_at` / `sla_resolution_due_at`.
    first_response_due_at: toIsoDate(
      firstPresent(field(raw, 'first_response_due_at'), field(raw, 'sla_first_response_due_at')),
    ),
    resolution_due_at: toIsoDate(
      firstPresent(field(raw, 'resolution_due_at'), field(raw, 'sla_resolution_due_at')),
    ),
    sla_first_response_breached: toBoolean(field(raw, 'sla_first_response_breached')),
    sla_resolution_breached: toBoolean(field(raw, 'sla_resolution_breached')),
    resolved_at: toIsoDate(field(raw, 'resolved_at')),
    closed_at: toIsoDate(field(raw, 'closed_at')),
    created_at: toIsoDate(field(raw, 'created_at')),
    updated_at: toIsoDate(field(raw, 'updated_at')),
    snoozed_until: toIsoDate(field(raw, 'snoozed_until')),
    snoozed_by: toId(field(raw, 'snoozed_by')),
    status_before_snooze: toNonEmptyString(field(raw, 'status_before_snooze')),
    is_snoozed: toBoolean(field(raw, 'is_snoozed')),
    is_live_chat: toBoolean(field(raw, 'is_live_chat')),
    chat_session_id: toId(field(raw, 'chat_session_id')),
    chat_started_at: toIsoDate(field(raw, 'chat_started_at')),
    chat_ended_at: toIsoDate(field(raw, 'chat_ended_at')),
    chat_metadata: toRecord(field(raw, 'chat_metadata')),
    chat_messages: normalizeChatMessages(field(raw, 'chat_messages')),
    contact_id: toId(field(raw, 'contact_id')),
    metadata: toRecord(field(raw, 'metadata')),
    last_reply_at: toIsoDate(field(raw, 'last_reply_at')),
    last_reply_author: authorName(field(raw, 'last_reply_author')),
    replies,
    // A marks pinned notes only on the reply (isPinned); there is no pinned_notes list.
    pinned_notes: Array.isArray(sentPinned)
      ? normalizeReplies(sentPinned)
      : replies.filter((reply) => reply.is_pinned),
    latest_reply: normalizeReply(field(raw, 'latest_reply')),
    attachments: normalizeAttachments(field(raw, 'attachments')),
    activities: normalizeActivities(field(raw, 'activities')),
    satisfaction_rating: normalizeSatisfactionRating(field(raw, 'satisfaction_rating')),
    requester_ticket_count: toNumber(field(raw, 'requester_ticket_count')),
    related_tickets: normalizeRelatedTickets(field(raw, 'related_tickets')),
  }
}

/** A list of tickets, dropping entries without an id or a reference. */
export function normalizeTickets(raw: unknown, options: NormalizeTicketOptions = {}): Ticket[] {
  return mapList(raw, (entry) => normalizeTicket(entry, options))
}
