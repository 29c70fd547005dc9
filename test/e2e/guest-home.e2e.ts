import { describe, expect, it } from 'vitest'
import { CASINGS, expectEscalatedPage, serverUrl, useBrowser, visit } from './support'

describe.each(CASINGS)('a guest without an account (%s payloads)', (casing) => {
  const session = useBrowser()

  it('lands on the guest ticket form inside the host layout', async () => {
    const { page, errors } = session()
    const booted = await visit(page, `${serverUrl(casing)}/_playground/login/guest`)
    expect(new URL(page.url()).pathname).toBe('/support/guest/create')
    expect(booted?.component).toBe('Escalated/Guest/Create')
    expect(booted?.props.auth?.user).toBeNull()
    await expectEscalatedPage(page, 'Escalated/Guest/Create', 'Acme Support')
    expect(errors).toEqual([])
  })
})
