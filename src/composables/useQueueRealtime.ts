import {
  getCurrentInstance,
  onMounted,
  onScopeDispose,
  shallowRef,
  toValue,
  watch,
  type MaybeRefOrGetter,
  type Ref,
} from 'vue'
import { useEventListener } from '@vueuse/core'
import type { Id } from '@/contract'
import type { VisitResult } from '@/plugin/transport'

/** How the queue stays fresh: Laravel Echo events, polling, paused (hidden tab) or off. */
export type QueueRealtimeMode = 'off' | 'echo' | 'polling' | 'paused'

/** The part of a Laravel Echo channel we use. */
export interface EchoChannelLike {
  listen: (event: string, callback: (payload: unknown) => void) => unknown
  stopListening: (event: string, callback?: (payload: unknown) => void) => unknown
}

/** The part of a Laravel Echo instance we use (`window.Echo` in Laravel hosts). */
export interface EchoLike {
  private: (channel: string) => EchoChannelLike
}

/** Whether `value` looks like a Laravel Echo instance. */
export function isEchoLike(value: unknown): value is EchoLike {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof Reflect.get(value, 'private') === 'function'
  )
}

// Channel and event names escalated-laravel broadcasts (contract §7; `broadcastAs` names take a dot).
const LIST_CHANNEL = 'escalated.tickets'
const LIST_EVENTS = ['.ticket.created']
const TICKET_EVENTS = ['.ticket.updated', '.ticket.status_changed', '.ticket.assigned']
// Echo subscriptions per ticket cost a socket message each; past this, new tickets alone are watched.
const MAX_TICKET_CHANNELS = 200

/** Options of `useQueueRealtime`. */
export interface UseQueueRealtimeOptions {
  /** Fetch the list again (a partial reload of `tickets`). */
  refresh: () => Promise<VisitResult>
  /** Turn updates off (a dialog is open, a bulk action runs…). @default true */
  enabled?: MaybeRefOrGetter<boolean>
  /** Polling interval while visible, in ms. @default 60000 */
  intervalMs?: number
  /** Longest wait after repeated failures, in ms. @default 600000 */
  maxIntervalMs?: number
  /** Ids on screen, whose own Echo channels report changes. */
  ticketIds?: MaybeRefOrGetter<readonly Id[]>
  /** The Echo instance. @default window.Echo when the host provides one */
  echo?: EchoLike | null
  /** @default globalThis.window */
  window?: Window
}

/** What `useQueueRealtime` returns. */
export interface UseQueueRealtimeReturn {
  /** How updates arrive right now. */
  mode: Readonly<Ref<QueueRealtimeMode>>
  /** When the list was last refreshed by this composable. */
  lastRefreshedAt: Readonly<Ref<Date | null>>
  /** Failed refreshes in a row (polling backs off while this grows). */
  failures: Readonly<Ref<number>>
  /**
   * Refresh now unless a refresh is running. Automatic refreshes respect `enabled` and visibility;
   * `{ force: true }` (a refresh button) does not.
   */
  refreshNow: (options?: { force?: boolean }) => Promise<void>
}

/**
 * Keeps a queue fresh. With Laravel Echo (`window.Echo`) it refreshes when `escalated.tickets`
 * reports a new ticket or a ticket on screen changes; otherwise it polls. Either way it only works
 * while the tab is visible (catching up when it comes back), and polling doubles its wait after
 * each failure.
 */
export function useQueueRealtime(options: UseQueueRealtimeOptions): UseQueueRealtimeReturn {
  const win = 'window' in options ? options.window : globalThis.window
  const intervalMs = options.intervalMs ?? 60_000
  const maxIntervalMs = options.maxIntervalMs ?? 600_000
  const mode = shallowRef<QueueRealtimeMode>('off')
  const lastRefreshedAt = shallowRef<Date | null>(null)
  const failures = shallowRef(0)

  let started = false
  let running = false
  let stale = false
  let timer: ReturnType<typeof setTimeout> | undefined
  let debounce: ReturnType<typeof setTimeout> | undefined
  let echo: EchoLike | null = null
  const subscriptions: Array<() => void> = []

  const enabled = () => toValue(options.enabled) !== false
  const visible = () => !win || win.document.visibilityState !== 'hidden'

  function clearTimers(): void {
    clearTimeout(timer)
    clearTimeout(debounce)
    timer = undefined
    debounce = undefined
  }

  function schedule(): void {
    clearTimeout(timer)
    timer = undefined
    if (!started || echo || !enabled() || !visible()) return
    const wait = Math.min(intervalMs * 2 ** failures.value, maxIntervalMs)
    timer = setTimeout(() => void refreshNow(), wait)
  }

  async function refreshNow({ force = false }: { force?: boolean } = {}): Promise<void> {
    if (running) return
    if (!force && (!enabled() || !visible())) {
      stale = true
      return
    }
    running = true
    stale = false
    try {
      const result = await options.refresh()
      if (result.status === 'http-error' || result.status === 'network-error') failures.value++
      else if (result.status !== 'cancelled') {
        failures.value = 0
        lastRefreshedAt.value = new Date()
      }
    } finally {
      running = false
      schedule()
    }
  }

  function onEvent(): void {
    // Bulk changes fire one event per ticket: refresh once for the burst.
    clearTimeout(debounce)
    debounce = setTimeout(() => void refreshNow(), 1_000)
  }

  function listen(channel: string, events: readonly string[]): void {
    if (!echo) return
    const subscribed = echo.private(channel)
    for (const event of events) subscribed.listen(event, onEvent)
    subscriptions.push(() => {
      for (const event of events) subscribed.stopListening(event, onEvent)
    })
  }

  function subscribeTickets(ids: readonly Id[]): void {
    while (subscriptions.length > 1) subscriptions.pop()?.()
    for (const id of ids.slice(0, MAX_TICKET_CHANNELS))
      listen(`${LIST_CHANNEL}.${id}`, TICKET_EVENTS)
  }

  function updateMode(): void {
    if (!started || !enabled()) mode.value = 'off'
    else if (!visible()) mode.value = 'paused'
    else mode.value = echo ? 'echo' : 'polling'
  }

  function start(): void {
    started = true
    const candidate =
      options.echo !== undefined ? options.echo : win ? Reflect.get(win, 'Echo') : null
    echo = isEchoLike(candidate) ? candidate : null
    if (echo) {
      listen(LIST_CHANNEL, LIST_EVENTS)
      subscribeTickets(toValue(options.ticketIds) ?? [])
    }
    updateMode()
    schedule()
  }

  function onVisibility(): void {
    updateMode()
    if (!visible()) {
      clearTimers()
      return
    }
    // Coming back after a long while (or after Echo events missed while hidden): catch up at once.
    const last = lastRefreshedAt.value?.getTime() ?? 0
    if (stale || Date.now() - last >= intervalMs) void refreshNow()
    else schedule()
  }

  if (win) useEventListener(win.document, 'visibilitychange', onVisibility)
  watch(enabled, () => {
    updateMode()
    if (enabled() && stale) void refreshNow()
    else schedule()
  })
  watch(
    () => toValue(options.ticketIds) ?? [],
    (ids) => {
      if (echo) subscribeTickets(ids)
    },
  )

  if (getCurrentInstance()) onMounted(start)
  else start()
  onScopeDispose(() => {
    started = false
    clearTimers()
    while (subscriptions.length > 0) subscriptions.pop()?.()
  })

  return { mode, lastRefreshedAt, failures, refreshNow }
}
