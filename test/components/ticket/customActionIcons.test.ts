import { describe, expect, it } from 'vitest'
import { RefreshCw, TriangleAlert } from 'lucide-vue-next'
import { customActionIcon } from '@/components/ticket/customActionIcons'

describe('customActionIcon', () => {
  it('finds a lucide icon by its kebab-case name', () => {
    expect(customActionIcon('refresh-cw')).toBe(RefreshCw)
  })

  it('accepts the PascalCase component name and surrounding spaces', () => {
    expect(customActionIcon(' RefreshCw ')).toBe(RefreshCw)
  })

  it('knows lucide’s former alert-triangle name', () => {
    expect(customActionIcon('alert-triangle')).toBe(TriangleAlert)
  })

  it.each([['no-such-icon'], [''], [null], [42], ['constructor'], ['__proto__']])(
    'gives no icon for %j',
    (name) => {
      expect(customActionIcon(name)).toBeNull()
    },
  )
})
