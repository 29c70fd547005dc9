/**
 * Ticket status, priority and type values with the backends' defaults (contract §3.5).
 * Labels are the backends' English defaults, for fallbacks; the UI translates known values itself.
 * Default colours are not here: they are theme tokens (`--esc-status-*`, `--esc-priority-*` in
 * src/theme/tokens.css), the one place colour literals may live.
 */

/** Default display data for one status value. */
export interface StatusMeta {
  /** English label the backends use. */
  readonly label: string
  /** Statuses reachable from this one under the L default config (A rejects others with a 500). */
  readonly transitions: readonly KnownTicketStatus[]
}

/** Default display data for one priority value. */
export interface PriorityMeta {
  /** English label the backends use. */
  readonly label: string
  /** Sort weight, 1 (low) to 5 (critical). */
  readonly weight: number
}

/** The statuses L and A know, in their declaration order. */
export const TICKET_STATUSES = [
  'open',
  'in_progress',
  'waiting_on_customer',
  'waiting_on_agent',
  'escalated',
  'resolved',
  'closed',
  'reopened',
  'live',
] as const

/** A status both L and A define (`live` is L's live chat). */
export type KnownTicketStatus = (typeof TICKET_STATUSES)[number]

/** A ticket status: a known one, or an admin-defined custom status (L `Admin/Statuses`). */
export type TicketStatus = KnownTicketStatus | (string & {})

/** Label and allowed transitions per known status (contract §3.5). */
export const TICKET_STATUS_META = {
  open: {
    label: 'Open',
    transitions: [
      'in_progress',
      'waiting_on_customer',
      'waiting_on_agent',
      'escalated',
      'resolved',
      'closed',
    ],
  },
  in_progress: {
    label: 'In Progress',
    transitions: ['waiting_on_customer', 'waiting_on_agent', 'escalated', 'resolved', 'closed'],
  },
  waiting_on_customer: {
    label: 'Waiting on Customer',
    transitions: ['open', 'in_progress', 'resolved', 'closed'],
  },
  waiting_on_agent: {
    label: 'Waiting on Agent',
    transitions: ['open', 'in_progress', 'escalated', 'resolved', 'closed'],
  },
  escalated: {
    label: 'Escalated',
    transitions: ['in_progress', 'resolved', 'closed'],
  },
  resolved: { label: 'Resolved', transitions: ['reopened', 'closed'] },
  closed: { label: 'Closed', transitions: ['reopened'] },
  reopened: {
    label: 'Reopened',
    transitions: [
      'in_progress',
      'waiting_on_customer',
      'waiting_on_agent',
      'escalated',
      'resolved',
      'closed',
    ],
  },
  live: { label: 'Live', transitions: ['open', 'resolved', 'closed'] },
} as const satisfies Record<KnownTicketStatus, StatusMeta>

/** The priorities L and A know, lowest first. */
export const TICKET_PRIORITIES = ['low', 'medium', 'high', 'urgent', 'critical'] as const

/** A priority both L and A define. */
export type KnownTicketPriority = (typeof TICKET_PRIORITIES)[number]

/** A ticket priority; unknown values are kept as sent. */
export type TicketPriority = KnownTicketPriority | (string & {})

/** The priority a ticket gets when none is given (L, A). */
export const DEFAULT_TICKET_PRIORITY = 'medium' satisfies KnownTicketPriority

/** Label and weight per known priority (contract §3.5). */
export const TICKET_PRIORITY_META = {
  low: { label: 'Low', weight: 1 },
  medium: { label: 'Medium', weight: 2 },
  high: { label: 'High', weight: 3 },
  urgent: { label: 'Urgent', weight: 4 },
  critical: { label: 'Critical', weight: 5 },
} as const satisfies Record<KnownTicketPriority, PriorityMeta>

/** Ticket types of L `Ticket::TYPES`. */
export const TICKET_TYPES = ['question', 'problem', 'incident', 'task'] as const

/** A known ticket type. */
export type KnownTicketType = (typeof TICKET_TYPES)[number]

/** A ticket type; unknown values are kept as sent. */
export type TicketType = KnownTicketType | (string & {})

/** The type a ticket gets when none is given (L). */
export const DEFAULT_TICKET_TYPE = 'question' satisfies KnownTicketType

/** Whether `status` is one of the statuses L and A define. */
export function isKnownStatus(status: unknown): status is KnownTicketStatus {
  return typeof status === 'string' && Object.hasOwn(TICKET_STATUS_META, status)
}

/** Whether `priority` is one of the priorities L and A define. */
export function isKnownPriority(priority: unknown): priority is KnownTicketPriority {
  return typeof priority === 'string' && Object.hasOwn(TICKET_PRIORITY_META, priority)
}

/** Whether `type` is one of L's ticket types. */
export function isKnownTicketType(type: unknown): type is KnownTicketType {
  return typeof type === 'string' && (TICKET_TYPES as readonly string[]).includes(type)
}

/**
 * The statuses a ticket may move to from `status` (L default config). Custom statuses have no
 * known transitions, so this returns `[]` for them; callers add their custom statuses themselves.
 */
export function allowedTransitions(status: TicketStatus): readonly KnownTicketStatus[] {
  return isKnownStatus(status) ? TICKET_STATUS_META[status].transitions : []
}

/** Whether moving from `from` to `to` is an allowed transition between known statuses. */
export function canTransition(from: TicketStatus, to: TicketStatus): boolean {
  return isKnownStatus(to) && allowedTransitions(from).includes(to)
}

/** Turns `waiting_on_customer` into `Waiting on customer`, for values no table knows. */
function humanize(value: string): string {
  const words = value.replace(/[_-]+/g, ' ').trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** Display data for any status; an unknown (custom) status gets a humanized label. */
export function statusMeta(status: TicketStatus): StatusMeta {
  if (isKnownStatus(status)) return TICKET_STATUS_META[status]
  return { label: humanize(status), transitions: [] }
}

/** Display data for any priority; an unknown one gets a humanized label and weight 0. */
export function priorityMeta(priority: TicketPriority): PriorityMeta {
  if (isKnownPriority(priority)) return TICKET_PRIORITY_META[priority]
  return { label: humanize(priority), weight: 0 }
}
