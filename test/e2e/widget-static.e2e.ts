// The BUILT widget (dist/widget/) on static host pages, with a fake Laravel widget API: what a
// site owner gets from the one script tag. Timing lives in bench/widget-click-to-interactive.mjs.
import { existsSync, mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHROMIUM_LAUNCH } from '../../scripts/chromium.mjs'
import {
  startWidgetFixtureServer,
  type WidgetFixtureServer,
} from '../../bench/widget-fixture-server.mjs'

const BUILT = existsSync(
  fileURLToPath(new URL('../../dist/widget/escalated-widget.js', import.meta.url)),
)
const SCREENSHOTS = fileURLToPath(new URL('../widget/__screenshots__/', import.meta.url))

let server: WidgetFixtureServer | undefined
let browser: Browser | undefined

beforeAll(async () => {
  if (!BUILT) return
  server = await startWidgetFixtureServer()
  browser = await chromium.launch(CHROMIUM_LAUNCH)
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

/** A fresh page (empty cache) recording request paths, errors and CSP violations. */
async function open(path: string) {
  if (!browser || !server) throw new Error('The fixture server did not start.')
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  const page = await context.newPage()
  const requests: string[] = []
  const errors: string[] = []
  page.on('request', (request) => requests.push(new URL(request.url()).pathname))
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  await page.addInitScript(() => {
    const list: string[] = []
    Reflect.set(window, '__violations', list)
    document.addEventListener('securitypolicyviolation', (event) =>
      list.push(`${event.violatedDirective} ${event.blockedURI}`),
    )
  })
  await page.goto(server.origin + path)
  await page.waitForFunction(() => document.querySelector('escalated-widget'))
  return { page, requests, errors, close: () => context.close() }
}

const launcher = (page: Page) =>
  page.locator('escalated-widget').getByRole('button', { name: 'Support' })

describe.runIf(BUILT)('the built widget on a static page', () => {
  it('requests nothing but the loader before intent, then the panel and /config', async () => {
    const { page, requests, errors, close } = await open('/')
    await page.waitForTimeout(300)
    expect(requests.filter((path) => !['/', '/favicon.ico'].includes(path))).toEqual([
      '/widget/escalated-widget.js',
    ])
    await launcher(page).hover()
    await expect.poll(() => requests.includes('/support/widget/config')).toBe(true)
    expect(requests.some((path) => /^\/widget\/panel-[\w-]+\.js$/.test(path))).toBe(true)
    expect(errors).toEqual([])
    await close()
  })

  it.each(['/defer', '/head', '/twice'])('mounts once from %s', async (path) => {
    const { page, errors, close } = await open(path)
    expect(await page.locator('escalated-widget').count()).toBe(1)
    await launcher(page).click()
    await page.locator('escalated-widget').getByRole('dialog').waitFor()
    expect(errors).toEqual([])
    await close()
  })

  it('runs under a strict CSP header with no violation', async () => {
    const { page, errors, close } = await open('/csp')
    await launcher(page).click()
    await page.locator('escalated-widget').getByRole('searchbox').fill('billing')
    await page
      .locator('escalated-widget')
      .getByRole('button', { name: /Billing cycle/ })
      .click()
    await page.locator('escalated-widget').getByRole('heading', { name: 'Billing cycle' }).waitFor()
    expect(await page.evaluate(() => Reflect.get(window, '__violations'))).toEqual([])
    expect(errors).toEqual([])
    await close()
  })

  it('keeps its look on a hostile page (screenshot kept)', async () => {
    const { page, close } = await open('/hostile')
    await launcher(page).click()
    await page.locator('escalated-widget').getByRole('searchbox').waitFor()
    const sizes = await page.evaluate(() => {
      const root = document.querySelector('escalated-widget')?.shadowRoot
      const style = (selector: string) => {
        const element = root?.querySelector(selector)
        return element ? getComputedStyle(element) : undefined
      }
      return [style('[role="dialog"]')?.fontSize, style('input')?.fontSize, style('button')?.width]
    })
    expect(sizes).toEqual(['15px', '16px', '56px'])
    mkdirSync(SCREENSHOTS, { recursive: true })
    await page.screenshot({ path: `${SCREENSHOTS}widget-hostile-built.png` })
    await close()
  })
})
