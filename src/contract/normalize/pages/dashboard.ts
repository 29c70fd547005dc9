import type { DashboardProps } from '../../pages'
import { field, toNumber } from '../read'
import { normalizeTickets } from '../ticket'

/**
 * Props of `Escalated/Agent/Dashboard`. Also reads the REST `/dashboard` answer, whose keys are the
 * snake_case twins (`recent_tickets`). Missing counters stay null rather than showing a false 0.
 */
export function normalizeDashboardProps(raw: unknown): DashboardProps {
  const stats = field(raw, 'stats')
  const needsAttention = field(raw, 'needs_attention')
  return {
    stats: {
      open: toNumber(field(stats, 'open')),
      my_assigned: toNumber(field(stats, 'my_assigned')),
      unassigned: toNumber(field(stats, 'unassigned')),
      sla_breached: toNumber(field(stats, 'sla_breached')),
      resolved_today: toNumber(field(stats, 'resolved_today')),
    },
    recentTickets: normalizeTickets(field(raw, 'recent_tickets')),
    needsAttention: {
      sla_breaching: normalizeTickets(field(needsAttention, 'sla_breaching')),
      unassigned_urgent: normalizeTickets(field(needsAttention, 'unassigned_urgent')),
    },
    myPerformance: {
      resolved_this_week: toNumber(field(field(raw, 'my_performance'), 'resolved_this_week')),
    },
  }
}
