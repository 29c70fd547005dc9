import { describe, expect, it } from 'vitest'
import { CASINGS, expectEscalatedPage, serverUrl, useBrowser, visit } from './support'

describe.each(CASINGS)('an admin signing in (%s payloads)', (casing) => {
  const session = useBrowser()

  it('lands on the admin ticket list', async () => {
    const { page, errors } = session()
    const booted = await visit(page, `${serverUrl(casing)}/_playground/login/admin`)
    expect(new URL(page.url()).pathname).toBe('/support/admin/tickets')
    expect(booted?.component).toBe('Escalated/Admin/Tickets/Index')
    expect(booted?.props.auth?.user?.name).toBe('Alice Admin')
    await expectEscalatedPage(page, 'Escalated/Admin/Tickets/Index', 'Alice Admin')
    expect(errors).toEqual([])
  })
})
