import type { Ticket } from '@/contract'

/** Which SLA target a ticket is measured against right now. */
export type SlaTarget = 'first_response' | 'resolution'

/** A ticket's SLA position at one moment. */
export type QueueSla =
  | { state: 'none' }
  | { state: 'breached'; target: SlaTarget }
  | { state: 'overdue'; target: SlaTarget; dueAt: string }
  | { state: 'due'; target: SlaTarget; dueAt: string; remainingMs: number; isSoon: boolean }

/** Under this much time left, a due SLA is shown as a warning. */
export const SLA_SOON_MS = 60 * 60 * 1000

const SETTLED = new Set(['resolved', 'closed'])

/**
 * The SLA a queue row shows: a breach the backend flagged, else the next open target (the first
 * response until one was sent, then resolution) with the time left at `now`. Resolved and closed
 * tickets have none. Pure, so one clock can drive every row.
 */
export function queueSla(ticket: Ticket, now: number): QueueSla {
  if (SETTLED.has(ticket.status)) return { state: 'none' }
  if (ticket.sla_first_response_breached) return { state: 'breached', target: 'first_response' }
  if (ticket.sla_resolution_breached) return { state: 'breached', target: 'resolution' }
  const target: SlaTarget | null =
    ticket.first_response_at === null && ticket.first_response_due_at
      ? 'first_response'
      : ticket.resolution_due_at
        ? 'resolution'
        : null
  const dueAt =
    target === 'first_response' ? ticket.first_response_due_at : ticket.resolution_due_at
  const due = dueAt ? Date.parse(dueAt) : Number.NaN
  if (target === null || dueAt === null || Number.isNaN(due)) return { state: 'none' }
  const remainingMs = due - now
  if (remainingMs <= 0) return { state: 'overdue', target, dueAt }
  return { state: 'due', target, dueAt, remainingMs, isSoon: remainingMs < SLA_SOON_MS }
}
