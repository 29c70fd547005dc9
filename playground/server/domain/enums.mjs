// Ticket enumerations as escalated-laravel defines them (contract §3.5).

/** Status values with their label and the backend's default colour. */
export const STATUSES = {
  open: { label: 'Open', color: '#3B82F6' },
  in_progress: { label: 'In Progress', color: '#8B5CF6' },
  waiting_on_customer: { label: 'Waiting on Customer', color: '#F59E0B' },
  waiting_on_agent: { label: 'Waiting on Agent', color: '#F97316' },
  escalated: { label: 'Escalated', color: '#EF4444' },
  resolved: { label: 'Resolved', color: '#10B981' },
  closed: { label: 'Closed', color: '#6B7280' },
  reopened: { label: 'Reopened', color: '#3B82F6' },
  live: { label: 'Live', color: '#06B6D4' },
}

/** Allowed status transitions (Laravel's default config). */
export const TRANSITIONS = {
  open: [
    'in_progress',
    'waiting_on_customer',
    'waiting_on_agent',
    'escalated',
    'resolved',
    'closed',
  ],
  in_progress: ['waiting_on_customer', 'waiting_on_agent', 'escalated', 'resolved', 'closed'],
  waiting_on_customer: ['open', 'in_progress', 'resolved', 'closed'],
  waiting_on_agent: ['open', 'in_progress', 'escalated', 'resolved', 'closed'],
  escalated: ['in_progress', 'resolved', 'closed'],
  resolved: ['reopened', 'closed'],
  closed: ['reopened'],
  reopened: [
    'in_progress',
    'waiting_on_customer',
    'waiting_on_agent',
    'escalated',
    'resolved',
    'closed',
  ],
  live: ['open', 'resolved', 'closed'],
}

/** Priorities, lowest first; the index + 1 is the weight used for sorting. */
export const PRIORITIES = ['low', 'medium', 'high', 'urgent', 'critical']

/** Ticket types (Laravel `Ticket::TYPES`). */
export const TICKET_TYPES = ['question', 'problem', 'incident', 'task']

/** Statuses that count as finished work. */
export const DONE_STATUSES = ['resolved', 'closed']

/**
 * Whether a ticket may move from one status to another.
 * @param {string} from
 * @param {string} to
 * @returns {boolean}
 */
export function canTransition(from, to) {
  const allowed = /** @type {Record<string, string[]>} */ (TRANSITIONS)[from]
  return Array.isArray(allowed) && allowed.includes(to)
}

/**
 * The label of a status, falling back to a title-cased value for unknown ones.
 * @param {string} status
 * @returns {string}
 */
export function statusLabel(status) {
  const known = /** @type {Record<string, {label: string}>} */ (STATUSES)[status]
  return known ? known.label : status.replace(/_/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase())
}

/**
 * The default colour of a status (neutral grey for unknown ones).
 * @param {string} status
 * @returns {string}
 */
export function statusColor(status) {
  const known = /** @type {Record<string, {color: string}>} */ (STATUSES)[status]
  return known ? known.color : '#6B7280'
}

/**
 * Formats a ticket reference the way Laravel does: prefix + id zero-padded to 5.
 * @param {number} id
 * @returns {string}
 */
export function referenceFor(id) {
  return `ESC-${String(id).padStart(5, '0')}`
}
