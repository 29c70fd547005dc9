import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { CASINGS, expectAccessible, serverUrl, useBrowser, visit } from './support'

/** The text of one column in every queue row. */
const column = (page: Page, part: 'status-badge' | 'priority-badge') =>
  page
    .locator(`[data-part="queue-row"] [data-part="${part}"]`)
    .evaluateAll((badges) => badges.map((badge) => badge.textContent?.trim() ?? ''))

describe.each(CASINGS)(
  'filtering the agent queue by status and priority (%s payloads)',
  (casing) => {
    const session = useBrowser()

    it('narrows the list through the URL and shows only matching tickets', async () => {
      const { page, errors } = session()
      const base = serverUrl(casing)
      await visit(page, `${base}/_playground/login/agent`)
      await visit(page, `${base}/support/agent/tickets`)
      expect(await page.locator('[data-part="queue-row"]').count()).toBe(15)

      await page.getByRole('button', { name: 'Filters' }).click()
      await page.getByRole('combobox', { name: 'Status' }).selectOption('open')
      await page.waitForURL((url) => url.searchParams.get('status') === 'open')
      await page.getByRole('combobox', { name: 'Priority' }).selectOption('high')
      await page.waitForURL((url) => url.searchParams.get('priority') === 'high')
      expect(new URL(page.url()).searchParams.get('status')).toBe('open')

      await expect
        .poll(async () => new Set(await column(page, 'status-badge')))
        .toEqual(new Set(['Open']))
      expect(new Set(await column(page, 'priority-badge'))).toEqual(new Set(['High']))
      expect(await page.getByRole('button', { name: 'Filters (2)' }).count()).toBe(1)
      await expectAccessible(page)

      // A reload of the filtered URL shows the same filters: the URL is the state.
      await visit(page, page.url())
      expect(await page.getByRole('combobox', { name: 'Status' }).inputValue()).toBe('open')
      expect(await page.getByRole('combobox', { name: 'Priority' }).inputValue()).toBe('high')
      expect(errors).toEqual([])
    })
  },
)
