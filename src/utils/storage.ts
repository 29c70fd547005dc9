/** The storage methods the package uses; `localStorage` and test doubles both fit. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

/**
 * The browser's `localStorage`, or null where there is none (SSR) or it is blocked (sandboxed iframes and
 * private modes throw on access). Call it lazily, never at import time.
 */
export function browserLocalStorage(
  win: Pick<Window, 'localStorage'> | null | undefined = typeof window === 'undefined'
    ? null
    : window,
): Storage | null {
  if (!win) return null
  try {
    return win.localStorage
  } catch {
    // Access refused: callers keep their state in memory only.
    return null
  }
}
