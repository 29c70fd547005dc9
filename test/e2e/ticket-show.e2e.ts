import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { CASINGS, expectAccessible, serverUrl, useBrowser, visit } from './support'

const flash = (page: Page, text: string) =>
  expect.poll(() => page.getByText(text).count()).toBeGreaterThan(0)

describe.each(CASINGS)('the agent ticket screen (%s payloads)', (casing) => {
  const session = useBrowser()

  it('round-trips a reply, an internal note and a status change, keeping a draft over a reload', async () => {
    const { page, errors } = session()
    const base = serverUrl(casing)
    await visit(page, `${base}/_playground/login/agent`)
    await visit(page, `${base}/support/agent/tickets/ESC-00001`)
    const feed = page.getByRole('feed')

    // A draft survives a reload.
    const reply = page.getByRole('textbox', { name: 'Reply to the requester' })
    await reply.fill(`Draft kept (${casing})`)
    await page.reload()
    await page.waitForLoadState('networkidle')
    expect(await reply.inputValue()).toBe(`Draft kept (${casing})`)

    // Reply.
    const replyText = `We shipped a fix in 2.3.1 (${casing}).`
    await reply.fill(replyText)
    await page.getByRole('button', { name: 'Send reply' }).click()
    await flash(page, 'Reply sent.')
    await expect.poll(() => feed.getByText(replyText).count()).toBe(1)
    expect(await reply.inputValue()).toBe('')

    // Internal note, sent with Ctrl+Enter.
    // The radio is visually hidden inside its label, which is what a user clicks.
    await page.locator('[data-part="composer-mode"] label', { hasText: 'Internal note' }).click()
    expect(await page.getByRole('radio', { name: 'Internal note' }).isChecked()).toBe(true)
    const noteText = `Checked the crash logs (${casing}).`
    const note = page.getByRole('textbox', { name: 'Internal note (agents only)' })
    await note.fill(noteText)
    await note.press('Control+Enter')
    await flash(page, 'Note added.')
    const noteArticle = feed.locator('article[data-kind="note"]', { hasText: noteText })
    await expect.poll(() => noteArticle.count()).toBe(1)

    // Status: only allowed transitions are offered.
    const status = page.getByRole('combobox', { name: 'Status' })
    const options = await status
      .locator('option')
      .evaluateAll((list) => list.map((option) => (option as HTMLOptionElement).value))
    expect(options).not.toContain('reopened')
    await status.selectOption('waiting_on_customer')
    await page.getByRole('button', { name: 'Save Status' }).click()
    await flash(page, 'Status updated.')
    await expect
      .poll(() =>
        page.locator('[data-part="ticket-header"] [data-part="status-badge"]').innerText(),
      )
      .toBe('Waiting on Customer')
    await expectAccessible(page)
    expect(errors).toEqual([])
  })

  it('lets an agent take an unassigned ticket and an admin reassign it', async () => {
    const { page, errors } = session()
    const base = serverUrl(casing)
    await visit(page, `${base}/_playground/login/agent`)
    await visit(page, `${base}/support/agent/tickets/ESC-00002`)
    await page.getByRole('button', { name: 'Assign to me' }).click()
    await flash(page, 'Ticket assigned.')
    await expect
      .poll(() => page.locator('[data-part="assignee-name"]').innerText())
      .toContain('Bob Agent')

    await visit(page, `${base}/_playground/login/admin`)
    await visit(page, `${base}/support/admin/tickets/ESC-00002`)
    const assignee = page.getByRole('combobox', { name: 'Assignee' })
    expect(await assignee.locator('option:checked').innerText()).toBe('Bob Agent')
    await assignee.selectOption({ label: 'Carol Agent' })
    await page.getByRole('button', { name: 'Save Assignee' }).click()
    await flash(page, 'Ticket assigned.')
    await expect.poll(() => assignee.locator('option:checked').innerText()).toBe('Carol Agent')
    await expectAccessible(page)
    expect(errors).toEqual([])
  })
})
