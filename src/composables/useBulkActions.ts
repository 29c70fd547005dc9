import { shallowRef, toValue, type MaybeRefOrGetter, type Ref } from 'vue'
import type { Id, Ticket } from '@/contract'
import { describeHttpError } from '@/plugin/plugin'
import type { VisitResult } from '@/plugin/transport'
import type { RouteName } from '@/routes'
import { useEscalated } from './useEscalated'

/**
 * What a bulk run can do: the bulk endpoint's actions (contract §4.2 `escalated.agent.tickets.bulk`),
 * plus `macro`, which that endpoint lacks and is therefore posted to `…tickets.macro` per ticket.
 */
export type BulkActionName =
  'status' | 'priority' | 'assign' | 'department' | 'tags' | 'macro' | 'delete'

/**
 * One bulk request: the action and the value it sets (tag ids for `tags`, the macro id for
 * `macro`, nothing for `delete`).
 */
export type BulkRequest =
  | { action: 'status' | 'priority' | 'assign' | 'department' | 'macro'; value: string }
  | { action: 'tags'; value: readonly string[] }
  | { action: 'delete' }

/**
 * What became of one ticket, judged from the list the server sent back (L and A skip failures
 * silently): `applied` shows the new value (or is gone after a delete), `skipped` still shows the
 * old one, `left-view` no longer matches the list's filters, so it cannot be checked here. A macro
 * runs one request per ticket, so its answer is known directly: `applied` or `failed`.
 */
export type BulkTicketOutcome = 'applied' | 'skipped' | 'left-view' | 'failed'

/** The result for one selected ticket. */
export interface BulkTicketResult {
  /** Ticket id, as sent in `ticket_ids[]`. */
  id: Id
  /** Reference, for the summary. */
  reference: string
  /** Subject, for the summary. */
  subject: string
  /** What happened to it. */
  outcome: BulkTicketOutcome
  /** Why it `failed`, as the server or the network put it; absent for other outcomes. */
  reason?: string
}

/** A finished bulk run. */
export interface BulkSummary {
  /** The action that ran. */
  action: BulkActionName
  /** The server's flash (`"3 ticket(s) updated."`), shown as given; null when none came. */
  message: string | null
  /** One entry per selected ticket, in selection order. */
  results: BulkTicketResult[]
}

/** Where the bulk bar stands. */
export type BulkState =
  | { status: 'idle' }
  | {
      status: 'busy'
      action: BulkActionName
      count: number
      /** Tickets finished so far, for runs that post one request per ticket (macros). */
      completed?: number
    }
  | { status: 'done'; summary: BulkSummary }
  | { status: 'failed'; action: BulkActionName; message: string }

/** The bulk routes this composable can post to. */
export type BulkRoute = Extract<
  RouteName,
  'escalated.agent.tickets.bulk' | 'escalated.admin.tickets.bulk'
>

/** The per-ticket macro route that goes with each bulk route. */
const MACRO_ROUTES = {
  'escalated.agent.tickets.bulk': 'escalated.agent.tickets.macro',
  'escalated.admin.tickets.bulk': 'escalated.admin.tickets.macro',
} as const satisfies Record<BulkRoute, RouteName>

/** Options of `useBulkActions`. */
export interface UseBulkActionsOptions {
  /** The tickets on screen; read before the request (for the summary) and after it (for the check). */
  tickets: MaybeRefOrGetter<readonly Ticket[]>
}

/** What `useBulkActions` returns. */
export interface UseBulkActionsReturn {
  /** Where the last run stands. */
  state: Readonly<Ref<BulkState>>
  /** Post `request` for `ids`; resolves with the final state (failures are values). */
  run: (request: BulkRequest, ids: readonly Id[]) => Promise<BulkState>
  /** Forget the last result (closing the summary). */
  dismiss: () => void
}

function sameId(a: Id | null, b: Id | null): boolean {
  return a !== null && b !== null && String(a) === String(b)
}

/** Whether `ticket` already shows what `request` sets. */
export function showsBulkValue(ticket: Ticket, request: BulkRequest): boolean {
  switch (request.action) {
    case 'status':
      return ticket.status === request.value
    case 'priority':
      return ticket.priority === request.value
    case 'assign':
      return sameId(ticket.assigned_to, request.value)
    case 'department':
      return sameId(ticket.department_id, request.value)
    case 'tags':
      return request.value.every((tagId) => ticket.tags.some((tag) => sameId(tag.id, tagId)))
    // A macro's steps are not known to have run from the row alone; its answer comes per request.
    case 'macro':
    case 'delete':
      return false
  }
}

