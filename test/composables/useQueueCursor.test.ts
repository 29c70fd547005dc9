import { nextTick, ref } from 'vue'
import { describe, expect, it } from 'vitest'
import { useQueueCursor } from '@/composables/useQueueCursor'

describe('useQueueCursor', () => {
  it('starts at the first row going down and at the last going up', () => {
    const focused: number[] = []
    const down = useQueueCursor(['a', 'b', 'c'], { focus: (index) => focused.push(index) })
    down.move(1)
    const up = useQueueCursor(['a', 'b', 'c'], { focus: (index) => focused.push(index) })
    up.move(-1)
    expect(focused).toEqual([0, 2])
    expect(up.current.value).toBe('c')
  })

  it('stays within the list', () => {
    const cursor = useQueueCursor(['a', 'b'], { focus: () => undefined })
    cursor.move(1)
    cursor.move(1)
    cursor.move(1)
    expect(cursor.index.value).toBe(1)
    cursor.move(-5)
    expect(cursor.index.value).toBe(0)
  })

  it('does nothing on an empty list', () => {
    const focused: number[] = []
    const cursor = useQueueCursor([], { focus: (index) => focused.push(index) })
    cursor.move(1)
    expect(cursor.index.value).toBeNull()
    expect(focused).toEqual([])
  })

  it('forgets a position the shorter list no longer has', async () => {
    const items = ref(['a', 'b', 'c'])
    const cursor = useQueueCursor(items, { focus: () => undefined })
    cursor.move(-1)
    items.value = ['a']
    await nextTick()
    expect(cursor.index.value).toBeNull()
  })
})
