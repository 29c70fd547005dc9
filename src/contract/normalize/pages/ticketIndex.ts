import type { TicketIndexProps } from '../../pages'
import { normalizePaginator } from '../paginator'
import { normalizeUsers } from '../people'
import { field } from '../read'
import { normalizeMacros } from '../responses'
import { normalizeSavedViews } from '../savedView'
import { normalizeDepartments, normalizeTags } from '../taxonomy'
import { normalizeTicket } from '../ticket'
import { normalizeFilters } from './filters'

/**
 * Props of `Escalated/Agent/TicketIndex` and `Escalated/Admin/Tickets/Index`: any paginator shape
 * (rails: a plain `tickets` array plus a top-level `meta`), with assignee names resolved through
 * `agents` when the page has them. `macros` is optional: hosts that send it get a bulk macro action.
 */
export function normalizeTicketIndexProps(raw: unknown): TicketIndexProps {
  const agents = normalizeUsers(field(raw, 'agents'))
  return {
    tickets: normalizePaginator(
      field(raw, 'tickets'),
      (entry) => normalizeTicket(entry, { agents }),
      {
        meta: field(raw, 'meta'),
      },
    ),
    filters: normalizeFilters(field(raw, 'filters')),
    departments: normalizeDepartments(field(raw, 'departments')),
    tags: normalizeTags(field(raw, 'tags')),
    agents,
    savedViews: normalizeSavedViews(field(raw, 'saved_views')),
    macros: normalizeMacros(field(raw, 'macros')),
  }
}
