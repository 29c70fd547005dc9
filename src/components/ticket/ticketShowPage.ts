/**
 * Raw props of `Escalated/Agent/TicketShow` and `Escalated/Admin/Tickets/Show` as backends send them
 * (contract §1.3, §1.4): every key is `unknown` until `normalizeTicketShowProps` reads it. Both
 * casings of a key are listed where backends differ.
 */
export interface TicketShowRawProps {
  /** The ticket model (snake_case or camelCase fields). */
  ticket?: unknown
  /** Department options. */
  departments?: unknown
  /** Tag options. */
  tags?: unknown
  /** Canned responses (L, A). */
  cannedResponses?: unknown
  /** Canned responses (rails). */
  canned_responses?: unknown
  /** Macros. */
  macros?: unknown
  /** Host-defined actions (L+). */
  customActions?: unknown
  /** Host-defined actions (REST spelling). */
  custom_actions?: unknown
  /** Whether the viewer follows the ticket. */
  is_following?: unknown
  /** Follower count. */
  followers_count?: unknown
  /** Assignable agents (admin page). */
  agents?: unknown
  /** Snoozed flag (L admin page). */
  is_snoozed?: unknown
  /** Shared `auth` block: the viewer resolves assignee and author names. */
  auth?: unknown
  /** A sends these next to the ticket instead of inside it (contract §1.3.1). */
  chat_session_id?: unknown
  /** Chat start time (A, top level). */
  chat_started_at?: unknown
  /** Chat transcript (A, top level). */
  chat_messages?: unknown
  /** Chat metadata (A, top level). */
  chat_metadata?: unknown
  /** Requester's ticket count (A, top level). */
  requester_ticket_count?: unknown
  /** Related tickets (A, top level). */
  related_tickets?: unknown
  /** Replies (rails, django: top level). */
  replies?: unknown
  /** Activities (rails, django: top level). */
  activities?: unknown
  /** Pinned notes, when sent beside the ticket. */
  pinned_notes?: unknown
}
