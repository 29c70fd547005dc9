import { afterEach, describe, expect, it } from 'vitest'
import { createStorage, readGrants, saveGrant } from '../../widget/app/storage'

afterEach(() => localStorage.clear())

describe('the widget storage', () => {
  it('namespaces JSON values per backend', () => {
    const a = createStorage(() => localStorage, 'https://a.example/widget')
    const b = createStorage(() => localStorage, 'https://b.example/widget')
    a.write('draft', { subject: 'Hi' })
    expect(a.read('draft')).toEqual({ subject: 'Hi' })
    expect(b.read('draft')).toBeNull()
    a.write('draft', null)
    expect(a.read('draft')).toBeNull()
  })

  it('works without persistence when storage is blocked', () => {
    const blocked = createStorage(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError')
    }, 'x')
    expect(() => blocked.write('draft', { a: 1 })).not.toThrow()
    expect(blocked.read('draft')).toBeNull()
  })

  it('ignores a corrupted entry', () => {
    localStorage.setItem('escalated-widget:x:draft', '{not json')
    expect(createStorage(() => localStorage, 'x').read('draft')).toBeNull()
  })

  it('keeps the newest grant per reference and drops expired ones', () => {
    const storage = createStorage(() => localStorage, 'x')
    const now = Date.parse('2026-06-01T00:00:00Z')
    saveGrant(storage, { reference: 'ESC-1', accessToken: 'old' }, now)
    saveGrant(
      storage,
      { reference: 'ESC-2', accessToken: 'gone', expiresAt: '2026-05-01T00:00:00Z' },
      now,
    )
    saveGrant(
      storage,
      { reference: 'ESC-1', accessToken: 'new', expiresAt: '2026-07-01T00:00:00Z' },
      now,
    )
    expect(readGrants(storage, now)).toEqual([
      { reference: 'ESC-1', accessToken: 'new', expiresAt: '2026-07-01T00:00:00Z', id: undefined },
    ])
  })
})
