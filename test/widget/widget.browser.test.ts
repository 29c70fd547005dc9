// The widget in Chromium, loader and panel from source (Vite's dev server rewrites a built IIFE
// into a module, so the built files are exercised by bench/widget-click-to-interactive.mjs).
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cdp, page, server, userEvent } from 'vitest/browser'
import axe from 'axe-core'
import { boot } from '../../widget/loader/boot'
import type { EscalatedWidgetApi } from '../../widget/loader/types'
import { fakeBackend } from './backend'

let widget: EscalatedWidgetApi | undefined
beforeEach(async () => {
  await page.viewport(1280, 720)
})
afterEach(() => {
  widget?.destroy()
  widget = undefined
  document.querySelectorAll('style[data-test]').forEach((style) => style.remove())
  sessionStorage.clear()
  localStorage.clear()
})

function start(attributes: Record<string, string> = {}) {
  const backend = fakeBackend()
  const script = document.createElement('script')
  script.dataset.baseUrl = 'https://help.example.test'
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value)
  widget = boot(window, script, backend.importPanel)
  const host = document.querySelector('escalated-widget') as HTMLElement
  const root = host.shadowRoot as ShadowRoot
  const launcher = root.querySelector('button') as HTMLButtonElement
  return { ...backend, host, root, launcher }
}

const inShadow = (root: ShadowRoot, selector: string) => root.querySelector<HTMLElement>(selector)
// toHaveFocus() compares document.activeElement, which is the shadow host; ask the shadow root.
const focused = (root: ShadowRoot) => {
  const element = root.activeElement
  return element
    ? `${element.localName}:${element.getAttribute('role') ?? element.getAttribute('type') ?? element.textContent?.trim()}`
    : null
}

