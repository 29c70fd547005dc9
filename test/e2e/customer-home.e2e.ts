import { describe, expect, it } from 'vitest'
import { CASINGS, expectEscalatedPage, serverUrl, useBrowser, visit } from './support'

describe.each(CASINGS)('a customer signing in (%s payloads)', (casing) => {
  const session = useBrowser()

  it('lands on their ticket list', async () => {
    const { page, errors } = session()
    const booted = await visit(page, `${serverUrl(casing)}/_playground/login/customer`)
    expect(new URL(page.url()).pathname).toBe('/support')
    expect(booted?.component).toBe('Escalated/Customer/Index')
    expect(booted?.props.auth?.user?.name).toBe('Frank Customer')
    await expectEscalatedPage(page, 'Escalated/Customer/Index', 'Frank Customer')
    expect(errors).toEqual([])
  })
})
