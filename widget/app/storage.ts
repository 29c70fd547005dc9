import { record, text } from './adapters/read'
import type { TicketGrant } from './adapters'

/** Where the widget keeps state on the visitor's device: the host page's Web Storage. */
export interface WidgetStorage {
  /** Reads a JSON value, or `null` when absent, unreadable or storage is blocked. */
  read(key: string): unknown
  /** Writes a JSON value (`null` removes it); silently keeps nothing when storage is blocked. */
  write(key: string, value: unknown): void
}

/**
 * A namespaced JSON store over `localStorage` or `sessionStorage`. Storage can be missing or
 * throw (blocked cookies, Safari private mode); the widget then works without persistence.
 */
export function createStorage(
  getStorage: () => Storage | undefined,
  namespace: string,
): WidgetStorage {
  const key = (name: string) => `escalated-widget:${namespace}:${name}`
  return {
    read(name) {
      try {
        const raw = getStorage()?.getItem(key(name))
        return raw ? (JSON.parse(raw) as unknown) : null
      } catch (error) {
        // Blocked storage or a corrupted entry: start from nothing rather than fail.
        if (error instanceof Error) return null
        throw error
      }
    },
    write(name, value) {
      try {
        if (value === null) getStorage()?.removeItem(key(name))
        else getStorage()?.setItem(key(name), JSON.stringify(value))
      } catch (error) {
        // Full or blocked storage only loses persistence; the panel keeps its state in memory.
        if (!(error instanceof Error)) throw error
      }
    },
  }
}

/** Grants for tickets filed from this browser, newest first, expired ones dropped. */
export function readGrants(storage: WidgetStorage, now: number): TicketGrant[] {
  const stored = storage.read('grants')
  return (Array.isArray(stored) ? stored : [])
    .map((item) => {
      const raw = record(item)
      return {
        reference: text(raw, 'reference'),
        accessToken: text(raw, 'accessToken'),
        expiresAt: text(raw, 'expiresAt') || undefined,
        id: text(raw, 'id') || undefined,
      }
    })
    .filter(
      (grant) =>
        grant.accessToken !== '' && !(grant.expiresAt && Date.parse(grant.expiresAt) <= now),
    )
}

/** Keeps a grant (at most 20), replacing an older one for the same reference. */
export function saveGrant(storage: WidgetStorage, grant: TicketGrant, now: number): void {
  const others = readGrants(storage, now).filter((item) => item.reference !== grant.reference)
  storage.write('grants', [grant, ...others].slice(0, 20))
}
