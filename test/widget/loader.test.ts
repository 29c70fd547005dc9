import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { boot } from '../../widget/loader/boot'
import type { PanelController, PanelHost, PanelModule } from '../../widget/loader/bridge'
import type { EscalatedWidgetApi, EscalatedWidgetOptions } from '../../widget/loader/types'

type TestWindow = Window & typeof globalThis

function fakePanel() {
  const hosts: PanelHost[] = []
  const controller = {
    setOpen: vi.fn<PanelController['setOpen']>(),
    run: vi.fn<PanelController['run']>(),
    destroy: vi.fn<PanelController['destroy']>(),
  }
  const module: PanelModule = {
    createPanel: vi.fn((host: PanelHost) => {
      hosts.push(host)
      // A focusable element inside the panel, like the real one renders.
      const input = document.createElement('input')
      host.root.append(input)
      return controller
    }),
  }
  const importPanel = vi.fn(async () => module)
  return { importPanel, module, controller, hosts }
}

function script(attributes: Record<string, string> = {}) {
  const element = document.createElement('script')
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value)
  return element
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0))
const hostElement = () => document.querySelector('escalated-widget') as HTMLElement
const launcherOf = () => hostElement().shadowRoot?.querySelector('button') as HTMLButtonElement

let api: EscalatedWidgetApi | undefined
function start(options?: EscalatedWidgetOptions, attributes?: Record<string, string>) {
  if (options) window.EscalatedWidget = options
  const panel = fakePanel()
  api = boot(window as TestWindow, script(attributes), panel.importPanel)
  return { api, ...panel }
}

beforeEach(() => {
  document.documentElement.lang = 'en'
})
afterEach(() => {
  api?.destroy()
  api = undefined
  delete window.EscalatedWidget
  document.body.innerHTML = ''
})

