import {
  computed,
  getCurrentInstance,
  onBeforeUnmount,
  onMounted,
  shallowRef,
  toValue,
  type ComputedRef,
  type MaybeRefOrGetter,
} from 'vue'

/** Where an SLA target stands. */
export type SlaState = 'none' | 'ok' | 'warning' | 'breached' | 'met'

/** Options of `useSlaCountdown`. */
export interface UseSlaCountdownOptions {
  /** Fixed "now" (stories, tests); the countdown then does not tick by itself. */
  now?: MaybeRefOrGetter<Date | undefined>
  /** How often the clock ticks, in ms. @default 1000 */
  intervalMs?: number
  /** Time left under which the target counts as at risk, in ms. @default 3_600_000 (1 hour) */
  warningMs?: number
  /** The backend's own breach flag (`sla_*_breached`); it wins over the clock. */
  breached?: MaybeRefOrGetter<boolean | undefined>
  /** When the target was met (`first_response_at`, `resolved_at`); null while open. */
  metAt?: MaybeRefOrGetter<string | null | undefined>
}

/** What `useSlaCountdown` returns. */
export interface UseSlaCountdownReturn {
  /** Milliseconds until the due time (negative once overdue); null without a due time. */
  remainingMs: ComputedRef<number | null>
  /** The state, for text and styling. */
  state: ComputedRef<SlaState>
}

function parse(value: string | null | undefined): number | null {
  if (!value) return null
  const time = Date.parse(value)
  return Number.isNaN(time) ? null : time
}

/**
 * A ticking countdown to an SLA due time (`first_response_due_at`, `resolution_due_at`). The clock
 * starts on mount and stops on unmount, so nothing ticks during SSR.
 */
export function useSlaCountdown(
  dueAt: MaybeRefOrGetter<string | null | undefined>,
  options: UseSlaCountdownOptions = {},
): UseSlaCountdownReturn {
  const { intervalMs = 1000, warningMs = 3_600_000 } = options
  const clock = shallowRef(Date.now())

  if (getCurrentInstance()) {
    let timer: ReturnType<typeof setInterval> | undefined
    onMounted(() => {
      clock.value = Date.now()
      timer = setInterval(() => {
        clock.value = Date.now()
      }, intervalMs)
    })
    onBeforeUnmount(() => clearInterval(timer))
  }

  const now = computed(() => toValue(options.now)?.getTime() ?? clock.value)
  const remainingMs = computed(() => {
    const due = parse(toValue(dueAt))
    return due === null ? null : due - now.value
  })
  const state = computed<SlaState>(() => {
    if (parse(toValue(options.metAt)) !== null) return 'met'
    if (toValue(options.breached)) return 'breached'
    const left = remainingMs.value
    if (left === null) return 'none'
    if (left <= 0) return 'breached'
    return left <= warningMs ? 'warning' : 'ok'
  })
  return { remainingMs, state }
}

/** A duration split into whole days, hours, minutes and seconds (absolute value), for countdown text. */
export interface SlaDurationParts {
  /** Whole days. */
  days: number
  /** Hours past the days (0–23). */
  hours: number
  /** Minutes past the hours (0–59). */
  minutes: number
  /** Seconds past the minutes (0–59). */
  seconds: number
}

/** Splits a duration in ms into parts; the sign is dropped (overdue time counts up). */
export function slaDurationParts(ms: number): SlaDurationParts {
  const total = Math.floor(Math.abs(ms) / 1000)
  return {
    days: Math.floor(total / 86_400),
    hours: Math.floor((total % 86_400) / 3600),
    minutes: Math.floor((total % 3600) / 60),
    seconds: total % 60,
  }
}
