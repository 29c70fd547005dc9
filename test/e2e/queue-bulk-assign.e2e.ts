import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { CASINGS, expectAccessible, serverUrl, useBrowser, visit } from './support'

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

/** Reference and assignee of the first `count` queue rows. */
const firstRows = (page: Page, count: number) =>
  page.locator('[data-part="queue-row"]').evaluateAll(
    (rows, n) =>
      rows.slice(0, n).map((row) => {
        const cells = [...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim() ?? '')
        return { reference: cells[1] ?? '', assignee: cells[6] ?? '' }
      }),
    count,
  )

describe.each(CASINGS)(
  'bulk-assigning three tickets, then a macro on two (%s payloads)',
  (casing) => {
    const session = useBrowser()

    it('assigns in one request, applies a macro per ticket, and reports every ticket', async () => {
      const { page, errors } = session()
      const base = serverUrl(casing)
      await visit(page, `${base}/_playground/login/admin`)
      await reseed(page)
      await visit(page, `${base}/support/admin/tickets`)

      const before = await firstRows(page, 3)
      expect(before).toHaveLength(3)
      await page.getByRole('checkbox', { name: `Select ${before[0]?.reference}` }).check()
      // Shift-click selects the range up to the third ticket.
      await page
        .getByRole('checkbox', { name: `Select ${before[2]?.reference}` })
        .click({ modifiers: ['Shift'] })
      await expect
        .poll(() => page.locator('[data-part="bulk-count"]').innerText())
        .toBe('3 tickets selected')

      const posts: string[] = []
      page.on('request', (request) => {
        if (request.method() === 'POST')
          posts.push(`${new URL(request.url()).pathname} ${request.postData() ?? ''}`)
      })
      await page.getByRole('combobox', { name: 'Bulk action' }).selectOption('assign')
      await page.getByRole('combobox', { name: 'Assign to' }).selectOption({ label: 'Carol Agent' })
      await expectAccessible(page)
      await page.getByRole('button', { name: 'Apply' }).click()

      const summary = page.locator('[data-part="bulk-summary"]')
      await expect.poll(() => summary.count()).toBe(1)
      expect(await summary.innerText()).toContain('3 tickets updated')
      expect(
        await page.locator('[data-part="bulk-summary-item"][data-outcome="applied"]').count(),
      ).toBe(3)
      expect(posts).toHaveLength(1)
      expect(posts[0]).toMatch(/^\/support\/admin\/tickets\/bulk /)
      expect(JSON.parse(posts[0]?.split(' ').slice(1).join(' ') ?? '{}')).toMatchObject({
        action: 'assign',
        value: '3',
      })
      expect((await firstRows(page, 3)).map((row) => row.assignee)).toEqual([
        'Carol Agent',
        'Carol Agent',
        'Carol Agent',
      ])
      // Selection is cleared after a successful run.
      expect(await page.locator('[data-part="queue-row"][data-state="selected"]').count()).toBe(0)

      // A macro is no bulk action on the backend: one request per ticket, reported per ticket.
      await page.locator('[data-part="bulk-summary-dismiss"]').click()
      const next = (await firstRows(page, 5)).slice(3)
      expect(next.map((row) => row.assignee)).not.toEqual(['Carol Agent', 'Carol Agent'])
      for (const row of next) {
        await page.getByRole('checkbox', { name: `Select ${row.reference}` }).check()
      }
      posts.length = 0
      await page.getByRole('combobox', { name: 'Bulk action' }).selectOption('macro')
      await page
        .getByRole('combobox', { name: 'Macro' })
        .selectOption({ label: 'Route to Billing' })
      await page.getByRole('button', { name: 'Apply' }).click()
      await expect.poll(() => summary.count()).toBe(1)
      expect(await summary.innerText()).toContain('Macro run finished')
      expect(await summary.innerText()).toContain('2 tickets updated')
      expect(posts.map((post) => post.split(' ')[0])).toEqual(
        next.map((row) => `/support/admin/tickets/${row.reference}/macro`),
      )
      expect(JSON.parse(posts[0]?.split(' ').slice(1).join(' ') ?? '{}')).toHaveProperty('macro_id')
      // The macro assigns to Carol; the reloaded rows show it.
      expect((await firstRows(page, 5)).slice(3).map((row) => row.assignee)).toEqual([
        'Carol Agent',
        'Carol Agent',
      ])
      expect(await page.locator('[data-part="queue-row"][data-state="selected"]').count()).toBe(0)
      await expectAccessible(page)
      expect(errors).toEqual([])
    })
  },
)
