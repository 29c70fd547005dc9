import { describe, expect, it } from 'vitest'
import { CASINGS, expectAccessible, serverUrl, useBrowser, visit } from './support'

describe.each(CASINGS)('a guest ticket (%s payloads)', (casing) => {
  const session = useBrowser()

  it('is created without an account and opened again through its token link', async () => {
    const { page, errors } = session()
    const subject = `Where is my parcel? (${casing})`
    await visit(page, `${serverUrl(casing)}/_playground/login/guest`)
    expect(new URL(page.url()).pathname).toBe('/support/guest/create')

    await page.getByRole('textbox', { name: /Your name/ }).fill('Gina Guest')
    await page.getByRole('textbox', { name: /Email address/ }).fill('gina@example.test')
    await page.getByRole('textbox', { name: /Subject/ }).fill(subject)
    await page.getByRole('textbox', { name: /Description/ }).fill('Order 1001 has not arrived.')
    await page.getByRole('button', { name: 'Submit ticket' }).click()

    await page.waitForURL(/\/support\/guest\/[A-Za-z0-9]{64}$/)
    await expect.poll(() => page.getByText(subject).count()).toBeGreaterThan(0)
    const link = await page.getByRole('textbox', { name: 'Link to this ticket' }).inputValue()
    expect(link).toBe(page.url())
    await expectAccessible(page)

    // A later visit, from the saved link alone.
    await page.context().clearCookies()
    await visit(page, link)
    await expect.poll(() => page.getByText('Order 1001 has not arrived.').count()).toBe(1)
    await page.getByRole('textbox', { name: /Your message/ }).fill('It arrived, thanks!')
    await page.getByRole('button', { name: 'Send reply' }).click()
    await expect.poll(() => page.getByText('Reply sent.').count()).toBe(1)
    const thread = page.locator('[data-part="conversation-message"]')
    await expect.poll(() => thread.last().innerText()).toContain('It arrived, thanks!')
    await expectAccessible(page)
    expect(errors).toEqual([])
  })
})
