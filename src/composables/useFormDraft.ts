import { browserLocalStorage } from '@/utils/storage'
import {
  onMounted,
  reactive,
  readonly,
  ref,
  toValue,
  watch,
  type MaybeRefOrGetter,
  type Ref,
  type UnwrapNestedRefs,
} from 'vue'
import { DRAFT_KEY_PREFIX } from './useDraft'

/** Values a draft may hold: what form controls produce. */
export type DraftValue =
  string | number | boolean | null | string[] | { [key: string]: string | boolean | string[] }

/** Options of `useFormDraft`. */
export interface UseFormDraftOptions {
  /** Where drafts are kept. @default `window.localStorage`, read once mounted (never during SSR) */
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null
}

/** What `useFormDraft` returns. */
export interface UseFormDraftReturn<T extends Record<string, DraftValue>> {
  /** The form values; edit them directly, every change is saved. */
  values: UnwrapNestedRefs<T>
  /** Whether values came back from a saved draft when the form mounted. */
  restored: Readonly<Ref<boolean>>
  /** Whether the storage works (false in private modes that refuse writes). */
  persistent: Readonly<Ref<boolean>>
  /** Delete the saved draft and put the defaults back (after a successful submit). */
  clear: () => void
}

function copy<T extends Record<string, DraftValue>>(source: T): T {
  return JSON.parse(JSON.stringify(source)) as T
}

function sameShape(stored: unknown, fallback: DraftValue): boolean {
  if (Array.isArray(fallback))
    return Array.isArray(stored) && stored.every((item) => typeof item === 'string')
  if (fallback !== null && typeof fallback === 'object')
    return typeof stored === 'object' && stored !== null && !Array.isArray(stored)
  // A select starts as null and holds a string or number once chosen.
  if (fallback === null) return stored === null || ['string', 'number'].includes(typeof stored)
  return typeof stored === typeof fallback
}

const browserStorage = (): UseFormDraftOptions['storage'] => browserLocalStorage()

/**
 * Keep a form's values in `localStorage` under `escalated:draft:<key>`, so a failed submit, a
 * reload or a closed tab loses nothing. Only keys of `defaults` with the same kind of value are
 * restored, so an old or tampered draft cannot break the form. A null key keeps values in memory only.
 */
export function useFormDraft<T extends Record<string, DraftValue>>(
  key: MaybeRefOrGetter<string | null>,
  defaults: T,
  options: UseFormDraftOptions = {},
): UseFormDraftReturn<T> {
  const values = reactive(copy(defaults))
  const restored = ref(false)
  const persistent = ref(false)
  let storage: UseFormDraftOptions['storage'] = null
  const storageKey = () => {
    const name = toValue(key)
    return name ? DRAFT_KEY_PREFIX + name : null
  }

  function write(): void {
    const name = storageKey()
    if (!storage || !name) return
    try {
      const text = JSON.stringify(values)
      if (text === JSON.stringify(defaults)) storage.removeItem(name)
      else storage.setItem(name, text)
      persistent.value = true
    } catch {
      // Quota exceeded or writes refused: the form still works, the draft just is not kept.
      persistent.value = false
    }
  }

  function read(): void {
    const name = storageKey()
    if (!storage || !name) return
    let text: string | null
    try {
      text = storage.getItem(name)
      persistent.value = true
    } catch {
      persistent.value = false
      return
    }
    let saved: unknown
    try {
      saved = JSON.parse(text ?? 'null')
    } catch {
      // A corrupt draft is ignored: the form starts from its defaults.
      return
    }
    if (typeof saved !== 'object' || saved === null || Array.isArray(saved)) return
    const record = saved as Record<string, unknown>
    const target = values as Record<string, unknown>
    for (const [field, fallback] of Object.entries(defaults)) {
      if (field in record && sameShape(record[field], fallback)) {
        target[field] = record[field]
        if (JSON.stringify(record[field]) !== JSON.stringify(fallback)) restored.value = true
      }
    }
  }

  onMounted(() => {
    storage = options.storage === undefined ? browserStorage() : options.storage
    read()
    watch(values, write, { deep: true })
  })

  function clear(): void {
    Object.assign(values, copy(defaults))
    restored.value = false
    const name = storageKey()
    if (storage && name) {
      try {
        storage.removeItem(name)
      } catch {
        persistent.value = false
      }
    }
  }

  return { values, restored: readonly(restored), persistent: readonly(persistent), clear }
}
