import type { TicketPriority } from '../../enums'
import { TICKET_PRIORITIES } from '../../enums'
import type {
  CustomerCreateProps,
  CustomerIndexProps,
  CustomerShowProps,
  GuestCreateProps,
  GuestShowProps,
} from '../../pages'
import { normalizePaginator } from '../paginator'
import { field, mapList, toNonEmptyString } from '../read'
import { normalizeDepartments } from '../taxonomy'
import { normalizeTicket } from '../ticket'
import { normalizeFilters } from './filters'

/** The `priorities` option list, or L's and A's default `low…critical` when none was sent. */
function priorities(raw: unknown): TicketPriority[] {
  const sent = mapList(raw, toNonEmptyString)
  return sent.length > 0 ? sent : [...TICKET_PRIORITIES]
}

/** Props of `Escalated/Customer/Index`. */
export function normalizeCustomerIndexProps(raw: unknown): CustomerIndexProps {
  return {
    tickets: normalizePaginator(field(raw, 'tickets'), (entry) => normalizeTicket(entry), {
      meta: field(raw, 'meta'),
    }),
    filters: normalizeFilters(field(raw, 'filters')),
  }
}

/** Props of `Escalated/Customer/Show`. */
export function normalizeCustomerShowProps(raw: unknown): CustomerShowProps {
  return { ticket: normalizeTicket(field(raw, 'ticket')) }
}

/** Props of `Escalated/Customer/Create`. */
export function normalizeCustomerCreateProps(raw: unknown): CustomerCreateProps {
  return {
    departments: normalizeDepartments(field(raw, 'departments')),
    priorities: priorities(field(raw, 'priorities')),
  }
}

/** Props of `Escalated/Guest/Show`; the token falls back to the one A puts inside the ticket. */
export function normalizeGuestShowProps(raw: unknown): GuestShowProps {
  const ticket = normalizeTicket(field(raw, 'ticket'))
  return {
    ticket,
    token: toNonEmptyString(field(raw, 'token')) ?? ticket?.guest_token ?? '',
  }
}

/** Props of `Escalated/Guest/Create`, with L+'s verification links when sent. */
export function normalizeGuestCreateProps(raw: unknown): GuestCreateProps {
  return {
    departments: normalizeDepartments(field(raw, 'departments')),
    priorities: priorities(field(raw, 'priorities')),
    verificationUrl: toNonEmptyString(field(raw, 'verification_url')),
    lookupUrl: toNonEmptyString(field(raw, 'lookup_url')),
  }
}
