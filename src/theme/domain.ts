import {
  isKnownPriority,
  isKnownStatus,
  type KnownTicketPriority,
  type KnownTicketStatus,
} from '@/contract'
import type { BadgeShape } from './variants/badge'

// Each colour is a resolved token, so hosts recolour statuses with --esc-status-* and the token
// check sees every name; the hex defaults live in tokens.css only.
const STATUS_COLORS = {
  open: 'var(--esc-c-status-open)',
  in_progress: 'var(--esc-c-status-in-progress)',
  waiting_on_customer: 'var(--esc-c-status-waiting-on-customer)',
  waiting_on_agent: 'var(--esc-c-status-waiting-on-agent)',
  escalated: 'var(--esc-c-status-escalated)',
  resolved: 'var(--esc-c-status-resolved)',
  closed: 'var(--esc-c-status-closed)',
  reopened: 'var(--esc-c-status-reopened)',
  live: 'var(--esc-c-status-live)',
} as const satisfies Record<KnownTicketStatus, string>

// The marker shape is a second cue besides colour: open-ish statuses are hollow, waiting ones
// diamonds, escalation a triangle, finished ones squares.
const STATUS_SHAPES = {
  open: 'ring',
  in_progress: 'circle',
  waiting_on_customer: 'diamond',
  waiting_on_agent: 'diamond',
  escalated: 'triangle',
  resolved: 'square',
  closed: 'square',
  reopened: 'ring',
  live: 'circle',
} as const satisfies Record<KnownTicketStatus, BadgeShape>

const PRIORITY_COLORS = {
  low: 'var(--esc-c-priority-low)',
  medium: 'var(--esc-c-priority-medium)',
  high: 'var(--esc-c-priority-high)',
  urgent: 'var(--esc-c-priority-urgent)',
  critical: 'var(--esc-c-priority-critical)',
} as const satisfies Record<KnownTicketPriority, string>

const PRIORITY_SHAPES = {
  low: 'ring',
  medium: 'circle',
  high: 'diamond',
  urgent: 'square',
  critical: 'triangle',
} as const satisfies Record<KnownTicketPriority, BadgeShape>

/** Neutral colour for statuses and priorities no table knows and no backend coloured. */
export const UNKNOWN_DOMAIN_COLOR = 'var(--esc-c-status-unknown)'

/** The token colour of a known status, or the neutral colour for any other value. */
export function statusColor(status: string): string {
  return isKnownStatus(status) ? STATUS_COLORS[status] : UNKNOWN_DOMAIN_COLOR
}

/** The marker shape of a status badge; unknown statuses get a plain circle. */
export function statusShape(status: string): BadgeShape {
  return isKnownStatus(status) ? STATUS_SHAPES[status] : 'circle'
}

/** The token colour of a known priority, or the neutral colour for any other value. */
export function priorityColor(priority: string): string {
  return isKnownPriority(priority) ? PRIORITY_COLORS[priority] : UNKNOWN_DOMAIN_COLOR
}

/** The marker shape of a priority badge; unknown priorities get a plain circle. */
export function priorityShape(priority: string): BadgeShape {
  return isKnownPriority(priority) ? PRIORITY_SHAPES[priority] : 'circle'
}

/** A backend value no table knows, readable: `pending_review` → `Pending Review`. */
export function titleCaseValue(value: string): string {
  return value
    .replace(/[_-]+/g, ' ')
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase())
}
