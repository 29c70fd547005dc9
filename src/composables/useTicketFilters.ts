import {
  computed,
  readonly,
  ref,
  toValue,
  type ComputedRef,
  type MaybeRefOrGetter,
  type Ref,
} from 'vue'
import type { ListFilters } from '@/contract'
import type { VisitResult } from '@/plugin/transport'
import type { RouteName } from '@/routes'
import { useEscalated } from './useEscalated'

/** Query parameters that narrow the ticket list (contract §4.2; `snoozed` is L's admin list). */
export const TICKET_FILTER_KEYS = [
  'status',
  'priority',
  'ticket_type',
  'department_id',
  'assigned_to',
  'unassigned',
  'tag_ids',
  'search',
  'sla_breached',
  'following',
  'snoozed',
] as const

/** One filter parameter of the ticket list. */
export type TicketFilterKey = (typeof TICKET_FILTER_KEYS)[number]

/** Columns the backends sort by (anything else falls back to `created_at`). */
export const TICKET_SORT_KEYS = [
  'created_at',
  'updated_at',
  'priority',
  'status',
  'subject',
] as const

/** A column the ticket list can be sorted by. */
export type TicketSortKey = (typeof TICKET_SORT_KEYS)[number]

/** Sort order of the list. */
export interface TicketSort {
  /** The sorted column. */
  by: TicketSortKey
  /** Direction; the backends default to newest first. */
  dir: 'asc' | 'desc'
}

/** A change to the query: `null`, `''` or `[]` removes the parameter. */
export type FilterPatch = Readonly<Record<string, string | readonly string[] | null>>

/** The list routes this composable can drive. */
export type TicketListRoute = Extract<
  RouteName,
  'escalated.agent.tickets.index' | 'escalated.admin.tickets.index'
>

/** Options of `useTicketFilters`. */
export interface UseTicketFiltersOptions {
  /** The backend's query echo (`filters` prop); the page URL wins where both have a key. */
  echo?: MaybeRefOrGetter<ListFilters>
}

/** What `useTicketFilters` returns. */
export interface UseTicketFiltersReturn {
  /** Every query parameter in force except `page`. */
  query: ComputedRef<ListFilters>
  /** The first value of a parameter, `''` when absent. */
  value: (key: string) => string
  /** All values of a parameter (`tag_ids[]`), `[]` when absent. */
  values: (key: string) => string[]
  /** How many filter parameters (not sort or page size) are set. */
  activeCount: ComputedRef<number>
  /** The sort in force. */
  sort: ComputedRef<TicketSort>
  /** Whether a filter visit is running. */
  busy: Readonly<Ref<boolean>>
  /** URL of the list with `patch` applied and the page reset. */
  hrefFor: (patch: FilterPatch) => string
  /** Visit the list with `patch` applied (back to page 1), keeping component state and scroll. */
  apply: (patch: FilterPatch, options?: { replace?: boolean }) => Promise<VisitResult>
  /** Replace every filter with `filters` (a saved view), keeping the page size. */
  replaceAll: (filters: Readonly<Record<string, unknown>>) => Promise<VisitResult>
  /** Drop every filter parameter, keeping sort and page size. */
  clear: () => Promise<VisitResult>
  /** Sort by `key`; the current sort column flips direction instead. */
  toggleSort: (key: TicketSortKey) => Promise<VisitResult>
  /** Visit another page of the list (a pagination link). */
  goTo: (href: string) => Promise<VisitResult>
}

const PLACEHOLDER_ORIGIN = 'http://escalated.invalid'
const FILTER_KEY_SET: ReadonlySet<string> = new Set(TICKET_FILTER_KEYS)

function isSortKey(value: string): value is TicketSortKey {
  return (TICKET_SORT_KEYS as readonly string[]).includes(value)
}

