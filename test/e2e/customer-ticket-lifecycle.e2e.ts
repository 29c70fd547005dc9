import { describe, expect, it } from 'vitest'
import { CASINGS, expectAccessible, serverUrl, useBrowser, visit } from './support'

describe.each(CASINGS)('a customer’s ticket from start to rating (%s payloads)', (casing) => {
  const session = useBrowser()

  it('creates a ticket with an attachment, finds it, replies, closes and rates it', async () => {
    const { page, errors } = session()
    const subject = `Export fails on large files (${casing})`
    await visit(page, `${serverUrl(casing)}/_playground/login/customer`)

    // New ticket, with a file.
    await page.getByRole('link', { name: 'New ticket' }).first().click()
    await page.waitForURL('**/support/create')
    await expectAccessible(page)
    await page.getByRole('textbox', { name: /Subject/ }).fill(subject)
    await page.getByRole('textbox', { name: /Description/ }).fill('The export stops at 80%.')
    await page.locator('input[type="file"]').setInputFiles({
      name: 'export-log.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('export stopped at row 8123'),
    })
    await expect.poll(() => page.getByText('export-log.txt').count()).toBeGreaterThan(0)
    await page.getByRole('button', { name: 'Submit ticket' }).click()

    // The ticket page, with the file linked from the server's URL.
    await page.waitForURL(/\/support\/ESC-\d{5}$/)
    const reference = new URL(page.url()).pathname.split('/').pop() ?? ''
    await expect.poll(() => page.getByText('Ticket created successfully.').count()).toBe(1)
    const download = page.getByRole('link', { name: /export-log\.txt/ })
    expect(await download.getAttribute('href')).toBeTruthy()
    await expectAccessible(page)

    // It is in the list.
    await page.getByRole('link', { name: 'All my tickets' }).click()
    await page.waitForURL(/\/support$/)
    const row = page.getByRole('link', { name: subject })
    await expect.poll(() => row.count()).toBe(1)
    await expectAccessible(page)
    await row.click()
    await page.waitForURL(`**/support/${reference}`)

    // Reply.
    await page.getByRole('textbox', { name: /Your message/ }).fill('Any update on this?')
    await page.getByRole('button', { name: 'Send reply' }).click()
    await expect.poll(() => page.getByText('Reply sent.').count()).toBe(1)
    const thread = page.locator('[data-part="conversation-message"]')
    await expect.poll(() => thread.last().innerText()).toContain('Any update on this?')
    expect(await page.getByRole('textbox', { name: /Your message/ }).inputValue()).toBe('')

    // Close, after confirming.
    await page.getByRole('button', { name: 'Close ticket' }).click()
    const dialog = page.getByRole('alertdialog', { name: 'Close this ticket?' })
    await expectAccessible(page)
    await dialog.getByRole('button', { name: 'Close ticket' }).click()
    await expect.poll(() => page.getByText('Ticket closed.').count()).toBe(1)
    const details = page.getByRole('region', { name: 'Ticket details' })
    await expect.poll(() => details.innerText()).toContain('Closed')
    expect(await page.getByRole('button', { name: 'Reopen ticket' }).count()).toBe(1)

    // Rate.
    await page.locator('[data-part="rating-star"]').filter({ hasText: '4 stars' }).click()
    await page.getByRole('textbox', { name: /Comment/ }).fill('Quick and clear.')
    await page.getByRole('button', { name: 'Send rating' }).click()
    await expect.poll(() => page.getByText('Thank you for your feedback!').count()).toBe(1)
    await expect.poll(() => page.getByText('You rated this ticket 4 out of 5.').count()).toBe(1)
    await expectAccessible(page)
    expect(errors).toEqual([])
  })
})
