import { describe, expect, it } from 'vitest'
import { CASINGS, expectAccessible, serverUrl, useBrowser, visit } from './support'

describe.each(CASINGS)('ticket presence (%s payloads)', (casing) => {
  const session = useBrowser()

  it('tells an admin that an agent already has the ticket open', async () => {
    const { page, errors } = session()
    const base = serverUrl(casing)
    const reference = casing === 'snake' ? 'ESC-00003' : 'ESC-00004'

    // Bob (agent) opens the ticket in his own browser session.
    const browser = page.context().browser()
    if (!browser) throw new Error('No browser behind the page.')
    const bob = await browser.newContext()
    try {
      const bobPage = await bob.newPage()
      await visit(bobPage, `${base}/_playground/login/agent`)
      await visit(bobPage, `${base}/support/agent/tickets/${reference}`)
      await bobPage.waitForLoadState('networkidle')

      // Alice (admin) opens it next and is told Bob is there.
      await visit(page, `${base}/_playground/login/admin`)
      await visit(page, `${base}/support/admin/tickets/${reference}`)
      const presence = page.locator('[data-part="ticket-presence"]')
      await expect.poll(() => presence.innerText()).toBe('Bob Agent is also viewing this ticket.')
      expect(await presence.getAttribute('role')).toBe('status')
      await expectAccessible(page)
      expect(errors).toEqual([])
    } finally {
      await bob.close()
    }
  })
})
