import { readonly, shallowRef, toValue, type MaybeRefOrGetter, type Ref } from 'vue'
import { describeHttpError } from '@/plugin/plugin'
import type { VisitResult } from '@/plugin/transport'
import type { RouteName } from '@/routes'
import { routeMethod } from '@/routes'
import { useEscalated } from './useEscalated'

/** Which ticket routes to use: the agent ones or their admin twins. */
export type TicketSection = 'agent' | 'admin'

/** A ticket mutation with a contract route (§4.2, §4.3). */
export type TicketActionName =
  | 'reply'
  | 'note'
  | 'assign'
  | 'status'
  | 'priority'
  | 'tags'
  | 'department'
  | 'macro'
  | 'follow'
  | 'snooze'
  | 'unsnooze'
  | 'split'
  | 'pin'

const ROUTES = {
  agent: {
    reply: 'escalated.agent.tickets.reply',
    note: 'escalated.agent.tickets.note',
    assign: 'escalated.agent.tickets.assign',
    status: 'escalated.agent.tickets.status',
    priority: 'escalated.agent.tickets.priority',
    tags: 'escalated.agent.tickets.tags',
    department: 'escalated.agent.tickets.department',
    macro: 'escalated.agent.tickets.macro',
    follow: 'escalated.agent.tickets.follow',
    snooze: 'escalated.agent.tickets.snooze',
    unsnooze: 'escalated.agent.tickets.unsnooze',
    split: 'escalated.agent.tickets.split',
    pin: 'escalated.agent.tickets.pin',
  },
  admin: {
    reply: 'escalated.admin.tickets.reply',
    note: 'escalated.admin.tickets.note',
    assign: 'escalated.admin.tickets.assign',
    status: 'escalated.admin.tickets.status',
    priority: 'escalated.admin.tickets.priority',
    tags: 'escalated.admin.tickets.tags',
    department: 'escalated.admin.tickets.department',
    macro: 'escalated.admin.tickets.macro',
    follow: 'escalated.admin.tickets.follow',
    snooze: 'escalated.admin.tickets.snooze',
    unsnooze: 'escalated.admin.tickets.unsnooze',
    split: 'escalated.admin.tickets.split',
    pin: 'escalated.admin.tickets.pin',
  },
} as const satisfies Record<TicketSection, Record<TicketActionName, RouteName>>

/** Options of one `run()`. */
export interface TicketActionRunOptions {
  /** The reply a `pin` applies to. */
  replyId?: string | number
  /** Files sent as `attachments[]`; the request becomes multipart. */
  files?: readonly File[]
  /** Upload progress in percent. */
  onProgress?: (percent: number) => void
}

/** Options of `useTicketActions`. */
export interface UseTicketActionsOptions {
  /** Agent or admin routes. @default 'agent' */
  section?: MaybeRefOrGetter<TicketSection>
}

/** What `useTicketActions` returns. */
export interface UseTicketActionsReturn {
  /** Post one mutation to its contract route; failures are toasted and returned, never thrown. */
  run: (
    name: TicketActionName,
    data?: Record<string, unknown>,
    options?: TicketActionRunOptions,
  ) => Promise<VisitResult>
  /** Actions whose request is running. */
  busy: Readonly<Ref<ReadonlySet<TicketActionName>>>
  /** Whether that action's request is running. */
  isBusy: (name: TicketActionName) => boolean
  /** The URL of an action's route for this ticket. */
  urlFor: (name: TicketActionName, replyId?: string | number) => string
}

function appendField(form: FormData, key: string, value: unknown): void {
  if (value === undefined || value === null) return
  if (Array.isArray(value)) {
    for (const item of value) form.append(`${key}[]`, String(item))
  } else {
    form.append(key, typeof value === 'boolean' ? (value ? '1' : '0') : String(value))
  }
}

function toFormData(data: Record<string, unknown>, files: readonly File[]): FormData {
  const form = new FormData()
  for (const [key, value] of Object.entries(data)) appendField(form, key, value)
  for (const file of files) form.append('attachments[]', file, file.name)
  return form
}

/**
 * Posts the ticket screen's mutations (reply, note, status, assign, tags, …) to their contract
 * routes through the transport, preserving scroll. One request per action at a time; failures
 * become a toast and the returned result (so a composer keeps its text); a success the server did
 * not flash gets a toast of its own.
 */
export function useTicketActions(
  reference: MaybeRefOrGetter<string>,
  options: UseTicketActionsOptions = {},
): UseTicketActionsReturn {
  const { t, route, context, shared } = useEscalated()
  const busy = shallowRef<ReadonlySet<TicketActionName>>(new Set())

  function setBusy(name: TicketActionName, on: boolean): void {
    const next = new Set(busy.value)
    if (on) next.add(name)
    else next.delete(name)
    busy.value = next
  }

  function routeOf(name: TicketActionName): RouteName {
    return ROUTES[toValue(options.section) ?? 'agent'][name]
  }

  function urlFor(name: TicketActionName, replyId?: string | number): string {
    const ticket = toValue(reference)
    if (name === 'pin') return route(routeOf('pin'), [ticket, replyId ?? ''])
    return route(routeOf(name), ticket)
  }

  function failureMessage(result: VisitResult): string | null {
    switch (result.status) {
      case 'invalid':
        return Object.values(result.errors)[0] ?? t('common.error.generic')
      case 'http-error':
        return describeHttpError(context, result.httpStatus, result.message)
      case 'network-error':
        return t('common.error.network')
      default:
        return null
    }
  }

  async function run(
    name: TicketActionName,
    data: Record<string, unknown> = {},
    runOptions: TicketActionRunOptions = {},
  ): Promise<VisitResult> {
    if (busy.value.has(name)) return { status: 'cancelled' }
    const files = runOptions.files ?? []
    setBusy(name, true)
    try {
      const result = await context.transport.visit(urlFor(name, runOptions.replyId), {
        method: routeMethod(routeOf(name)),
        data: files.length ? toFormData(data, files) : data,
        forceFormData: files.length > 0,
        preserveScroll: true,
        preserveState: true,
        onProgress: runOptions.onProgress,
      })
      const message = failureMessage(result)
      if (message) context.toasts.push({ kind: 'error', message })
      // Backends flash their own confirmation; the layout shows it. Say something when none came.
      if (result.status === 'ok' && !shared.value.flash.success) {
        context.toasts.push({ kind: 'success', message: t(`ticket.feedback.${name}`) })
      }
      return result
    } finally {
      setBusy(name, false)
    }
  }

  return {
    run,
    busy: readonly(busy) as Readonly<Ref<ReadonlySet<TicketActionName>>>,
    isBusy: (name) => busy.value.has(name),
    urlFor,
  }
}