describe('the widget in Chromium', () => {
  it('makes no request before intent, and loads the panel on hover', async () => {
    const since = performance.now()
    const { launcher, fetch } = start()
    await new Promise((resolve) => setTimeout(resolve, 300))
    const requests = () =>
      performance.getEntriesByType('resource').filter((entry) => entry.startTime >= since)
    expect(requests()).toHaveLength(0)
    expect(fetch).not.toHaveBeenCalled()
    await userEvent.hover(launcher)
    // The first load compiles the panel's sources in Vite, hence the patience.
    await expect.poll(() => fetch.mock.calls.length, { timeout: 10_000 }).toBe(1)
    expect(widget?.isOpen).toBe(false)
  })

  it('shows the launcher in the bottom-right corner, on top of the page', async () => {
    const { launcher, host } = start()
    const box = launcher.getBoundingClientRect()
    expect(box.width).toBe(56)
    expect(box.height).toBe(56)
    expect(window.innerWidth - box.right).toBe(20)
    expect(window.innerHeight - box.bottom).toBe(20)
    expect(document.elementFromPoint(box.x + 28, box.y + 28)).toBe(host)
  })

  it('opens and closes with the mouse', async () => {
    const { launcher, root } = start()
    await userEvent.click(launcher)
    const dialog = page.getByRole('dialog', { name: 'Support' })
    await expect.element(dialog).toBeVisible()
    await expect.poll(() => focused(root)).toBe('input:search')
    await page.getByRole('button', { name: 'Close support' }).click()
    await expect.element(dialog).not.toBeInTheDocument()
    expect(root.activeElement).toBe(launcher)
    expect(launcher.getAttribute('aria-expanded')).toBe('false')
  })

  it('opens with the keyboard; Escape closes and returns focus to the launcher', async () => {
    const { launcher, root, host } = start()
    launcher.focus()
    await userEvent.keyboard('{Enter}')
    await expect.poll(() => focused(root)).toBe('input:search')
    await userEvent.keyboard('{Escape}')
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument()
    expect(document.activeElement).toBe(host)
    expect(root.activeElement).toBe(launcher)
  })

  it('opens the form with the department a page prefilled', async () => {
    const { launcher } = start()
    widget?.prefill({ name: 'Ada', departmentId: 2 })
    await userEvent.click(launcher)
    await page.getByRole('tab', { name: 'Contact' }).click()
    const department = page.getByRole('combobox', { name: 'Department' })
    await expect.element(department).toHaveValue('2')
    await expect.element(page.getByRole('textbox', { name: 'Name' })).toHaveValue('Ada')
  })

  it('searches and opens an article, sanitised', async () => {
    const { launcher, root } = start()
    await userEvent.click(launcher)
    await userEvent.type(page.getByRole('searchbox'), 'password')
    await page.getByRole('button', { name: /Reset your password/ }).click()
    await expect.poll(() => focused(root)).toBe('h3:Reset your password')
    const prose = inShadow(root, '.prose')
    expect(prose?.querySelector('[onerror]')).toBeNull()
    expect(prose?.querySelector('a')?.getAttribute('href')).toBe('https://help.example.test/login')
    expect(Reflect.get(window, '__pwned')).toBeUndefined()
  })

  it('files a ticket and shows its reference, then its status', async () => {
    const { launcher, root } = start()
    await userEvent.click(launcher)
    await page.getByRole('tab', { name: 'Contact' }).click()
    await userEvent.type(page.getByRole('textbox', { name: 'Name' }), 'Ada Lovelace')
    await userEvent.type(page.getByRole('textbox', { name: 'Email' }), 'ada@example.test')
    await userEvent.type(page.getByRole('textbox', { name: 'Subject' }), 'Invoice missing')
    await userEvent.type(
      page.getByRole('textbox', { name: 'How can we help?' }),
      'I cannot find my invoice.',
    )
    await page.getByRole('button', { name: 'Send request' }).click()
    await expect.poll(() => focused(root)).toBe('h3:Request sent')
    expect(inShadow(root, '[role="tabpanel"]')?.textContent).toContain(
      'Your ticket reference is ESC-00001.',
    )
    await page.getByRole('button', { name: 'Check status' }).click()
    await expect.element(page.getByRole('heading', { name: 'Invoice missing' })).toBeVisible()
    await expect.element(page.getByText('Alice')).toBeVisible()
  })

  it('passes axe in every view, errors shown', async () => {
    const { launcher } = start()
    const violations = async () =>
      (await axe.run(document.body)).violations.map(
        ({ id, nodes }) => `${id}: ${nodes.map((node) => node.html).join(', ')}`,
      )
    expect(await violations()).toEqual([])
    await userEvent.click(launcher)
    await userEvent.type(page.getByRole('searchbox'), 'password')
    await expect.element(page.getByRole('button', { name: /Reset your password/ })).toBeVisible()
    expect(await violations()).toEqual([])
    await page.getByRole('tab', { name: 'Contact' }).click()
    await page.getByRole('button', { name: 'Send request' }).click()
    await expect.element(page.getByText('This field is required.').first()).toBeVisible()
    expect(await violations()).toEqual([])
    await page.getByRole('tab', { name: 'Status' }).click()
    expect(await violations()).toEqual([])
  })

  it('goes full screen on a phone, with 16px inputs', async () => {
    await page.viewport(375, 667)
    const { launcher, root } = start()
    await userEvent.click(launcher)
    // The search field appears once /config has answered.
    await expect.element(page.getByRole('searchbox')).toBeVisible()
    const panel = inShadow(root, '[role="dialog"]')?.getBoundingClientRect()
    expect([panel?.x, panel?.y, panel?.width, panel?.height]).toEqual([0, 0, 375, 667])
    const input = inShadow(root, '.input') as HTMLElement
    expect(getComputedStyle(input).fontSize).toBe('16px')
    await userEvent.keyboard('{Escape}')
    await expect.poll(() => root.activeElement).toBe(launcher)
  })

  describe('on a hostile page', () => {
    it('keeps its own styles against resets, a 10px root and a dark host', async () => {
      const style = document.createElement('style')
      style.dataset.test = ''
      style.textContent = `* { all: revert !important; }
        html { font-size: 10px !important; background: #0b0b0f !important; color: #eee !important; }
        body { font: 30px/3 serif !important; }
        button, input { font-size: 40px !important; border: 5px dotted red !important; }`
      document.head.append(style)
      const { launcher, root } = start()
      expect(launcher.getBoundingClientRect().width).toBe(56)
      await userEvent.click(launcher)
      // The search field (and the admin colour) arrive with /config.
      await expect.element(page.getByRole('searchbox')).toBeVisible()
      const panel = inShadow(root, '[role="dialog"]') as HTMLElement
      expect(getComputedStyle(panel).fontSize).toBe('15px')
      expect(getComputedStyle(panel).position).toBe('fixed')
      expect(panel.getBoundingClientRect().width).toBe(380)
      const input = inShadow(root, '.input') as HTMLElement
      expect(getComputedStyle(input).fontSize).toBe('16px')
      expect(getComputedStyle(input).borderTopStyle).toBe('solid')
      expect(getComputedStyle(launcher).backgroundColor).toBe('rgb(15, 118, 110)')
      // Kept for review (git-ignored); CDP captures the whole frame, page and widget together.
      const shot = await cdp().send('Page.captureScreenshot', { format: 'png' })
      await server.commands.writeFile(
        'test/widget/__screenshots__/widget-hostile-page.png',
        (shot as { data: string }).data,
        { encoding: 'base64' },
      )
    })

    it('does not style the page', () => {
      start()
      const probe = document.createElement('button')
      probe.className = 'button panel input'
      document.body.append(probe)
      expect(getComputedStyle(probe).position).toBe('static')
      expect(getComputedStyle(probe).width).not.toBe('380px')
      probe.remove()
    })
  })
})
