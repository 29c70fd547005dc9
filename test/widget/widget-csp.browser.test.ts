// The widget under a strict Content-Security-Policy: no unsafe-inline, no unsafe-eval. Its own
// file, because a CSP cannot be lifted from a document once set.
import { beforeAll, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { boot } from '../../widget/loader/boot'
import { fakeBackend } from './backend'

const violations: string[] = []

beforeAll(async () => {
  await page.viewport(1280, 720)
  document.addEventListener('securitypolicyviolation', (event) =>
    violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`),
  )
  const meta = document.createElement('meta')
  meta.httpEquiv = 'Content-Security-Policy'
  meta.content =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; " +
    "connect-src 'self' ws: wss:; base-uri 'none'; form-action 'none'"
  document.head.append(meta)
})

describe('the widget under a strict CSP', () => {
  it('is enforced on this page (a control: an inline style attribute is reported)', async () => {
    const probe = document.createElement('div')
    probe.setAttribute('style', 'color: red')
    document.body.append(probe)
    await expect.poll(() => violations.length).toBeGreaterThan(0)
    expect(violations[0]).toMatch(/^style-src/)
    probe.remove()
    violations.length = 0
  })

  it('loads, opens and runs every view with no violation', async () => {
    const backend = fakeBackend()
    const widget = boot(window, null, backend.importPanel)
    const root = document.querySelector('escalated-widget')?.shadowRoot as ShadowRoot
    await userEvent.click(root.querySelector('button') as HTMLButtonElement)
    await userEvent.type(page.getByRole('searchbox'), 'password')
    await expect.element(page.getByRole('button', { name: /Reset your password/ })).toBeVisible()
    await page.getByRole('tab', { name: 'Contact' }).click()
    await userEvent.type(page.getByRole('textbox', { name: 'Name' }), 'Ada')
    await userEvent.type(page.getByRole('textbox', { name: 'Email' }), 'ada@example.test')
    await userEvent.type(page.getByRole('textbox', { name: 'Subject' }), 'CSP')
    await userEvent.type(page.getByRole('textbox', { name: 'How can we help?' }), 'Strict page')
    await page.getByRole('button', { name: 'Send request' }).click()
    await page.getByRole('button', { name: 'Check status' }).click()
    await expect.element(page.getByRole('heading', { name: 'CSP' })).toBeVisible()
    // The status badge's colour travels as a CSSOM custom property, which CSP allows.
    const badge = document
      .querySelector('escalated-widget')
      ?.shadowRoot?.querySelector<HTMLElement>('.badge[data-status="open"]')
    expect(badge?.style.getPropertyValue('--esc-badge')).toBe('#0E7490')
    widget.setTheme({ mode: 'dark', color: 'rebeccapurple' })
    widget.destroy()
    expect(violations).toEqual([])
  })
})
