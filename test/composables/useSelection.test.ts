import { ref } from 'vue'
import { describe, expect, it } from 'vitest'
import { useSelection } from '@/composables/useSelection'

const ORDER = [1, 2, 3, 4, 5, 6]

describe('useSelection', () => {
  it('toggles one key at a time', () => {
    const selection = useSelection(ORDER)
    selection.toggle(2)
    selection.toggle(4)
    selection.toggle(2)
    expect([...selection.selected.value]).toEqual([4])
    expect(selection.count.value).toBe(1)
  })

  it('selects the range between the last toggled key and a shift-clicked one, in list order', () => {
    const selection = useSelection(ORDER)
    selection.toggle(5)
    selection.toggle(2, { range: true })
    expect([...selection.selected.value].sort()).toEqual([2, 3, 4, 5])
  })

  it('gives the whole range the new state of the shift-clicked key', () => {
    const selection = useSelection(ORDER)
    selection.setMany(ORDER, true)
    selection.toggle(2, { value: false })
    selection.toggle(4, { range: true, value: false })
    expect([...selection.selected.value].sort()).toEqual([1, 5, 6])
  })

  it('toggles a single key when there is no anchor for a range yet', () => {
    const selection = useSelection(ORDER)
    selection.toggle(3, { range: true })
    expect([...selection.selected.value]).toEqual([3])
  })

  it('follows the current order when the list changes', () => {
    const order = ref([1, 2, 3])
    const selection = useSelection(order)
    selection.toggle(1)
    order.value = [3, 1, 9, 2]
    selection.toggle(2, { range: true })
    expect([...selection.selected.value].sort()).toEqual([1, 2, 9])
  })

  it('reports how much of a page is selected', () => {
    const selection = useSelection(ORDER)
    expect(selection.coverage([1, 2])).toBe('none')
    selection.toggle(1)
    expect(selection.coverage([1, 2])).toBe('some')
    selection.toggle(2)
    expect(selection.coverage([1, 2])).toBe('all')
    expect(selection.coverage([])).toBe('none')
  })

  it('drops keys that left the list and forgets a range anchor that left with them', () => {
    const selection = useSelection(ORDER)
    selection.toggle(2)
    selection.toggle(5)
    selection.prune([1, 2, 3])
    expect([...selection.selected.value]).toEqual([2])
    selection.clear()
    expect(selection.count.value).toBe(0)
  })

  it('replaces the set on every change, so watchers of it fire', () => {
    const selection = useSelection(ORDER)
    const before = selection.selected.value
    selection.toggle(1)
    expect(selection.selected.value).not.toBe(before)
  })

  it('selects 10,000 keys in well under 50 ms', () => {
    const keys = Array.from({ length: 10_000 }, (_, index) => index + 1)
    const selection = useSelection(keys)
    const start = performance.now()
    selection.setMany(keys, true)
    const coverage = selection.coverage(keys)
    const elapsed = performance.now() - start
    expect(coverage).toBe('all')
    expect(elapsed).toBeLessThan(50)
  })
})
