import { describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick, ref } from 'vue'
import { mount } from '@vue/test-utils'
import { renderToString } from 'vue/server-renderer'
import { createSSRApp } from 'vue'
import { useDraft, type UseDraftOptions, type UseDraftReturn } from '@/composables/useDraft'

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial))
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
  }
}

function host(key: () => string, storage: UseDraftOptions['storage']) {
  let draft: UseDraftReturn | undefined
  const wrapper = mount(
    defineComponent({
      setup() {
        draft = useDraft(key, { storage })
        return () => h('p', draft?.text.value)
      },
    }),
  )
  if (!draft) throw new Error('not mounted')
  return { wrapper, draft }
}

describe('useDraft', () => {
  it('loads the saved draft of its ticket on mount', () => {
    const storage = memoryStorage({ 'escalated:draft:ESC-1': 'hello' })
    const { draft } = host(() => 'ESC-1', storage)
    expect(draft.text.value).toBe('hello')
  })

  it('saves every change under its namespaced key and forgets an empty text', async () => {
    const storage = memoryStorage()
    const { draft } = host(() => 'ESC-1', storage)
    draft.text.value = 'typing'
    await nextTick()
    expect(storage.data.get('escalated:draft:ESC-1')).toBe('typing')
    draft.text.value = ''
    await nextTick()
    expect(storage.data.has('escalated:draft:ESC-1')).toBe(false)
  })

  it('switches to the other ticket’s draft when the key changes', async () => {
    const storage = memoryStorage({ 'escalated:draft:ESC-2': 'second' })
    const key = ref('ESC-1')
    const { draft } = host(() => key.value, storage)
    draft.text.value = 'first'
    await nextTick()
    key.value = 'ESC-2'
    await nextTick()
    expect(draft.text.value).toBe('second')
    expect(storage.data.get('escalated:draft:ESC-1')).toBe('first')
  })

  it('keeps working in memory when the browser refuses storage', async () => {
    const storage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError')
      },
      removeItem: () => undefined,
    }
    const { draft } = host(() => 'ESC-1', storage)
    draft.text.value = 'still here'
    await nextTick()
    expect(draft.text.value).toBe('still here')
    expect(draft.isPersistent.value).toBe(false)
  })

  it('clear() empties the text and the stored entry', async () => {
    const storage = memoryStorage({ 'escalated:draft:ESC-1': 'sent' })
    const { draft } = host(() => 'ESC-1', storage)
    draft.clear()
    await nextTick()
    expect(draft.text.value).toBe('')
    expect(storage.data.size).toBe(0)
  })

  it('reads no storage during server rendering', async () => {
    const storage = memoryStorage({ 'escalated:draft:ESC-1': 'secret' })
    const app = createSSRApp({
      setup() {
        const { text } = useDraft(() => 'ESC-1', { storage })
        return () => h('p', text.value)
      },
    })
    expect(await renderToString(app)).toBe('<p></p>')
  })
})
