import {
  computed,
  shallowRef,
  toValue,
  type ComputedRef,
  type MaybeRefOrGetter,
  type Ref,
} from 'vue'

/** How much of a set of keys is selected (drives a header checkbox's checked/mixed state). */
export type SelectionCoverage = 'none' | 'some' | 'all'

/** Options of one `toggle`. */
export interface SelectionToggleOptions {
  /** Extend from the last toggled key to this one (shift-click), giving the range this key's new state. */
  range?: boolean
  /** The state to set instead of flipping it (a checkbox's `checked`). */
  value?: boolean
}

/** What `useSelection` returns. */
export interface UseSelectionReturn<K> {
  /** The selected keys. Replaced, never mutated, so anything reading it updates. */
  selected: Readonly<Ref<ReadonlySet<K>>>
  /** How many keys are selected. */
  count: ComputedRef<number>
  /** Whether `key` is selected. */
  isSelected: (key: K) => boolean
  /** Select or unselect one key, or a range with `{ range: true }`. */
  toggle: (key: K, options?: SelectionToggleOptions) => void
  /** Select (or unselect) every key given, keeping the others as they are. */
  setMany: (keys: Iterable<K>, value: boolean) => void
  /** Unselect everything. */
  clear: () => void
  /** Keep only keys that are still present (after the list changed). */
  prune: (present: Iterable<K>) => void
  /** How much of `keys` is selected. */
  coverage: (keys: readonly K[]) => SelectionCoverage
}

/**
 * Multi-selection over an ordered list of keys: single toggles, shift-click ranges in list order,
 * bulk set and pruning. A `Set` is replaced on every change, so selecting 10,000 keys costs one
 * allocation and one render, whatever the list length.
 */
export function useSelection<K>(order: MaybeRefOrGetter<readonly K[]>): UseSelectionReturn<K> {
  const selected = shallowRef<ReadonlySet<K>>(new Set())
  // The last key toggled on its own: the fixed end of a shift-click range.
  let anchor: K | null = null

  function commit(next: Set<K>): void {
    selected.value = next
  }

  function toggle(key: K, options: SelectionToggleOptions = {}): void {
    const value = options.value ?? !selected.value.has(key)
    const keys = toValue(order)
    const next = new Set(selected.value)
    const from = anchor === null ? -1 : keys.indexOf(anchor)
    const to = keys.indexOf(key)
    if (options.range && from !== -1 && to !== -1) {
      const [start, end] = from < to ? [from, to] : [to, from]
      for (const item of keys.slice(start, end + 1)) {
        if (value) next.add(item)
        else next.delete(item)
      }
    } else {
      if (value) next.add(key)
      else next.delete(key)
    }
    anchor = key
    commit(next)
  }

  return {
    selected,
    count: computed(() => selected.value.size),
    isSelected: (key) => selected.value.has(key),
    toggle,
    setMany(keys, value) {
      const next = new Set(selected.value)
      for (const key of keys) {
        if (value) next.add(key)
        else next.delete(key)
      }
      commit(next)
    },
    clear() {
      anchor = null
      if (selected.value.size > 0) commit(new Set())
    },
    prune(present) {
      const keep = new Set(present)
      const next = new Set([...selected.value].filter((key) => keep.has(key)))
      if (anchor !== null && !keep.has(anchor)) anchor = null
      if (next.size !== selected.value.size) commit(next)
    },
    coverage(keys) {
      if (keys.length === 0 || selected.value.size === 0) return 'none'
      let hits = 0
      for (const key of keys) if (selected.value.has(key)) hits++
      return hits === 0 ? 'none' : hits === keys.length ? 'all' : 'some'
    },
  }
}
