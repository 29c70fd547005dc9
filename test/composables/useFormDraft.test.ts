import { beforeEach, describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { mount } from '@vue/test-utils'
import { useFormDraft, type UseFormDraftReturn } from '@/composables/useFormDraft'

const DEFAULTS = {
  subject: '',
  department_id: null as string | number | null,
  tags: [] as string[],
}
type Draft = UseFormDraftReturn<typeof DEFAULTS>

function mountDraft(key: string | null = 'test') {
  let draft: Draft | undefined
  const wrapper = mount(
    defineComponent({
      setup() {
        draft = useFormDraft(key, DEFAULTS)
        return () => h('div')
      },
    }),
  )
  if (!draft) throw new Error('not set up')
  return { wrapper, draft }
}

beforeEach(() => localStorage.clear())

describe('useFormDraft', () => {
  it('saves edits under the escalated draft prefix and restores them on the next mount', async () => {
    const first = mountDraft()
    first.draft.values.subject = 'Hello'
    first.draft.values.tags.push('vip')
    await nextTick()
    expect(JSON.parse(localStorage.getItem('escalated:draft:test') ?? '{}')).toEqual({
      subject: 'Hello',
      department_id: null,
      tags: ['vip'],
    })
    first.wrapper.unmount()
    const second = mountDraft()
    expect(second.draft.values).toEqual({ subject: 'Hello', department_id: null, tags: ['vip'] })
    expect(second.draft.restored.value).toBe(true)
  })

  it('ignores a corrupt draft and values of the wrong kind', () => {
    localStorage.setItem('escalated:draft:broken', '{not json')
    expect(mountDraft('broken').draft.values.subject).toBe('')
    localStorage.setItem(
      'escalated:draft:tampered',
      JSON.stringify({ subject: 42, department_id: { evil: true }, tags: ['ok'], extra: 'x' }),
    )
    const { draft } = mountDraft('tampered')
    expect(draft.values).toEqual({ subject: '', department_id: null, tags: ['ok'] })
  })

  it('removes the stored draft when the values go back to the defaults', async () => {
    const { draft } = mountDraft()
    draft.values.subject = 'x'
    await nextTick()
    draft.clear()
    await nextTick()
    expect(localStorage.getItem('escalated:draft:test')).toBeNull()
    expect(draft.values.subject).toBe('')
  })

  it('keeps values in memory only when the key is null', async () => {
    const { draft } = mountDraft(null)
    draft.values.subject = 'private'
    await nextTick()
    expect(localStorage.length).toBe(0)
  })
})
