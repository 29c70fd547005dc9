import { describe, expect, it } from 'vitest'
import { CASINGS, expectAccessible, serverUrl, useBrowser, visit } from './support'

describe.each(CASINGS)('paging through the agent queue (%s payloads)', (casing) => {
  const session = useBrowser()

  it('moves to page 2 with the filters kept, and back', async () => {
    const { page, errors } = session()
    const base = serverUrl(casing)
    await visit(page, `${base}/_playground/login/agent`)
    await visit(page, `${base}/support/agent/tickets?sort_by=subject&sort_dir=asc`)
    const firstReference = () => page.locator('[data-part="queue-row"] td').nth(1).innerText()
    const pageOne = await firstReference()
    const summary = page.locator('[data-part="pagination-summary"]')
    expect(await summary.innerText()).toMatch(/^Showing 1–15 of \d+ results$/)

    await page
      .getByRole('navigation', { name: 'Pagination' })
      .getByRole('link', { name: 'Page 2' })
      .click()
    await page.waitForURL((url) => url.searchParams.get('page') === '2')
    const url = new URL(page.url())
    expect(url.searchParams.get('sort_by')).toBe('subject')
    expect(url.searchParams.get('sort_dir')).toBe('asc')
    await expect.poll(() => summary.innerText()).toMatch(/^Showing 16–30 of \d+ results$/)
    expect(await firstReference()).not.toBe(pageOne)
    expect(await page.getByRole('link', { name: 'Page 2' }).getAttribute('aria-current')).toBe(
      'page',
    )
    await expectAccessible(page)

    await page.getByRole('link', { name: 'Previous page' }).click()
    await page.waitForURL((url) => url.searchParams.get('page') === '1')
    await expect.poll(() => firstReference()).toBe(pageOne)
    expect(errors).toEqual([])
  })
})
