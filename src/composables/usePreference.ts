import { browserLocalStorage } from '@/utils/storage'
import {
  getCurrentInstance,
  onMounted,
  ref,
  toValue,
  watch,
  type MaybeRefOrGetter,
  type Ref,
} from 'vue'

/** Prefix of every key the package writes to `localStorage`, so hosts can tell ours apart. */
export const PREFERENCE_PREFIX = 'escalated:'

/** Options of `usePreference`. */
export interface UsePreferenceOptions<T> {
  /**
   * Turns a stored value into `T`, or null when it no longer fits (an old format, a hand edit);
   * the default is then used.
   */
  parse: (stored: unknown) => T | null
  /** Where `localStorage` lives; `undefined` keeps the preference in memory. @default globalThis.window */
  window?: Window
}

/** What `usePreference` returns. */
export interface UsePreferenceReturn<T> {
  /** The preference; writing it stores it. */
  value: Ref<T>
  /** Forget the stored value and go back to the default. */
  reset: () => void
}

const storageOf = (win: Window | undefined): Storage | null => browserLocalStorage(win)

/**
 * A per-user preference kept in `localStorage` under `escalated:<key>`. Each list namespaces its
 * own keys (`queue:agent:columns`), so the agent and admin queues never share one. Storage is read
 * on mount (never during SSR or at import time) and written whenever the value changes.
 */
export function usePreference<T>(
  key: MaybeRefOrGetter<string>,
  defaultValue: T,
  options: UsePreferenceOptions<T>,
): UsePreferenceReturn<T> {
  const win = 'window' in options ? options.window : globalThis.window
  // Copies, so mutating the preference in place never changes the default.
  const fresh = (): T => structuredClone(defaultValue)
  const value = ref(fresh()) as Ref<T>
  const storageKey = () => `${PREFERENCE_PREFIX}${toValue(key)}`
  // Nothing is written until storage was read, nor while we set the value from storage ourselves.
  let suspended = true

  /** Sets the value without writing it back. */
  function assign(next: T): void {
    suspended = true
    value.value = next
    suspended = false
  }

  function read(): void {
    const raw = storageOf(win)?.getItem(storageKey()) ?? null
    if (raw === null) {
      assign(fresh())
      return
    }
    let stored: unknown = null
    try {
      stored = JSON.parse(raw)
    } catch (error) {
      // A value that is not JSON was not written by us: fall back to the default.
      if (!(error instanceof SyntaxError)) throw error
    }
    assign(options.parse(stored) ?? fresh())
  }

  function write(next: T): void {
    if (suspended) return
    const storage = storageOf(win)
    try {
      storage?.setItem(storageKey(), JSON.stringify(next))
    } catch (error) {
      // A full quota must not break the screen: the preference then lasts for this page only.
      if (!(error instanceof DOMException)) throw error
    }
  }

  watch(value, write, { deep: true, flush: 'sync' })
  watch(() => toValue(key), read)
  if (getCurrentInstance()) onMounted(read)
  else read()

  return {
    value,
    reset() {
      storageOf(win)?.removeItem(storageKey())
      assign(fresh())
    },
  }
}
