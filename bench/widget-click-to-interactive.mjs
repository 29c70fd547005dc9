#!/usr/bin/env node
// Measures and checks the BUILT widget (dist/widget/) in Chromium, as a host page loads it:
// requests before intent, the embed variants (async, defer, <head>, twice), a strict-CSP page, a
// hostile page (screenshot kept), and click-to-interactive time. Run `npm run build` first, then
// `node bench/widget-click-to-interactive.mjs [runs]`. Exits 1 when a check fails.
import { mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { CHROMIUM_LAUNCH } from '../scripts/chromium.mjs'
import { startWidgetFixtureServer } from './widget-fixture-server.mjs'

const runs = Number(process.argv[2] ?? 7)
const screenshots = fileURLToPath(new URL('../test/widget/__screenshots__/', import.meta.url))
const failures = []
const check = (ok, message) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${message}`)
  if (!ok) failures.push(message)
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

const server = await startWidgetFixtureServer()
const browser = await chromium.launch(CHROMIUM_LAUNCH)

/**
 * Opens a page of the fixture server in a fresh browser context (empty HTTP cache), recording
 * requests, page errors and CSP violations.
 */
async function open(path) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  const page = await context.newPage()
  page.on('close', () => void context.close())
  const requests = []
  const errors = []
  page.on('request', (request) => requests.push(new URL(request.url()).pathname))
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()))
  await page.addInitScript(() => {
    window.__violations = []
    document.addEventListener('securitypolicyviolation', (event) =>
      window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    )
  })
  await page.goto(server.origin + path)
  await page.waitForFunction(() => document.querySelector('escalated-widget'))
  return { page, requests, errors }
}

const launcher = (page) => page.locator('escalated-widget >> button[part="launcher"]')

// Time from a click on the launcher to focus in the panel's first field, measured in the page.
async function clickToInteractive(page, { hoverFirst }) {
  if (hoverFirst) {
    await launcher(page).hover()
    await page.waitForTimeout(300)
  }
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const root = document.querySelector('escalated-widget').shadowRoot
        root.addEventListener('focusin', (event) => {
          if (event.target.matches('input')) resolve(performance.now() - start)
        })
        const start = performance.now()
        root.querySelector('button').click()
      }),
  )
}

try {
  // 1. Nothing but the loader before intent; the panel and /config on hover.
  {
    const { page, requests, errors } = await open('/')
    await page.waitForTimeout(500)
    const early = requests.filter(
      (p) => !['/', '/widget/escalated-widget.js', '/favicon.ico'].includes(p),
    )
    check(early.length === 0, `0 requests before intent (saw ${early.length}: ${early.join(' ')})`)
    const box = await launcher(page).boundingBox()
    check(box?.width === 56 && box.x + 56 === 1260, 'launcher visible, 56 px, bottom-right')
    await launcher(page).hover()
    await page.waitForFunction(() =>
      performance.getEntriesByType('resource').some((e) => e.name.includes('/config')),
    )
    check(
      requests.some((p) => p.startsWith('/widget/panel-')),
      'panel module loaded on hover',
    )
    await launcher(page).click()
    await page.locator('escalated-widget >> input[type="search"]').fill('password')
    await page.locator('escalated-widget >> text=Reset your password').first().click()
    await page.locator('escalated-widget >> h3').waitFor()
    check(
      !(await page.evaluate(() => 'pwned' in window || '__pwned' in window)),
      'article HTML sanitised',
    )
    await page.keyboard.press('Escape')
    const focusBack = await page.evaluate(() =>
      document.querySelector('escalated-widget').shadowRoot.activeElement?.getAttribute('part'),
    )
    check(focusBack === 'launcher', 'Escape returns focus to the launcher')
    check(errors.length === 0, `no page errors (${errors.join('; ')})`)
    await page.close()
  }

  // 2. Embed variants.
  for (const path of ['/defer', '/head', '/twice']) {
    const { page, errors } = await open(path)
    const hosts = await page.evaluate(() => document.querySelectorAll('escalated-widget').length)
    check(hosts === 1 && errors.length === 0, `${path}: mounts once, no errors`)
    await page.close()
  }

  // 3. A strict CSP (no unsafe-inline, no unsafe-eval) sent as a header.
  {
    const { page, errors } = await open('/csp')
    await launcher(page).click()
    await page.locator('escalated-widget >> input[type="search"]').fill('billing')
    await page.locator('escalated-widget >> text=Billing cycle').first().click()
    await page.locator('escalated-widget >> role=tab[name="Contact"]').click()
    const violations = await page.evaluate(() => window.__violations)
    check(
      violations.length === 0,
      `strict CSP: 0 securitypolicyviolation events (${violations.join('; ')})`,
    )
    check(errors.length === 0, `strict CSP: no page errors (${errors.join('; ')})`)
    await page.close()
  }

  // 4. A hostile page.
  {
    const { page } = await open('/hostile')
    await launcher(page).click()
    await page.locator('escalated-widget >> input[type="search"]').waitFor()
    const sizes = await page.evaluate(() => {
      const root = document.querySelector('escalated-widget').shadowRoot
      const style = (selector) => getComputedStyle(root.querySelector(selector))
      return [style('[role="dialog"]').fontSize, style('input').fontSize, style('button').width]
    })
    check(
      sizes.join() === '15px,16px,56px',
      `hostile page: widget keeps 15px text, 16px inputs, 56px launcher (${sizes.join()})`,
    )
    mkdirSync(screenshots, { recursive: true })
    await page.screenshot({ path: `${screenshots}widget-hostile-built.png` })
    await page.close()
  }

  // 5. Click-to-interactive.
  const cold = []
  const warm = []
  for (let i = 0; i < runs; i++) {
    for (const [list, hoverFirst] of [
      [cold, false],
      [warm, true],
    ]) {
      const { page } = await open('/')
      list.push(await clickToInteractive(page, { hoverFirst }))
      await page.close()
    }
  }
  const format = (values) =>
    `median ${median(values).toFixed(0)} ms (min ${Math.min(...values).toFixed(0)}, max ${Math.max(...values).toFixed(0)}, n=${values.length})`
  console.log(`click-to-interactive, cold click (empty cache, panel not loaded): ${format(cold)}`)
  console.log(`click-to-interactive, after a 300 ms hover (typical):  ${format(warm)}`)
} finally {
  await browser.close()
  await server.close()
}

if (failures.length) {
  console.error(`${failures.length} check(s) failed`)
  process.exit(1)
}
