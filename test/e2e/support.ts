// E2E helpers: Debian Chromium through playwright-core, axe-core on every page visited, and a screenshot
// kept under test-results/e2e/ when a test fails.
import { mkdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, expect, inject } from 'vitest'
import { CHROMIUM_LAUNCH } from '../../scripts/chromium.mjs'

/** The payload conventions every journey runs in. */
export const CASINGS = ['snake', 'camel'] as const
/** One of `CASINGS`. */
export type Casing = (typeof CASINGS)[number]

const RESULTS_DIR = fileURLToPath(new URL('../../test-results/e2e/', import.meta.url))
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
)
// What counts as an accessibility failure; moderate and minor findings are left to the page authors.
const BLOCKING_IMPACTS = new Set(['serious', 'critical'])

/** The base URL of the playground server for a casing (started by globalSetup). */
export function serverUrl(casing: Casing): string {
  return inject('servers')[casing]
}

/** The Inertia page object a full page load booted with. */
export interface BootedPage {
  component: string
  props: { auth?: { user?: { name?: string } | null } } & Record<string, unknown>
  url: string
}

/** A browser tab plus what it logged; fresh for every test. */
export interface E2eSession {
  page: Page
  /** Uncaught exceptions and console errors seen since the test started. */
  errors: string[]
}

/**
 * Registers a Chromium browser for the file and a fresh context (cookies, storage) for every test.
 * Returns a getter: call it inside a test.
 */
export function useBrowser(): () => E2eSession {
  let browser: Browser | undefined
  let context: BrowserContext | undefined
  let session: E2eSession | undefined

  beforeAll(async () => {
    browser = await chromium.launch(CHROMIUM_LAUNCH)
  })
  afterAll(async () => {
    await browser?.close()
  })
  beforeEach(async ({ task, onTestFinished }) => {
    if (!browser) throw new Error('The browser did not start.')
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`))
    page.on('console', (message) => {
      if (message.type() === 'error')
        errors.push(`console: ${message.text()} (${message.location().url})`)
    })
    session = { page, errors }
    // One hook, so the screenshot is taken before the context closes.
    onTestFinished(async () => {
      if (task.result?.state === 'fail') {
        mkdirSync(RESULTS_DIR, { recursive: true })
        const name = task.fullName.replace(/[^\w-]+/g, '-').slice(0, 150)
        await page.screenshot({ path: `${RESULTS_DIR}${name}.png`, fullPage: true })
      }
      await context?.close()
    })
  })

  return () => {
    if (!session) throw new Error('useBrowser(): call the getter inside a test.')
    return session
  }
}

/** Runs axe-core on the page and fails on serious or critical violations, listing each one. */
export async function expectAccessible(page: Page): Promise<void> {
  // Inertia's progress bar (NProgress) carries an invalid role="bar"; judge the page once it is gone.
  await page.waitForSelector('#nprogress', { state: 'detached' })
  await page.addScriptTag({ content: AXE_SOURCE })
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<AxeResults> } })
      .axe
    const results = await axe.run(document)
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? 'unknown',
      help: violation.help,
      targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
    }))
  })
  const blocking = violations.filter((violation) => BLOCKING_IMPACTS.has(violation.impact))
  expect(
    blocking,
    `axe found serious/critical violations on ${page.url()}:\n` +
      blocking
        .map((v) => `- ${v.id} (${v.impact}): ${v.help}\n    ${v.targets.join('\n    ')}`)
        .join('\n'),
  ).toEqual([])
}

interface AxeResults {
  violations: Array<{
    id: string
    impact?: string | null
    help: string
    nodes: Array<{ target: string[] }>
  }>
}

/**
 * Opens a URL as a full page load, waits for the network to settle, runs axe, and returns the Inertia page
 * object the app booted with (null for pages outside the Inertia app).
 */
export async function visit(page: Page, url: string): Promise<BootedPage | null> {
  await page.goto(url)
  await page.waitForLoadState('networkidle')
  await expectAccessible(page)
  const json = await page
    .locator('#app[data-page]')
    .getAttribute('data-page', { timeout: 1_000 })
    .catch(() => null)
  return json ? (JSON.parse(json) as BootedPage) : null
}

/**
 * Asserts that an Escalated page rendered: either the package's page, showing the signed-in user's name,
 * or (while that page is not built yet) the package's "unknown page" panel naming it.
 * TODO(#4): drop the unknown-page branch once every page a journey visits exists.
 */
export async function expectEscalatedPage(
  page: Page,
  component: string,
  userName: string,
): Promise<void> {
  const unknown = page.locator('[data-part="unknown-page"]')
  const user = page.getByText(userName, { exact: true }).first()
  await expect
    .poll(async () => (await unknown.count()) + (await user.count()), { timeout: 10_000 })
    .toBeGreaterThan(0)
  if ((await unknown.count()) > 0) {
    expect(await unknown.innerText()).toContain(component)
  } else {
    expect(await user.isVisible()).toBe(true)
  }
}
