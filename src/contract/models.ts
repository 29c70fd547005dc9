/**
 * Domain view models. Backend fields keep their snake_case names (contract §1.7, §3.2) whatever the
 * wire casing was; fields we derive ourselves are camelCase.
 */
import type { TicketPriority, TicketStatus, TicketType } from './enums'

/** A database id: an integer on L and A; kept as a string when a backend sends a non-numeric one. */
export type Id = number | string

/** An ISO-8601 date-time string. */
export type IsoDateString = string

/** A person shown next to a record (author, causer, requester); some backends send only a name. */
export interface PersonRef {
  /** The user id, when the backend sent one. */
  id: Id | null
  /** Display name (the email when the backend has no name). */
  name: string
  /** Email address, when sent. */
  email?: string
}

/** A user we can act on (the signed-in user, an agent to assign): the id is always known. */
export interface User {
  /** The user id. */
  id: Id
  /** Display name (the email when the backend has no name). */
  name: string
  /** Email address, when sent. */
  email?: string
}

/** An agent in an `agents` list. */
export type AgentRef = User

/** A department; option lists send only `{id, name}`, so the rest may be defaults. */
export interface Department {
  /** Department id. */
  id: Id
  /** Display name. */
  name: string
  /** URL slug, when sent. */
  slug: string | null
  /** Free-text description, when sent. */
  description: string | null
  /** Whether the department takes new tickets (`true` when not sent). */
  is_active: boolean
  /** Ticket count (L admin lists). */
  tickets_count: number | null
  /** Agent count (L admin lists). */
  agents_count: number | null
}

/** A tag; option lists send only `{id, name, color}`. */
export interface Tag {
  /** Tag id. */
  id: Id
  /** Display name. */
  name: string
  /** URL slug, when sent. */
  slug: string | null
  /** Colour as the backend stores it (hex), or null. */
  color: string | null
  /** Ticket count (L admin list). */
  tickets_count: number | null
}

/** An SLA policy (L `sla_policies`); rails sends only `{id, name}`. */
export interface SlaPolicy {
  /** Policy id. */
  id: Id
  /** Display name. */
  name: string
  /** Free-text description. */
  description: string | null
  /** Whether new tickets get this policy by default. */
  is_default: boolean
  /** Whether the policy is in use. */
  is_active: boolean
  /** Whether targets count business hours only. */
  business_hours_only: boolean
  /** First-response target in hours, per priority. */
  first_response_hours: Record<string, number>
  /** Resolution target in hours, per priority. */
  resolution_hours: Record<string, number>
  /** Ticket count (L admin list). */
  tickets_count: number | null
}

/** A file attached to a ticket or reply. */
export interface Attachment {
  /** Attachment id, when sent. */
  id: Id | null
  /** Stored file name (the original name when only that was sent). */
  filename: string
  /** Name the file had when uploaded. */
  original_filename: string | null
  /** MIME type (rails: `content_type`). */
  mime_type: string | null
  /** Size in bytes; null when unknown or sent only as a human string. */
  size: number | null
  /**
   * Download URL exactly as the server sent it (L `url`, L+ signed `url`, A `downloadUrl`, which A
   * itself does not serve). Null when none was sent; never build one by hand.
   */
  url: string | null
  /** Upload time. */
  created_at: IsoDateString | null
}

/** What kind of entry a reply is. */
export type ReplyType = 'reply' | 'note' | 'chat_message' | (string & {})

/** A reply or internal note on a ticket. `body` may hold HTML: render it only sanitised. */
export interface Reply {
  /** Reply id. */
  id: Id
  /** Owning ticket id. */
  ticket_id: Id | null
  /** Author model type (`User`, …), when sent. */
  author_type: string | null
  /** Author id, when sent. */
  author_id: Id | null
  /** The author, when the backend loaded it (L, rails); A sends none. */
  author: PersonRef | null
  /** Body (HTML allowed; sanitise before rendering). */
  body: string
  /** Whether this is an internal note, hidden from customers. */
  is_internal_note: boolean
  /** Whether the note is pinned. */
  is_pinned: boolean
  /** Reply kind; derived from `is_internal_note` when not sent. */
  type: ReplyType
  /** Free-form metadata (`{}` when none). */
  metadata: Record<string, unknown>
  /** Files attached to the reply. */
  attachments: Attachment[]
  /** Creation time. */
  created_at: IsoDateString | null
  /** Last update. */
  updated_at: IsoDateString | null
}