describe('the loader', () => {
  it('draws the launcher in a shadow root and requests nothing before intent', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch')
    const { importPanel } = start()
    await flush()
    expect(launcherOf().getAttribute('aria-label')).toBe('Support')
    expect(launcherOf().getAttribute('aria-expanded')).toBe('false')
    expect(importPanel).not.toHaveBeenCalled()
    expect(fetchSpy).not.toHaveBeenCalled()
    fetchSpy.mockRestore()
  })

  it.each(['pointerenter', 'focus'])('loads the panel on %s without opening it', async (type) => {
    const { importPanel, controller } = start()
    launcherOf().dispatchEvent(new Event(type))
    launcherOf().dispatchEvent(new Event(type))
    await flush()
    expect(importPanel).toHaveBeenCalledOnce()
    expect(controller.setOpen).not.toHaveBeenCalled()
  })

  it('opens and closes on click, keeping the launcher state in sync', async () => {
    const { controller } = start()
    const opened = vi.fn()
    api?.on('open', opened)
    launcherOf().click()
    await flush()
    expect(controller.setOpen).toHaveBeenLastCalledWith(true)
    expect(launcherOf().getAttribute('aria-expanded')).toBe('true')
    expect(api?.isOpen).toBe(true)
    expect(opened).toHaveBeenCalledOnce()
    launcherOf().click()
    await flush()
    expect(controller.setOpen).toHaveBeenLastCalledWith(false)
    expect(launcherOf().getAttribute('aria-expanded')).toBe('false')
    expect(api?.isOpen).toBe(false)
  })

  it('returns focus to the launcher when the panel closes from inside', async () => {
    const { hosts } = start()
    await api?.open()
    const input = hosts[0]?.root.querySelector('input') as HTMLInputElement
    input.focus()
    api?.close()
    expect(hosts[0]?.root.activeElement).toBe(launcherOf())
  })

  it('lets a close() during loading win over the open()', async () => {
    const { controller } = start()
    const opening = api?.open()
    api?.close()
    await opening
    expect(controller.setOpen).not.toHaveBeenCalled()
    expect(api?.isOpen).toBe(false)
  })

  describe('configuration', () => {
    it('reads data-* attributes first, then window.EscalatedWidget, then defaults', async () => {
      const { hosts } = start(
        { baseUrl: 'https://global.example', color: 'rebeccapurple', locale: 'de' },
        {
          'data-base-url': 'https://attr.example/',
          'data-position': 'bottom-left',
          'data-backend': 'adonis',
        },
      )
      await api?.open()
      expect(hosts[0]?.config).toMatchObject({
        baseUrl: 'https://attr.example/',
        backend: 'adonis',
        position: 'bottom-left',
        color: 'rebeccapurple',
        locale: 'de',
        theme: 'auto',
        widgetPath: '',
      })
      expect(hostElement().dataset.position).toBe('bottom-left')
      expect(hostElement().dataset.escMode).toBe('auto')
      expect(hostElement().style.getPropertyValue('--esc-primary')).toBe('rebeccapurple')
    })

    it("falls back to the page's lang and names the launcher in Arabic", () => {
      document.documentElement.lang = 'ar'
      start()
      expect(launcherOf().getAttribute('aria-label')).toBe('الدعم')
    })
  })

  it('mounts once when the script runs twice', () => {
    const { api: first } = start()
    const second = boot(window as TestWindow, script(), fakePanel().importPanel)
    expect(second).toBe(first)
    expect(document.querySelectorAll('escalated-widget')).toHaveLength(1)
  })

  it('replays calls queued before it loaded, in order', async () => {
    const { hosts } = start({
      q: [
        ['identify', { name: 'Ada', email: 'ada@example.test' }],
        ['setLocale', 'de'],
        ['openTicketForm'],
      ],
    })
    await flush()
    expect(api?.isOpen).toBe(true)
    expect(hosts[0]?.commands).toEqual([
      ['identify', [{ name: 'Ada', email: 'ada@example.test' }]],
      ['setLocale', ['de']],
    ])
    expect(hosts[0]?.config.locale).toBe('de')
  })

  it("replaces a page's stub that queued calls through methods", async () => {
    // The snippet from widget/README.md, written out.
    const queue: unknown[][] = []
    const stub = {
      q: queue,
      open: (...args: unknown[]) => queue.push(['open', ...args]),
      identify: (...args: unknown[]) => queue.push(['identify', ...args]),
    }
    window.EscalatedWidget = stub
    stub.identify({ name: 'Ada' })
    stub.open()
    const { hosts } = start()
    await flush()
    expect(window.EscalatedWidget).toBe(api)
    expect(api?.isOpen).toBe(true)
    expect(hosts[0]?.commands).toEqual([['identify', [{ name: 'Ada' }]]])
  })

  it('keeps identify/prefill for the panel without loading it', async () => {
    const { importPanel, controller } = start()
    api?.prefill({ subject: 'Hi' })
    await flush()
    expect(importPanel).not.toHaveBeenCalled()
    await api?.search('billing')
    expect(controller.run).toHaveBeenCalledWith(['search', ['billing']])
    api?.identify({ name: 'Ada' })
    expect(controller.run).toHaveBeenLastCalledWith(['identify', [{ name: 'Ada' }]])
  })

  it('waits for DOMContentLoaded when the script runs in <head> without a <body>', async () => {
    const doc = document.implementation.createHTMLDocument('head only')
    doc.body.remove()
    const fakeWindow = { document: doc, CSSStyleSheet, MutationObserver } as unknown as TestWindow
    const ready = vi.fn()
    const widget = boot(fakeWindow, null, fakePanel().importPanel)
    widget.on('ready', ready)
    expect(doc.querySelector('escalated-widget')).toBeNull()
    doc.documentElement.append(doc.createElement('body'))
    doc.dispatchEvent(new Event('DOMContentLoaded'))
    await flush()
    expect(doc.body.querySelector('escalated-widget')).not.toBeNull()
    expect(ready).toHaveBeenCalledOnce()
    widget.destroy()
  })

  it('re-attaches when an SPA replaces the body', async () => {
    start()
    const fresh = document.createElement('body')
    document.documentElement.replaceChild(fresh, document.body)
    await flush()
    expect(fresh.querySelector('escalated-widget')).not.toBeNull()
    fresh.innerHTML = '<main>next page</main>'
    await flush()
    expect(document.querySelectorAll('escalated-widget')).toHaveLength(1)
  })

  it('hides and shows the launcher; a disabled widget stays hidden', async () => {
    const { hosts } = start()
    api?.hide()
    expect(hostElement().hidden).toBe(true)
    api?.show()
    expect(hostElement().hidden).toBe(false)
    await api?.open()
    hosts[0]?.disable()
    expect(api?.isOpen).toBe(false)
    api?.show()
    expect(hostElement().hidden).toBe(true)
    await api?.open()
    expect(api?.isOpen).toBe(false)
  })

  it('applies setTheme and setLocale to the launcher', () => {
    start()
    api?.setTheme('dark')
    expect(hostElement().dataset.escMode).toBe('dark')
    api?.setTheme({ color: 'tomato', position: 'bottom-left' })
    expect(hostElement().style.getPropertyValue('--esc-primary')).toBe('tomato')
    expect(hostElement().dataset.position).toBe('bottom-left')
    api?.setLocale('ar')
    expect(launcherOf().getAttribute('aria-label')).toBe('الدعم')
  })

  it('reports a panel that fails to load, and tries again on the next intent', async () => {
    const { importPanel, module } = start()
    importPanel.mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
    const error = vi.fn()
    api?.on('error', error)
    await api?.open()
    await flush()
    expect(error).toHaveBeenCalledWith(
      expect.objectContaining({ operation: 'load', kind: 'network' }),
    )
    expect(api?.isOpen).toBe(false)
    await api?.open()
    expect(module.createPanel).toHaveBeenCalledOnce()
    expect(api?.isOpen).toBe(true)
  })

  it('stops calling a listener after off()', async () => {
    start()
    const removed = vi.fn()
    const kept = vi.fn()
    api?.on('open', removed)
    api?.on('open', kept)
    api?.off('open', removed)
    await api?.open()
    await flush()
    expect(removed).not.toHaveBeenCalled()
    expect(kept).toHaveBeenCalledOnce()
  })

  it('tells late subscribers that it is ready', async () => {
    start()
    const ready = vi.fn()
    api?.on('ready', ready)
    await flush()
    expect(ready).toHaveBeenCalledOnce()
  })

  it('removes itself on destroy', async () => {
    const { controller } = start()
    await api?.open()
    api?.destroy()
    expect(controller.destroy).toHaveBeenCalledOnce()
    expect(document.querySelector('escalated-widget')).toBeNull()
    expect(window.EscalatedWidget).toBeUndefined()
    api = undefined
  })

  it('falls back to a <style> with the CSP nonce without constructable stylesheets', () => {
    const original = Object.getOwnPropertyDescriptor(ShadowRoot.prototype, 'adoptedStyleSheets')
    Object.defineProperty(ShadowRoot.prototype, 'adoptedStyleSheets', {
      value: undefined,
      configurable: true,
    })
    try {
      start({ nonce: 'r4nd0m' })
      const style = hostElement().shadowRoot?.querySelector('style')
      expect(style?.nonce).toBe('r4nd0m')
    } finally {
      if (original) Object.defineProperty(ShadowRoot.prototype, 'adoptedStyleSheets', original)
      else delete (ShadowRoot.prototype as { adoptedStyleSheets?: unknown }).adoptedStyleSheets
    }
  })
})
