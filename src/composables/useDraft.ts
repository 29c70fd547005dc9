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

/** Prefix of every draft key in storage, so ours never meet a host's keys. */
export const DRAFT_KEY_PREFIX = 'escalated:draft:'

/** Options of `useDraft`. */
export interface UseDraftOptions {
  /** Where drafts live. @default window.localStorage, read only in the browser */
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null
}

/** What `useDraft` returns. */
export interface UseDraftReturn {
  /** The draft text; every change is saved, an empty text removes the entry. */
  text: Ref<string>
  /** Empty the draft and forget it (after a successful send). */
  clear: () => void
  /** Whether drafts survive a reload (false without storage, or when the browser refuses it). */
  isPersistent: Readonly<Ref<boolean>>
}

const defaultStorage = (): UseDraftOptions['storage'] => browserLocalStorage()

/**
 * A text draft kept in localStorage under `escalated:draft:<key>` (e.g. `agent:ESC-00001:reply`),
 * so a reload loses nothing. Storage is read on mount, never during SSR; when the key changes (an
 * Inertia visit to another ticket) the other ticket's draft is loaded.
 */
export function useDraft(
  key: MaybeRefOrGetter<string>,
  options: UseDraftOptions = {},
): UseDraftReturn {
  const text = ref('')
  const isPersistent = ref(false)
  let storage: UseDraftOptions['storage'] = null

  const fullKey = () => DRAFT_KEY_PREFIX + toValue(key)

  // Loading sets `text`, whose watcher then writes the same value back: harmless.
  function load(): void {
    try {
      text.value = storage?.getItem(fullKey()) ?? ''
    } catch {
      isPersistent.value = false
      text.value = ''
    }
  }

  function save(value: string): void {
    if (!storage || !isPersistent.value) return
    try {
      if (value === '') storage.removeItem(fullKey())
      else storage.setItem(fullKey(), value)
    } catch {
      // Quota exceeded or storage revoked: keep editing in memory and say so through isPersistent.
      isPersistent.value = false
    }
  }

  function start(): void {
    storage = options.storage === undefined ? defaultStorage() : options.storage
    isPersistent.value = storage !== null
    load()
  }

  if (getCurrentInstance()) onMounted(start)
  else start()

  watch(text, save)
  watch(
    () => toValue(key),
    () => {
      if (storage) load()
    },
  )

  return {
    text,
    clear: () => {
      text.value = ''
      save('')
    },
    isPersistent,
  }
}