/** Activity types observed on A; other backends may send more. */
export type ActivityType =
  | 'status_changed'
  | 'assigned'
  | 'priority_changed'
  | 'tag_added'
  | 'department_changed'
  | 'replied'
  | 'note_added'
  | (string & {})

/** One entry in a ticket's activity log. */
export interface Activity {
  /** Activity id. */
  id: Id
  /** Owning ticket id. */
  ticket_id: Id | null
  /** Causer model type, when sent. */
  causer_type: string | null
  /** Causer id, when sent. */
  causer_id: Id | null
  /** The causer, when loaded (L, rails). */
  causer: PersonRef | null
  /** What happened (rails: `action`). */
  type: ActivityType
  /** Details, e.g. `{old_status, new_status}` (rails: `details`); `{}` when none. */
  properties: Record<string, unknown>
  /** A server-written sentence (rails), else null. */
  description: string | null
  /** When it happened. */
  created_at: IsoDateString | null
  /** A's English relative time ("2 seconds ago"); prefer formatting `created_at` locally. */
  created_at_human: string | null
}

/** A canned response an agent can insert. */
export interface CannedResponse {
  /** Response id. */
  id: Id
  /** Title shown in the picker. */
  title: string
  /** Body to insert. */
  body: string
  /** Category, when set. */
  category: string | null
  /** Creator's user id. */
  created_by: Id | null
  /** Whether other agents see it. */
  is_shared: boolean
  /** The creator, when loaded (L admin list). */
  creator: PersonRef | null
}

/** Macro action types (A); other backends may add more. */
export type MacroActionType =
  'status' | 'priority' | 'assign' | 'tags' | 'department' | 'reply' | 'note' | (string & {})

/** A macro action's value: a status, an id, a text, or an id list (A `tags`). */
export type MacroActionValue = string | number | boolean | null | Array<string | number>

/** One step of a macro. */
export interface MacroAction {
  /** What the step changes. */
  type: MacroActionType
  /** The value it sets. */
  value: MacroActionValue
}

/** A macro: a named list of actions applied to a ticket at once. */
export interface Macro {
  /** Macro id. */
  id: Id
  /** Display name. */
  name: string
  /** Description, when set. */
  description: string | null
  /** Steps, in order. */
  actions: MacroAction[]
  /** Creator's user id. */
  created_by: Id | null
  /** Whether other agents see it. */
  is_shared: boolean
  /** Sort order, when sent. */
  order: number | null
}

/** A customer satisfaction rating. */
export interface SatisfactionRating {
  /** Rating id, when sent. */
  id: Id | null
  /** Rated ticket id. */
  ticket_id: Id | null
  /** Stars, 1–5. */
  rating: number
  /** Optional comment. */
  comment: string | null
  /** When it was given. */
  created_at: IsoDateString | null
}

/** Visual weight of a custom action button; unknown values arrive here as `secondary`. */
export type CustomActionVariant = 'primary' | 'secondary' | 'danger'

/** HTTP method a custom action is sent with. */
export type CustomActionMethod = 'post' | 'put' | 'patch' | 'delete'

/** A host-defined button on the agent ticket page (contract §5), normalized. */
export interface CustomAction {
  /** Action key, used in the endpoint path. */
  key: string
  /** Label, already localised by the server: show it as given. */
  label: string
  /** Button style. */
  variant: CustomActionVariant
  /** Text to confirm in a dialog before posting, or null for none. */
  confirmation: string | null
  /** Whether the server disabled the action for this ticket and user. */
  disabled: boolean
  /** Free-form extras such as `{icon: 'refresh-cw'}` (`{}` when none). */
  metadata: Record<string, unknown>
  /** Endpoint to call, as sent; null means build it from the route table. */
  url: string | null
  /** Method to call it with (`post` when not sent). */
  method: CustomActionMethod
}

