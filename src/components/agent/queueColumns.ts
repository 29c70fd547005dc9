import type { TicketSortKey } from '@/composables/useTicketFilters'

/** Columns of the ticket queue, in display order. */
export const QUEUE_COLUMNS = [
  'reference',
  'subject',
  'requester',
  'status',
  'priority',
  'assignee',
  'department',
  'tags',
  'sla',
  'updated',
] as const

/** One column of the ticket queue. */
export type QueueColumn = (typeof QUEUE_COLUMNS)[number]

/** Columns that cannot be hidden: without the subject a row has no link to open. */
export const REQUIRED_QUEUE_COLUMNS: readonly QueueColumn[] = ['subject']

/** The backend sort key behind each sortable column (the reference follows creation order). */
export const QUEUE_COLUMN_SORT: Partial<Record<QueueColumn, TicketSortKey>> = {
  reference: 'created_at',
  subject: 'subject',
  status: 'status',
  priority: 'priority',
  updated: 'updated_at',
}

/** Column widths for the fixed table layout, so virtualized rows never shift the columns. */
export const QUEUE_COLUMN_WIDTH: Record<QueueColumn, string> = {
  reference: '7.5rem',
  subject: '18rem',
  requester: '10rem',
  status: '10rem',
  priority: '7.5rem',
  assignee: '9rem',
  department: '9rem',
  tags: '10rem',
  sla: '9rem',
  updated: '8rem',
}

/** Whether `value` names a queue column. */
export function isQueueColumn(value: unknown): value is QueueColumn {
  return typeof value === 'string' && (QUEUE_COLUMNS as readonly string[]).includes(value)
}

/** A stored column choice, in display order with the required columns kept; null when unusable. */
export function parseQueueColumns(stored: unknown): QueueColumn[] | null {
  if (!Array.isArray(stored)) return null
  const chosen = new Set(stored.filter(isQueueColumn))
  for (const column of REQUIRED_QUEUE_COLUMNS) chosen.add(column)
  return QUEUE_COLUMNS.filter((column) => chosen.has(column))
}
