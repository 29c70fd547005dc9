/**
 * The panel's rendering: lit-html templates driven by Vue's reactivity. A view is a function that
 * reads reactive state and returns a template; a renderer's `mount` renders it and renders it
 * again, once per microtask, whenever state it read changes. lit-html patches only the parts whose
 * values changed, so typed text, focus and scroll positions survive a re-render.
 *
 * Why not Vue components: the Vue runtime alone is ~22 KB gzip, most of issue #6's 30 KB budget
 * for everything the widget loads; lit-html (~3.5 KB) plus Vue's reactivity (~5 KB) leave room
 * for the views themselves.
 */
import { effect, stop } from 'vue'
import { nothing, render } from 'lit-html'
import {
  Directive,
  directive,
  PartType,
  type ElementPart,
  type PartInfo,
} from 'lit-html/directive.js'

/** Renders reactive templates; one per panel. */
export interface Renderer {
  /** Renders `template()` into `container`, again after every change of the state it read. */
  mount(container: HTMLElement, template: () => unknown): void
  /** Resolves once pending state changes are on screen. */
  nextTick(): Promise<void>
  /** Stops re-rendering and clears the container. */
  unmount(): void
}

/** Creates a renderer; re-renders are batched, one per microtask. */
export function createRenderer(): Renderer {
  let pending: Promise<void> | undefined
  let active = false
  let runner: ReturnType<typeof effect> | undefined
  let target: HTMLElement | undefined
  return {
    mount(container, template) {
      active = true
      target = container
      runner = effect(
        () => {
          if (active) render(template(), container)
        },
        {
          scheduler() {
            pending ??= Promise.resolve().then(() => {
              pending = undefined
              runner?.()
            })
          },
        },
      )
    },
    nextTick: async () => {
      while (pending) await pending
    },
    unmount() {
      active = false
      if (runner) stop(runner)
      if (target) render(nothing, target)
    },
  }
}

/** What {@link control} sets on a form control. */
export interface ControlBinding {
  /** Attributes; `undefined`, `false` and `''` remove one. */
  attrs: Record<string, string | undefined | false>
  /** The value the state holds; written only when the control shows something else. */
  value: string
  /** Called with the control's new value on every `input` event. */
  onInput(value: string): void
}

class ControlDirective extends Directive {
  private onInput?: (value: string) => void
  private readonly listener = (event: Event) =>
    this.onInput?.((event.target as HTMLInputElement).value)

  constructor(part: PartInfo) {
    super(part)
    if (part.type !== PartType.ELEMENT) throw new Error('control() binds an element')
  }

  render(_binding: ControlBinding): typeof nothing {
    return nothing
  }

  override update(part: ElementPart, [binding]: [ControlBinding]): typeof nothing {
    const element = part.element as HTMLInputElement
    for (const [name, value] of Object.entries(binding.attrs)) {
      if (value) element.setAttribute(name, value)
      else element.removeAttribute(name)
    }
    if (element.value !== binding.value) element.value = binding.value
    if (!this.onInput) element.addEventListener('input', this.listener)
    this.onInput = binding.onInput
    return nothing
  }
}

/**
 * Binds an input, textarea or select to a string in reactive state: `<input ${control({...})}>`.
 * Like lit's `live()`, the value is compared with the control's own, so re-renders never move the
 * caret; lit has no attribute spread, and the three control kinds share their attribute list.
 */
export const control = directive(ControlDirective)

class CssVarsDirective extends Directive {
  render(_vars: Record<string, string | undefined>): typeof nothing {
    return nothing
  }

  override update(part: ElementPart, [vars]: [Record<string, string | undefined>]): typeof nothing {
    const { style } = part.element as HTMLElement
    for (const [name, value] of Object.entries(vars)) {
      if (value) style.setProperty(name, value)
      else style.removeProperty(name)
    }
    return nothing
  }
}

/**
 * Sets custom properties through the CSSOM: `<span ${cssVars({ '--esc-badge': colour })}>`.
 * lit's `styleMap` writes a `style` attribute on first render, which a strict CSP
 * (`style-src` without `unsafe-inline`) refuses.
 */
export const cssVars = directive(CssVarsDirective)