/** A message of a live chat attached to a ticket. */
export interface ChatMessage {
  /** Message id. */
  id: Id
  /** Text (may hold HTML: sanitise before rendering). */
  body: string
  /** Whether only agents see it. */
  is_internal_note: boolean
  /** Whether an agent wrote it (A: `author_type` set and not `Guest`). */
  is_agent: boolean
  /** Author model type (A), when sent. */
  author_type: string | null
  /** Author id, when sent. */
  author_id: Id | null
  /** The author (L), when sent. */
  author: PersonRef | null
  /** When it was sent. */
  created_at: IsoDateString | null
}

/** Another ticket shown next to this one (same requester, or linked). */
export interface RelatedTicket {
  /** Ticket id, when sent. */
  id: Id | null
  /** Ticket reference, for links. */
  reference: string
  /** Subject line. */
  subject: string
  /** Current status. */
  status: TicketStatus
}

/** A saved ticket-list filter (L `saved_views`, A `agent.views`). */
export interface SavedView {
  /** View id. */
  id: Id
  /** Display name. */
  name: string
  /** The stored query filters. */
  filters: Record<string, unknown>
  /** Whether other agents see it. */
  is_shared: boolean
  /** Whether it opens by default. */
  is_default: boolean
  /** Sort position, when sent. */
  position: number | null
  /** Icon name, when set. */
  icon: string | null
  /** Colour, when set. */
  color: string | null
  /** Owner's user id. */
  user_id: Id | null
}