/** The query of `url` as list filters: `tag_ids[]=1&tag_ids[]=2` and `tag_ids[0]=1` become lists. */
export function parseListQuery(url: string): ListFilters {
  const params = new URL(url, PLACEHOLDER_ORIGIN).searchParams
  const out: ListFilters = {}
  for (const [rawKey, value] of params) {
    const list = /^(.+?)\[\d*\]$/.exec(rawKey)
    if (list?.[1]) {
      const key = list[1]
      const current = out[key]
      out[key] = [...(Array.isArray(current) ? current : current ? [current] : []), value]
    } else if (value !== '') {
      out[rawKey] = value
    }
  }
  return out
}

/** A stored filter value as query text: saved views keep what was sent, numbers and booleans too. */
function toQueryValue(value: unknown): string | string[] | null {
  if (Array.isArray(value)) {
    const items = value.flatMap((item) => {
      const text = toQueryValue(item)
      return typeof text === 'string' ? [text] : []
    })
    return items.length > 0 ? items : null
  }
  if (typeof value === 'boolean') return value ? '1' : '0'
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  if (typeof value === 'string' && value !== '') return value
  return null
}

/** `base` with `patch` applied; empty values drop their key. */
export function mergeQuery(
  base: ListFilters,
  patch: Readonly<Record<string, unknown>>,
): ListFilters {
  const next: ListFilters = { ...base }
  for (const [key, raw] of Object.entries(patch)) {
    const value = toQueryValue(raw)
    if (value === null) delete next[key]
    else next[key] = value
  }
  return next
}

/**
 * The ticket list's query, kept in the URL. Filters, sort and paging are read from the page URL
 * (over the backend's `filters` echo) and changed by visiting the list again through the transport
 * with `preserveState`, so the URL is always shareable and the back button undoes a filter.
 */
export function useTicketFilters(
  routeName: MaybeRefOrGetter<TicketListRoute>,
  options: UseTicketFiltersOptions = {},
): UseTicketFiltersReturn {
  const { route, context } = useEscalated()
  const busy = ref(false)

  const query = computed<ListFilters>(() => {
    const merged: ListFilters = {
      ...toValue(options.echo ?? {}),
      ...parseListQuery(context.pageUrl.value),
    }
    delete merged.page
    return merged
  })

  function values(key: string): string[] {
    const value = query.value[key]
    if (value === undefined) return []
    return Array.isArray(value) ? value.filter((item) => item !== '') : value === '' ? [] : [value]
  }

  const sort = computed<TicketSort>(() => {
    const by = values('sort_by')[0] ?? ''
    return {
      by: isSortKey(by) ? by : 'created_at',
      dir: values('sort_dir')[0]?.toLowerCase() === 'asc' ? 'asc' : 'desc',
    }
  })

  const hrefFor = (patch: FilterPatch): string =>
    route(toValue(routeName), undefined, mergeQuery(query.value, patch))

  async function visit(
    url: string,
    replace: boolean,
    preserveScroll: boolean,
  ): Promise<VisitResult> {
    busy.value = true
    try {
      return await context.transport.visit(url, { preserveState: true, preserveScroll, replace })
    } finally {
      busy.value = false
    }
  }

  return {
    query,
    value: (key) => values(key)[0] ?? '',
    values,
    activeCount: computed(
      () => Object.keys(query.value).filter((key) => FILTER_KEY_SET.has(key)).length,
    ),
    sort,
    busy: readonly(busy),
    hrefFor,
    apply: (patch, applyOptions = {}) => visit(hrefFor(patch), applyOptions.replace ?? false, true),
    replaceAll(filters) {
      const kept: ListFilters = {}
      const perPage = query.value.per_page
      if (perPage !== undefined) kept.per_page = perPage
      return visit(route(toValue(routeName), undefined, mergeQuery(kept, filters)), false, true)
    },
    clear() {
      const patch: Record<string, null> = {}
      for (const key of TICKET_FILTER_KEYS) patch[key] = null
      return visit(hrefFor(patch), false, true)
    },
    toggleSort(key) {
      const current = sort.value
      const dir = current.by === key ? (current.dir === 'asc' ? 'desc' : 'asc') : 'asc'
      return visit(hrefFor({ sort_by: key, sort_dir: dir }), false, true)
    },
    goTo: (href) => visit(href, false, false),
  }
}
