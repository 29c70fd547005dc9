import css from './launcher.css?inline'
import { readEmbedConfig } from './config'
import {
  FORWARDED,
  OPENING,
  type PanelCommand,
  type PanelController,
  type PanelModule,
} from './bridge'
import type {
  EscalatedWidgetApi,
  EscalatedWidgetOptions,
  WidgetEventMap,
  WidgetEventName,
} from './types'

type Listener = (payload: never) => void

/**
 * Mounts the launcher in a shadow root and installs `window.EscalatedWidget`; `script` is the
 * embed tag whose `data-*` attributes configure it. Makes no request: `importPanel` runs on the
 * first hover, focus, click or API call that needs the panel (which then fetches `/config`).
 * Returns the existing API when the widget is already on the page.
 */
export function boot(
  win: Window & typeof globalThis,
  script: (Element & HTMLOrSVGElement) | null,
  importPanel: () => Promise<PanelModule>,
): EscalatedWidgetApi {
  const doc = win.document
  const previous = win.EscalatedWidget
  // isOpen exists only on the loaded API, not on a page's stub that queues calls.
  if (previous && 'isOpen' in previous) return previous
  const options: EscalatedWidgetOptions = previous ?? {}
  const config = readEmbedConfig(script, options)
  config.locale ||= doc.documentElement.lang
  config.theme ||= 'auto'
  let listeners: [WidgetEventName, Listener][] = []
  const commands: PanelCommand[] = []
  let isOpen = false
  let visible = true
  let enabled = true
  let ready = false
  let destroyed = false
  let request = 0
  let panel: PanelController | undefined
  let loading: Promise<PanelController | undefined> | undefined

  const host = doc.createElement('escalated-widget')
  const root = host.attachShadow({ mode: 'open' })
  const launcher = doc.createElement('button')
  // No type="button" needed: a button in a shadow root has no form to submit. Styled as the
  // shadow root's only top-level button; `part` lets a page restyle it with ::part(launcher).
  launcher.setAttribute('part', 'launcher')
  root.append(launcher)

  function addStyles(text: string): void {
    // adoptedStyleSheets and replaceSync shipped together in every engine.
    if (root.adoptedStyleSheets) {
      const sheet = new win.CSSStyleSheet()
      sheet.replaceSync(text)
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet]
    } else {
      // No constructable stylesheets (Safari < 16.4): a <style> the page's CSP allows by nonce.
      const style = doc.createElement('style')
      style.nonce = config.nonce
      style.textContent = text
      root.prepend(style)
    }
  }

  function emit<E extends WidgetEventName>(event: E, payload: WidgetEventMap[E]): void {
    // One microtask per listener: a host listener that throws is reported by the browser and
    // breaks neither the widget nor the other listeners.
    for (const [name, listener] of listeners) {
      if (name === event)
        queueMicrotask(() => (listener as (value: WidgetEventMap[E]) => void)(payload))
    }
  }

  // Unknown position or theme values fall through to the CSS defaults (bottom-right, light). The
  // launcher's name is its only text; the panel brings the catalogues (Arabic is the RTL one).
  function sync(): void {
    host.hidden = !(visible && enabled)
    Object.assign(host.dataset, { position: config.position, escMode: config.theme })
    host.style.setProperty('--esc-primary', config.color || null)
    launcher.setAttribute('aria-expanded', String(isOpen))
    launcher.setAttribute('aria-label', config.locale.startsWith('ar') ? 'الدعم' : 'Support')
    // Glyphs instead of an SVG: the launcher's bytes count against a 2 KB budget.
    launcher.textContent = isOpen ? '×' : '?'
  }

  function setOpen(next: boolean): void {
    request++
    // Closing from inside the panel (Escape, its close button) hands focus back to the launcher,
    // once it is shown again (phones hide it under the full-screen panel).
    const focusLauncher = !next && root.activeElement
    if (isOpen !== next && !(next && host.hidden)) {
      isOpen = next
      panel?.setOpen(next)
      sync()
      emit(next ? 'open' : 'close', undefined)
    }
    if (focusLauncher) launcher.focus()
  }

  function load(): Promise<PanelController | undefined> {
    return (loading ??= importPanel().then(
      (module) =>
        destroyed
          ? undefined
          : (panel = module.createPanel({
              api,
              root,
              config,
              commands,
              addStyles,
              emit,
              disable() {
                enabled = false
                setOpen(false)
                sync()
              },
            })),
      (error: unknown) => {
        // Let the next intent try again (a flaky network, a CDN hiccup).
        loading = undefined
        emit('error', { operation: 'load', kind: 'network', message: String(error), status: 0 })
        return undefined
      },
    ))
  }

  async function open(command?: PanelCommand): Promise<void> {
    const ticket = ++request
    const controller = await load()
    // A close() or another open() while the module loaded wins over this call.
    if (controller && ticket === request) {
      if (command) controller.run(command)
      setOpen(true)
    }
  }

  // Commands that need no panel yet are kept for it; they never trigger a load.
  function forward(command: PanelCommand): void {
    if (panel) panel.run(command)
    else commands.push(command)
  }

  // identify/prefill/setLocale and the opening calls (search…) are validated and run by the panel.
  const forwarded = Object.fromEntries([
    ...FORWARDED.map((method) => [method, (...args: unknown[]) => forward([method, args])]),
    ...OPENING.map((method) => [method, (...args: unknown[]) => open([method, args])]),
  ]) as Pick<EscalatedWidgetApi, PanelCommand[0]>

  const api: EscalatedWidgetApi = {
    ...forwarded,
    get isOpen() {
      return isOpen
    },
    open: () => open(),
    close: () => setOpen(false),
    toggle: async () => (isOpen ? setOpen(false) : open()),
    show() {
      visible = true
      sync()
    },
    hide() {
      setOpen(false)
      visible = false
      sync()
    },
    setLocale(locale) {
      config.locale = String(locale)
      sync()
      forwarded.setLocale(config.locale)
    },
    setTheme(input) {
      const { mode, color, position } = typeof input === 'string' ? { mode: input } : input
      config.theme = mode || config.theme
      config.color = color ?? config.color
      config.position = position || config.position
      sync()
    },
    destroy() {
      destroyed = true
      request++
      panel?.destroy()
      attach()
      doc.removeEventListener('DOMContentLoaded', start)
      host.remove()
      if (win.EscalatedWidget === api) delete win.EscalatedWidget
    },
    on(event, listener) {
      if (event === 'ready' && ready) queueMicrotask(listener as () => void)
      else listeners.push([event, listener as Listener])
    },
    off(event, listener) {
      listeners = listeners.filter(([name, fn]) => name !== event || fn !== listener)
    },
  }

  // Re-attach when an SPA swaps <body> (Turbo) or clears it. Watching only the child lists of
  // <html> and <body> keeps this cheap on busy pages.
  const observer = new win.MutationObserver(attach)
  function attach(): void {
    observer.disconnect()
    if (destroyed || !doc.body) return
    if (!host.isConnected) doc.body.append(host)
    observer.observe(doc.documentElement, { childList: true })
    observer.observe(doc.body, { childList: true })
  }
  function start(): void {
    attach()
    for (const call of options.q ?? []) {
      const [method, ...args] = call
      const fn: unknown = Reflect.get(api, method as PropertyKey)
      if (typeof fn === 'function') fn.apply(api, args)
    }
    ready = true
    emit('ready', undefined)
  }

  addStyles(css)
  for (const type of ['pointerenter', 'focus']) launcher.addEventListener(type, () => void load())
  launcher.addEventListener('click', () => void api.toggle())
  sync()
  win.EscalatedWidget = api
  if (doc.body) start()
  else doc.addEventListener('DOMContentLoaded', start)
  return api
}