/** A ticket with whatever relations the page loaded; absent relations are empty or null. */
export interface Ticket {
  /** Ticket id (bulk actions, realtime channels); null only when a backend omitted it. */
  id: Id | null
  /** Route identifier, e.g. `ESC-00001`; the id as text when a backend sent no reference. */
  reference: string
  /** Subject line. */
  subject: string
  /** Description as sent (may hold HTML: sanitise before rendering). */
  description: string
  /** Current status (`open` when not sent). */
  status: TicketStatus
  /** Server label for the status (REST `status_label`), when sent. */
  status_label: string | null
  /** Priority (`medium` when not sent). */
  priority: TicketPriority
  /** Server label for the priority (REST `priority_label`), when sent. */
  priority_label: string | null
  /** Ticket type, when sent. */
  ticket_type: TicketType | null
  /** Channel it came in through (web, widget, email, chat, …). */
  channel: string | null
  /** Requester model type; null for guest tickets. */
  requester_type: string | null
  /** Requester id; null for guest tickets. */
  requester_id: Id | null
  /** The requester relation, when loaded (L). */
  requester: PersonRef | null
  /** Requester name; null when the backend could not resolve it (see `isRequesterResolved`). */
  requester_name: string | null
  /** Requester email; null when unknown. */
  requester_email: string | null
  /**
   * False when the backend did not know the requester: A always sends `requesterName: "Unknown"`
   * with an empty email for user-owned tickets.
   */
  isRequesterResolved: boolean
  /** Guest's name (guest tickets). */
  guest_name: string | null
  /** Guest's email (guest tickets). */
  guest_email: string | null
  /** Guest access token, when the payload includes it (A staff pages do). */
  guest_token: string | null
  /** Whether a guest opened the ticket. */
  is_guest: boolean
  /** Assigned agent's id. */
  assigned_to: Id | null
  /** Assigned agent: the loaded relation, or resolved from `assigned_to` through a known agent list. */
  assignee: PersonRef | null
  /** Department id. */
  department_id: Id | null
  /** Department, when loaded. */
  department: Department | null
  /** Tags, when loaded. */
  tags: Tag[]
  /** SLA policy id. */
  sla_policy_id: Id | null
  /** SLA policy, when loaded. */
  sla_policy: SlaPolicy | null
  /** When the first agent response happened. */
  first_response_at: IsoDateString | null
  /** When the first response is due. */
  first_response_due_at: IsoDateString | null
  /** When resolution is due. */
  resolution_due_at: IsoDateString | null
  /** Whether the first-response target was missed. */
  sla_first_response_breached: boolean
  /** Whether the resolution target was missed. */
  sla_resolution_breached: boolean
  /** When it was resolved. */
  resolved_at: IsoDateString | null
  /** When it was closed. */
  closed_at: IsoDateString | null
  /** Creation time. */
  created_at: IsoDateString | null
  /** Last update. */
  updated_at: IsoDateString | null
  /** Snoozed until this time. */
  snoozed_until: IsoDateString | null
  /** Who snoozed it. */
  snoozed_by: Id | null
  /** Status to restore when the snooze ends. */
  status_before_snooze: TicketStatus | null
  /** Whether it is snoozed now. */
  is_snoozed: boolean
  /** Whether it is a live-chat ticket. */
  is_live_chat: boolean
  /** Live chat session id. */
  chat_session_id: Id | null
  /** When the chat started. */
  chat_started_at: IsoDateString | null
  /** When the chat ended. */
  chat_ended_at: IsoDateString | null
  /** Chat metadata (`{}` when none). */
  chat_metadata: Record<string, unknown>
  /** Chat transcript. */
  chat_messages: ChatMessage[]
  /** Contact id (guest contacts). */
  contact_id: Id | null
  /** Free-form metadata (`{}` when none, including PHP's empty `[]`). */
  metadata: Record<string, unknown>
  /** Time of the latest reply. */
  last_reply_at: IsoDateString | null
  /** Name of the latest reply's author, when sent. */
  last_reply_author: string | null
  /** Replies in the order sent (L and A: newest first). */
  replies: Reply[]
  /** Pinned internal notes: as sent, or derived from `replies` when the backend sent none (A). */
  pinned_notes: Reply[]
  /** The latest reply (L list items), when loaded. */
  latest_reply: Reply | null
  /** Files attached to the ticket itself (L). */
  attachments: Attachment[]
  /** Activity log, newest first. */
  activities: Activity[]
  /** The satisfaction rating, when loaded. */
  satisfaction_rating: SatisfactionRating | null
  /** How many tickets the requester has, when sent. */
  requester_ticket_count: number | null
  /** Other tickets of the same requester. */
  related_tickets: RelatedTicket[]
}

/** A knowledge-base category (L). */
export interface KbCategory {
  /** Category id. */
  id: Id
  /** Display name. */
  name: string
  /** URL slug. */
  slug: string | null
  /** Description, when set. */
  description: string | null
  /** Parent category id, for nested categories. */
  parent_id: Id | null
  /** Sort position. */
  position: number | null
  /** Published articles in it, when counted. */
  articles_count: number | null
}

/** A knowledge-base article (L). `body` is HTML on the customer side: sanitise before rendering. */
export interface KbArticle {
  /** Article id. */
  id: Id
  /** Title. */
  title: string
  /** URL slug (customer routes use it), when sent. */
  slug: string | null
  /** Body (HTML for customers, markdown in the admin form). */
  body: string
  /** `draft` or `published`, when sent. */
  status: string | null
  /** Category id. */
  category_id: Id | null
  /** Category, when loaded. */
  category: KbCategory | null
  /** View count. */
  view_count: number | null
  /** "Helpful" votes. */
  helpful_count: number | null
  /** "Not helpful" votes. */
  not_helpful_count: number | null
  /** Publication time. */
  published_at: IsoDateString | null
  /** Creation time. */
  created_at: IsoDateString | null
  /** Last update. */
  updated_at: IsoDateString | null
}

/** A short link to another article (`related` on the article page). */
export interface KbArticleRef {
  /** Article id. */
  id: Id
  /** Title. */
  title: string
  /** URL slug. */
  slug: string
}
