import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { CASINGS, expectAccessible, serverUrl, useBrowser, visit } from './support'

const actionKeys = (page: Page) =>
  page
    .locator('[data-part="custom-ticket-actions"] button[data-action-key]')
    .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-action-key')))

describe.each(CASINGS)('custom ticket actions (%s payloads)', (casing) => {
  const session = useBrowser()

  it('lets an admin confirm sync-crm: one POST, then the audit note in the thread', async () => {
    const { page, errors } = session()
    const base = serverUrl(casing)
    await visit(page, `${base}/_playground/login/admin`)
    await visit(page, `${base}/support/agent/tickets/ESC-00001`)
    expect(await actionKeys(page)).toEqual(['sync-crm', 'escalate-legal', 'print-label'])

    const posts: string[] = []
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().includes('/actions/'))
        posts.push(request.url())
    })
    const sync = page.locator('button[data-action-key="sync-crm"]')
    await sync.click()
    const dialog = page.getByRole('alertdialog', { name: 'Run “Sync CRM”?' })
    await expect.poll(() => dialog.isVisible()).toBe(true)
    expect(await dialog.innerText()).toContain('Sync this ticket to the CRM?')
    await expectAccessible(page)
    await dialog.getByRole('button', { name: 'Sync CRM' }).click()

    await expect.poll(() => page.getByText('Custom action dispatched.').count()).toBeGreaterThan(0)
    const note = page
      .getByRole('feed')
      .getByText('Custom action "sync-crm" was triggered by Alice Admin.')
    await expect.poll(() => note.count()).toBeGreaterThan(0)
    expect(posts).toEqual([`${base}/support/agent/tickets/ESC-00001/actions/sync-crm`])
    await expect.poll(() => sync.evaluate((button) => button === document.activeElement)).toBe(true)
    await expectAccessible(page)
    expect(errors).toEqual([])
  })

  it('shows print-label on ESC-00002 as disabled, with the reason, and sends nothing', async () => {
    const { page, errors } = session()
    const base = serverUrl(casing)
    await visit(page, `${base}/_playground/login/admin`)
    await visit(page, `${base}/support/agent/tickets/ESC-00002`)
    const print = page.locator('button[data-action-key="print-label"]')
    expect(await print.getAttribute('aria-disabled')).toBe('true')
    expect(await page.getByText('Set a department first').count()).toBe(1)
    let posted = false
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().includes('/actions/')) posted = true
    })
    await print.focus()
    await page.keyboard.press('Enter')
    await print.click({ force: true })
    expect(await page.getByRole('alertdialog').count()).toBe(0)
    expect(posted).toBe(false)
    expect(errors).toEqual([])
  })

  it('hides escalate-legal from an agent who is not an admin', async () => {
    const { page, errors } = session()
    const base = serverUrl(casing)
    await visit(page, `${base}/_playground/login/agent`)
    await visit(page, `${base}/support/agent/tickets/ESC-00001`)
    expect(await actionKeys(page)).toEqual(['sync-crm', 'print-label'])
    expect(errors).toEqual([])
  })

  it('passes axe in dark mode with the confirmation open', async () => {
    const { page, errors } = session()
    const base = serverUrl(casing)
    await visit(page, `${base}/_playground/login/admin`)
    await visit(page, `${base}/support/agent/tickets/ESC-00001`)
    // The playground's theme dock switches the panel mode through the plugin, as a host would.
    await page.locator('summary', { hasText: 'Theme' }).click()
    await page.getByLabel('Panel mode').selectOption('dark')
    await expect
      .poll(() =>
        page
          .locator('[data-part="ticket-workspace"]')
          .evaluate((element) =>
            element.closest('[data-escalated]')?.getAttribute('data-esc-mode'),
          ),
      )
      .toBe('dark')
    await expectAccessible(page)
    await page.locator('button[data-action-key="escalate-legal"]').click()
    const dialog = page.getByRole('alertdialog', { name: 'Run “Escalate to legal”?' })
    await expect.poll(() => dialog.isVisible()).toBe(true)
    expect(
      await dialog.getByRole('button', { name: 'Escalate to legal' }).getAttribute('data-variant'),
    ).toBe('danger')
    await expectAccessible(page)
    await page.keyboard.press('Escape')
    expect(errors).toEqual([])
  })
})
