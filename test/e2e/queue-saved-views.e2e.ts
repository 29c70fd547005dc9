import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { CASINGS, expectAccessible, serverUrl, useBrowser, visit } from './support'

/** Puts the playground database back to its seed, so the journey starts from known views. */
async function reseed(page: Page): Promise<void> {
  const status = await page.evaluate(async () => {
    const token = /(?:^|; )XSRF-TOKEN=([^;]*)/.exec(document.cookie)?.[1] ?? ''
    const response = await fetch('/_playground/reset', {
      method: 'POST',
      headers: { Accept: 'application/json', 'X-XSRF-TOKEN': decodeURIComponent(token) },
    })
    return response.status
  })
  expect(status).toBe(200)
}

describe.each(CASINGS)('saving a queue view and opening it again (%s payloads)', (casing) => {
  const session = useBrowser()

  it('stores the current filters under a name and restores them from the sidebar', async () => {
    const { page, errors } = session()
    const base = serverUrl(casing)
    await visit(page, `${base}/_playground/login/agent`)
    await reseed(page)
    await visit(page, `${base}/support/agent/tickets`)
    const sidebar = page.getByRole('navigation', { name: 'Saved views' })
    await expect
      .poll(() => sidebar.getByRole('link', { name: 'My urgent tickets' }).count())
      .toBe(1)

    await page.getByRole('button', { name: 'Urgent', exact: true }).click()
    await page.waitForURL((url) => url.searchParams.get('priority') === 'urgent')
    await page.getByRole('button', { name: 'SLA breaching', exact: true }).click()
    await page.waitForURL((url) => url.searchParams.get('sla_breached') === '1')

    await sidebar.getByRole('button', { name: 'Save view' }).click()
    const dialog = page.getByRole('dialog', { name: 'Save the current filters' })
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Urgent and late')
    await expectAccessible(page)
    await dialog.getByRole('button', { name: 'Save view' }).click()
    await expect.poll(() => page.getByText('View saved.').count()).toBeGreaterThan(0)
    const saved = sidebar.getByRole('link', { name: 'Urgent and late' })
    expect(await saved.getAttribute('aria-current')).toBe('page')

    // Back to every ticket, then reopen the view.
    await sidebar.getByRole('link', { name: 'All tickets' }).click()
    await page.waitForURL((url) => url.search === '')
    expect(await saved.getAttribute('aria-current')).toBeNull()
    await saved.click()
    await page.waitForURL((url) => url.searchParams.get('priority') === 'urgent')
    expect(new URL(page.url()).searchParams.get('sla_breached')).toBe('1')
    expect(await saved.getAttribute('aria-current')).toBe('page')
    expect(
      await page.getByRole('button', { name: 'Urgent', exact: true, pressed: true }).count(),
    ).toBe(1)

    // The view survives a full reload: it came from the server, not from memory.
    await visit(page, `${base}/support/agent/tickets`)
    await expect.poll(() => sidebar.getByRole('link', { name: 'Urgent and late' }).count()).toBe(1)
    expect(errors).toEqual([])
  })
})