/**
 * Bulk actions on selected tickets through `…tickets.bulk` (`ticket_ids[]`, `action`, `value`). The
 * backends answer only with a flash count and skip failures silently, so each ticket's outcome is
 * read off the list the redirect brings back. `macro` is not a bulk action on any backend, so it
 * posts `…tickets.macro` (`macro_id`) for each ticket in turn and reports each answer.
 */
export function useBulkActions(
  routeName: MaybeRefOrGetter<BulkRoute>,
  options: UseBulkActionsOptions,
): UseBulkActionsReturn {
  const { route, context, t } = useEscalated()
  const state = shallowRef<BulkState>({ status: 'idle' })

  function failureMessage(result: Exclude<VisitResult, { status: 'ok' }>): string {
    switch (result.status) {
      case 'invalid':
        return Object.values(result.errors)[0] ?? t('common.error.generic')
      case 'http-error':
        return describeHttpError(context, result.httpStatus, result.message)
      case 'network-error':
        return t('common.error.network')
      case 'cancelled':
        return t('queue.bulk.cancelled')
    }
  }

  async function runMacro(
    macroId: string,
    ids: readonly Id[],
    before: ReadonlyMap<string, Ticket>,
  ): Promise<BulkState> {
    const macroRoute = MACRO_ROUTES[toValue(routeName)]
    const results: BulkTicketResult[] = []
    // One after another: parallel posts would race each other's redirect back to this page.
    for (const id of ids) {
      const ticket = before.get(String(id))
      let outcome: BulkTicketOutcome = 'applied'
      let reason: string | undefined
      if (!ticket) {
        outcome = 'failed'
        reason = t('queue.bulk.macro_not_loaded')
      } else {
        const result = await context.transport.visit(route(macroRoute, ticket.reference), {
          method: 'post',
          data: { macro_id: macroId },
          preserveScroll: true,
          preserveState: true,
          async: true,
        })
        // A redirect back that flashes an error is a refusal too (A fails some macros that way).
        const refused = result.status === 'ok' ? context.shared.value.flash.error : null
        if (result.status !== 'ok') {
          outcome = 'failed'
          reason = failureMessage(result)
        } else if (refused) {
          outcome = 'failed'
          reason = refused
        }
      }
      results.push({
        id,
        reference: ticket?.reference ?? String(id),
        subject: ticket?.subject ?? '',
        outcome,
        ...(reason === undefined ? {} : { reason }),
      })
      state.value = {
        status: 'busy',
        action: 'macro',
        count: ids.length,
        completed: results.length,
      }
    }
    // The list may have changed under every macro (status, assignee, tags): show it as it is now.
    await context.transport.reload({ only: ['tickets'], preserveScroll: true, async: true })
    state.value = { status: 'done', summary: { action: 'macro', message: null, results } }
    return state.value
  }

  async function run(request: BulkRequest, ids: readonly Id[]): Promise<BulkState> {
    if (ids.length === 0 || state.value.status === 'busy') return state.value
    const before = new Map(toValue(options.tickets).map((ticket) => [String(ticket.id), ticket]))
    if (request.action === 'macro') {
      state.value = { status: 'busy', action: 'macro', count: ids.length, completed: 0 }
      return runMacro(request.value, ids, before)
    }
    state.value = { status: 'busy', action: request.action, count: ids.length }

    const data: Record<string, unknown> = { ticket_ids: [...ids], action: request.action }
    if (request.action !== 'delete') data.value = request.value
    const result = await context.transport.visit(route(toValue(routeName)), {
      method: 'post',
      data,
      preserveState: true,
      preserveScroll: true,
    })

    if (result.status !== 'ok') {
      state.value = { status: 'failed', action: request.action, message: failureMessage(result) }
      return state.value
    }

    const after = new Map(toValue(options.tickets).map((ticket) => [String(ticket.id), ticket]))
    const results = ids.map((id): BulkTicketResult => {
      const known = after.get(String(id)) ?? before.get(String(id))
      const now = after.get(String(id))
      const outcome: BulkTicketOutcome =
        request.action === 'delete'
          ? now
            ? 'skipped'
            : 'applied'
          : !now
            ? 'left-view'
            : showsBulkValue(now, request)
              ? 'applied'
              : 'skipped'
      return {
        id,
        reference: known?.reference ?? String(id),
        subject: known?.subject ?? '',
        outcome,
      }
    })
    state.value = {
      status: 'done',
      summary: { action: request.action, message: context.shared.value.flash.success, results },
    }
    return state.value
  }

  return {
    state,
    run,
    dismiss() {
      if (state.value.status !== 'busy') state.value = { status: 'idle' }
    },
  }
}
