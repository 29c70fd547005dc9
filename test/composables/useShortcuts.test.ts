import { mount } from '@vue/test-utils'
import { defineComponent, h, ref } from 'vue'
import { afterEach, describe, expect, it } from 'vitest'
import {
  DEFAULT_SHORTCUT_KEYS,
  conflictingActions,
  isBindableKey,
  isTypingTarget,
  useShortcutSettings,
  useShortcuts,
  type ShortcutAction,
  type ShortcutSettings,
} from '@/composables/useShortcuts'

function setup(
  settings = ref<ShortcutSettings>({ enabled: true, keys: { ...DEFAULT_SHORTCUT_KEYS } }),
) {
  const calls: ShortcutAction[] = []
  const record = (action: ShortcutAction) => () => calls.push(action)
  const Host = defineComponent({
    setup() {
      useShortcuts(
        {
          next: record('next'),
          previous: record('previous'),
          toggle: record('toggle'),
          open: record('open'),
          search: record('search'),
          help: record('help'),
        },
        { settings },
      )
      return () =>
        h('div', [
          h('input', { id: 'text', type: 'text' }),
          h('input', { id: 'box', type: 'checkbox' }),
          h('textarea', { id: 'area' }),
          h('div', { id: 'editable', contenteditable: 'true' }),
          h('a', { id: 'link', href: '#x' }, 'link'),
          h('div', { role: 'dialog', id: 'dialog' }, [h('button', { id: 'inside' }, 'ok')]),
        ])
    },
  })
  const wrapper = mount(Host, { attachTo: document.body })
  const press = (
    key: string,
    init: KeyboardEventInit = {},
    target: Element | null = document.body,
  ) => {
    const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init })
    ;(target ?? document.body).dispatchEvent(event)
    return event
  }
  const el = (id: string) => document.getElementById(id)
  return { wrapper, calls, press, el, settings }
}

afterEach(() => {
  localStorage.clear()
})

describe('useShortcuts', () => {
  it('runs the handler bound to each default key and claims the key press', () => {
    const { calls, press } = setup()
    const event = press('j')
    for (const key of ['k', 'x', 'Enter', '/']) press(key)
    press('?', { shiftKey: true })
    expect(calls).toEqual(['next', 'previous', 'toggle', 'open', 'search', 'help'])
    expect(event.defaultPrevented).toBe(true)
  })

  it('ignores keys typed into text fields, text areas and editable content', () => {
    const { calls, press, el } = setup()
    press('j', {}, el('text'))
    press('/', {}, el('area'))
    press('x', {}, el('editable'))
    expect(calls).toEqual([])
  })

  it('still works while a checkbox has focus', () => {
    const { calls, press, el } = setup()
    press('x', {}, el('box'))
    expect(calls).toEqual(['toggle'])
  })

  it('ignores keys while an IME composes text', () => {
    const { calls, press } = setup()
    press('j', { isComposing: true })
    press('k', { keyCode: 229 })
    expect(calls).toEqual([])
  })

  it('leaves Ctrl, Alt and Meta combinations to the browser', () => {
    const { calls, press } = setup()
    const event = press('k', { ctrlKey: true })
    press('j', { metaKey: true })
    press('x', { altKey: true })
    expect(calls).toEqual([])
    expect(event.defaultPrevented).toBe(false)
  })

  it('stays quiet inside dialogs and menus', () => {
    const { calls, press, el } = setup()
    press('j', {}, el('inside'))
    expect(calls).toEqual([])
  })

  it('leaves Enter to the link or button that has focus', () => {
    const { calls, press, el } = setup()
    press('Enter', {}, el('link'))
    expect(calls).toEqual([])
  })

  it('does nothing once the user turned shortcuts off', () => {
    const { calls, press, settings } = setup()
    settings.value = { ...settings.value, enabled: false }
    press('j')
    expect(calls).toEqual([])
  })

  it('follows remapped keys and forgets the old ones', () => {
    const { calls, press, settings } = setup()
    settings.value = { enabled: true, keys: { ...DEFAULT_SHORTCUT_KEYS, next: 'n' } }
    press('j')
    press('n')
    expect(calls).toEqual(['next'])
  })

  it('stops listening when its component goes away', () => {
    const { calls, press, wrapper } = setup()
    wrapper.unmount()
    press('j')
    expect(calls).toEqual([])
  })
})

describe('shortcut settings', () => {
  it('accept one printable character or Enter as a key', () => {
    expect(['a', '/', '?', 'Enter', 'é'].every(isBindableKey)).toBe(true)
    expect(['', ' ', 'ab', 'Tab', 'Escape'].some(isBindableKey)).toBe(false)
  })

  it('find actions sharing a key', () => {
    expect(conflictingActions({ ...DEFAULT_SHORTCUT_KEYS, toggle: 'j' })).toEqual([
      'next',
      'toggle',
    ])
    expect(conflictingActions(DEFAULT_SHORTCUT_KEYS)).toEqual([])
  })

  it('treat only text entry and widgets with their own keys as typing', () => {
    const input = document.createElement('input')
    const checkbox = Object.assign(document.createElement('input'), { type: 'checkbox' })
    expect(isTypingTarget(input)).toBe(true)
    expect(isTypingTarget(checkbox)).toBe(false)
    expect(isTypingTarget(document.body)).toBe(false)
    expect(isTypingTarget(null)).toBe(false)
  })

  it('are stored under escalated:shortcuts and read back on the next page', async () => {
    let first: ReturnType<typeof useShortcutSettings> | undefined
    mount(defineComponent({ setup: () => ((first = useShortcutSettings()), () => h('div')) }))
    await Promise.resolve()
    if (!first) throw new Error('no settings')
    first.settings.value = { enabled: false, keys: { ...DEFAULT_SHORTCUT_KEYS, help: 'h' } }
    expect(JSON.parse(localStorage.getItem('escalated:shortcuts') ?? 'null')).toEqual({
      enabled: false,
      keys: { ...DEFAULT_SHORTCUT_KEYS, help: 'h' },
    })
    let second: ReturnType<typeof useShortcutSettings> | undefined
    mount(defineComponent({ setup: () => ((second = useShortcutSettings()), () => h('div')) }))
    await Promise.resolve()
    expect(second?.settings.value.keys.help).toBe('h')
    expect(second?.settings.value.enabled).toBe(false)
  })

  it('fall back to the defaults when the stored keys clash', async () => {
    localStorage.setItem(
      'escalated:shortcuts',
      JSON.stringify({ enabled: true, keys: { ...DEFAULT_SHORTCUT_KEYS, next: 'k' } }),
    )
    let settings: ReturnType<typeof useShortcutSettings> | undefined
    mount(defineComponent({ setup: () => ((settings = useShortcutSettings()), () => h('div')) }))
    await Promise.resolve()
    expect(settings?.settings.value.keys).toEqual(DEFAULT_SHORTCUT_KEYS)
  })

  it('keep working in memory where storage is blocked', async () => {
    const blocked = {
      get localStorage(): Storage {
        throw new DOMException('denied', 'SecurityError')
      },
    }
    let settings: ReturnType<typeof useShortcutSettings> | undefined
    mount(
      defineComponent({
        setup: () => (
          (settings = useShortcutSettings({ window: blocked as unknown as Window })),
          () => h('div')
        ),
      }),
    )
    await Promise.resolve()
    if (!settings) throw new Error('no settings')
    settings.settings.value = { ...settings.settings.value, enabled: false }
    expect(settings.settings.value.enabled).toBe(false)
  })
})
