import { reactive } from 'vue'
import { html } from 'lit-html'
import { describe, expect, it, vi } from 'vitest'
import { control, createRenderer, cssVars } from '../../widget/app/render'

function setup<S extends object>(initial: S, view: (state: S) => unknown) {
  const state = reactive(initial) as S
  const container = document.createElement('div')
  const renderer = createRenderer()
  const template = vi.fn(() => view(state))
  renderer.mount(container, template)
  return { state, container, renderer, template }
}

describe('the widget renderer', () => {
  it('renders at once, then once per batch of changes, and nextTick waits for it', async () => {
    const { state, container, renderer, template } = setup({ n: 1 }, (s) => html`<p>${s.n}</p>`)
    expect(container.textContent).toBe('1')
    state.n = 2
    state.n = 3
    expect(container.textContent).toBe('1')
    await renderer.nextTick()
    expect(container.textContent).toBe('3')
    expect(template).toHaveBeenCalledTimes(2)
  })

  it('stops re-rendering and clears the page when unmounted', async () => {
    const { state, container, renderer, template } = setup({ n: 1 }, (s) => html`<p>${s.n}</p>`)
    state.n = 2
    renderer.unmount()
    await renderer.nextTick()
    state.n = 3
    await Promise.resolve()
    expect(container.textContent).toBe('')
    expect(template).toHaveBeenCalledTimes(1)
  })

  it('binds a control without overwriting what the visitor is typing', async () => {
    const edits: string[] = []
    const { state, container, renderer } = setup(
      { text: 'Hel' },
      (s) =>
        html`<input
          ${control({
            attrs: { name: 'subject', 'aria-invalid': s.text ? false : 'true' },
            value: s.text,
            onInput: (value) => {
              edits.push(value)
              s.text = value
            },
          })}
        />`,
    )
    const input = container.querySelector('input') as HTMLInputElement
    expect([input.value, input.name, input.hasAttribute('aria-invalid')]).toEqual([
      'Hel',
      'subject',
      false,
    ])
    input.value = 'Hello'
    input.setSelectionRange(2, 2)
    input.dispatchEvent(new Event('input'))
    await renderer.nextTick()
    // The same value is not written back, so the caret stays where the visitor put it.
    expect(input.selectionStart).toBe(2)
    // Re-rendered several times, the listener is still attached once.
    input.dispatchEvent(new Event('input'))
    expect(edits).toEqual(['Hello', 'Hello'])
    state.text = ''
    await renderer.nextTick()
    expect([input.value, input.getAttribute('aria-invalid')]).toEqual(['', 'true'])
    state.text = 'Fixed'
    await renderer.nextTick()
    expect([input.value, input.hasAttribute('aria-invalid')]).toEqual(['Fixed', false])
  })

  it('sets custom properties through the CSSOM and removes empty ones', async () => {
    const { state, container, renderer } = setup(
      { color: '#0E7490' as string | undefined },
      (s) => html`<span ${cssVars({ '--esc-badge': s.color })}></span>`,
    )
    const span = container.querySelector('span') as HTMLElement
    expect(span.style.getPropertyValue('--esc-badge')).toBe('#0E7490')
    state.color = undefined
    await renderer.nextTick()
    expect(span.style.getPropertyValue('--esc-badge')).toBe('')
  })
})
