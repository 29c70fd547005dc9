import { describe, expect, it } from 'vitest'
import { browserLocalStorage } from '@/utils/storage'

describe('browserLocalStorage', () => {
  it('returns the window storage when the browser allows it', () => {
    expect(browserLocalStorage(window)).toBe(window.localStorage)
  })

  it('returns null without a window, as during SSR', () => {
    expect(browserLocalStorage(null)).toBeNull()
  })

  it('returns null instead of throwing where the browser blocks storage', () => {
    const blocked = Object.defineProperty({}, 'localStorage', {
      get() {
        throw new DOMException('denied', 'SecurityError')
      },
    }) as Pick<Window, 'localStorage'>
    expect(browserLocalStorage(blocked)).toBeNull()
  })
})
