import {
  computed,
  ref,
  toValue,
  watch,
  type ComputedRef,
  type MaybeRefOrGetter,
  type Ref,
} from 'vue'

/** Options of `useQueueCursor`. */
export interface UseQueueCursorOptions {
  /** Moves focus to row `index` (scrolling it into view first in a virtualized list). */
  focus: (index: number) => unknown
}

/** What `useQueueCursor` returns. */
export interface UseQueueCursorReturn<T> {
  /** The row under the cursor, or null before the first move. */
  index: Ref<number | null>
  /** The item under the cursor. */
  current: ComputedRef<T | undefined>
  /** Move by `delta` rows (j: +1, k: -1), starting at the first or last row, and focus it. */
  move: (delta: number) => void
}

/**
 * A keyboard cursor over a list, as j/k move it in a mail-style queue. It stays within the list,
 * and forgets a position the list no longer has (after a filter or a refresh).
 */
export function useQueueCursor<T>(
  items: MaybeRefOrGetter<readonly T[]>,
  options: UseQueueCursorOptions,
): UseQueueCursorReturn<T> {
  const index = ref<number | null>(null)
  watch(
    () => toValue(items).length,
    (length) => {
      if (index.value !== null && index.value >= length) index.value = null
    },
  )
  return {
    index,
    current: computed(() => (index.value === null ? undefined : toValue(items)[index.value])),
    move(delta) {
      const count = toValue(items).length
      if (count === 0) return
      const current = index.value
      const next =
        current === null
          ? delta > 0
            ? 0
            : count - 1
          : Math.min(Math.max(current + delta, 0), count - 1)
      index.value = next
      void options.focus(next)
    },
  }
}
