import { describe, expect, it } from 'vitest'
import { CASINGS, expectAccessible, serverUrl, useBrowser, visit } from './support'

describe.each(CASINGS)('a visitor in the knowledge base (%s payloads)', (casing) => {
  const session = useBrowser()

  it('searches, reads an article and says it helped', async () => {
    const { page, errors } = session()
    await visit(page, `${serverUrl(casing)}/_playground/login/guest`)
    await visit(page, `${serverUrl(casing)}/support/kb`)
    expect(await page.getByRole('navigation', { name: 'Categories' }).count()).toBe(1)

    await page.getByRole('searchbox', { name: 'Search the help center' }).fill('refund')
    await page.getByRole('button', { name: 'Search' }).click()
    await page.waitForURL(/\/support\/kb\?search=refund$/)
    await expect
      .poll(() => page.getByRole('heading', { name: 'Results for “refund”' }).count())
      .toBe(1)
    await expectAccessible(page)

    await page.getByRole('link', { name: 'Request a refund' }).click()
    await page.waitForURL(/\/support\/kb\/[\w-]+$/)
    await expect.poll(() => page.locator('[data-part="kb-article-body"]').count()).toBe(1)
    await expectAccessible(page)

    await page.getByRole('button', { name: 'Yes' }).click()
    await expect.poll(() => page.getByText('Thanks for your feedback.').count()).toBe(1)
    expect(errors).toEqual([])
  })

  it('renders an article with hostile markup without running it', async () => {
    const { page, errors } = session()
    await visit(page, `${serverUrl(casing)}/support/kb/formatting-guide`)
    const body = page.locator('[data-part="kb-article-body"]')
    await expect.poll(() => body.count()).toBe(1)
    expect(await page.evaluate(() => (window as { __kbXss?: boolean }).__kbXss)).toBeUndefined()
    expect(await body.locator('script, [onerror], a[href^="javascript:"]').count()).toBe(0)
    expect(await body.getByRole('link', { name: 'safe link' }).getAttribute('href')).toBe(
      'https://example.test/docs',
    )
    expect(errors.filter((error) => !error.includes('x-missing.png'))).toEqual([])
  })
})
