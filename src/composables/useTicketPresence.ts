import {
  onMounted,
  onScopeDispose,
  shallowRef,
  toValue,
  watch,
  type MaybeRefOrGetter,
  type Ref,
} from 'vue'
import { useDocumentVisibility } from '@vueuse/core'
import { isApiError } from '@/api'
import { field, normalizeUsers, type PersonRef } from '@/contract'
import type { RouteName } from '@/routes'
import { useEscalated } from './useEscalated'
import type { TicketSection } from './useTicketActions'

/** Where presence stands: not started, reporting, or not served by this backend. */
export type TicketPresenceStatus = 'idle' | 'active' | 'unavailable'

/** Options of `useTicketPresence`. */
export interface UseTicketPresenceOptions {
  /** Agent or admin routes. @default 'agent' */
  section?: MaybeRefOrGetter<TicketSection>
  /**
   * How often the viewer reports in while the tab is visible, in ms; 0 turns presence off.
   * @default the plugin's `refresh.presence`, else 30000
   */
  intervalMs?: number
  /** The longest wait after failures (the wait doubles with each one), in ms. @default 300000 */
  maxIntervalMs?: number
  /** Stops reporting while false. @default true */
  enabled?: MaybeRefOrGetter<boolean>
}

/** What `useTicketPresence` returns. */
export interface UseTicketPresenceReturn {
  /** The other staff members who had the ticket open in the last couple of minutes. */
  viewers: Readonly<Ref<readonly PersonRef[]>>
  /** Where presence stands. */
  status: Readonly<Ref<TicketPresenceStatus>>
}

const ROUTES = {
  agent: 'escalated.agent.tickets.presence',
  admin: 'escalated.admin.tickets.presence',
} as const satisfies Record<TicketSection, RouteName>

/**
 * Tells the backend that this agent has the ticket open and learns who else has (contract §4.2
 * `tickets.presence`, answered as JSON by every backend), so that two agents don't answer the
 * same customer at once. Reports while the tab is visible, at once when it becomes visible again
 * or the ticket changes; waits longer after each failure and stops for good when the backend has
 * no such route (404/405). Failures are never shown: presence is a hint, not a task.
 */
export function useTicketPresence(
  reference: MaybeRefOrGetter<string>,
  options: UseTicketPresenceOptions = {},
): UseTicketPresenceReturn {
  const { route, context, user } = useEscalated()
  const intervalMs = options.intervalMs ?? context.refresh.presence ?? 30_000
  const maxIntervalMs = options.maxIntervalMs ?? 300_000
  const viewers = shallowRef<readonly PersonRef[]>([])
  const status = shallowRef<TicketPresenceStatus>('idle')
  const visibility = useDocumentVisibility()
  let failures = 0
  let sequence = 0
  let mounted = false
  let timer: ReturnType<typeof setTimeout> | undefined

  const canReport = () =>
    mounted &&
    intervalMs > 0 &&
    status.value !== 'unavailable' &&
    toValue(options.enabled) !== false &&
    visibility.value !== 'hidden' &&
    Boolean(toValue(reference))

  function schedule(): void {
    clearTimeout(timer)
    if (canReport()) {
      timer = setTimeout(() => void report(), Math.min(intervalMs * 2 ** failures, maxIntervalMs))
    }
  }

  async function report(): Promise<void> {
    clearTimeout(timer)
    if (!canReport()) return
    const current = ++sequence
    let url: string
    try {
      url = route(ROUTES[toValue(options.section) ?? 'agent'], toValue(reference))
    } catch {
      // A host route function without the presence route: nothing to report to.
      status.value = 'unavailable'
      return
    }
    try {
      const body = await context.http.post(url, {})
      if (current !== sequence) return
      // `{viewers: [{id, name}]}` (A adds `timestamp`); the server leaves the viewer out, and so
      // do we, in case a backend does not.
      const self = user.value?.id
      viewers.value = normalizeUsers(field(body, 'viewers')).filter((viewer) => viewer.id !== self)
      status.value = 'active'
      failures = 0
    } catch (error) {
      if (current !== sequence) return
      if (isApiError(error) && (error.status === 404 || error.status === 405)) {
        status.value = 'unavailable'
        viewers.value = []
        return
      }
      failures += 1
    }
    schedule()
  }

  watch(
    () => toValue(reference),
    () => {
      viewers.value = []
      failures = 0
      void report()
    },
  )
  watch(visibility, (state) => {
    if (state === 'hidden') clearTimeout(timer)
    else void report()
  })
  watch(
    () => toValue(options.enabled) !== false,
    (on) => (on ? void report() : clearTimeout(timer)),
  )
  // Client only: server rendering never reports a viewer.
  onMounted(() => {
    mounted = true
    void report()
  })
  onScopeDispose(() => {
    mounted = false
    sequence += 1
    clearTimeout(timer)
  })

  return { viewers, status }
}
