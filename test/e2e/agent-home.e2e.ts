import { describe, expect, it } from 'vitest'
import { CASINGS, expectEscalatedPage, serverUrl, useBrowser, visit } from './support'

describe.each(CASINGS)('an agent signing in (%s payloads)', (casing) => {
  const session = useBrowser()

  it('lands on the agent dashboard', async () => {
    const { page, errors } = session()
    const booted = await visit(page, `${serverUrl(casing)}/_playground/login/agent`)
    expect(new URL(page.url()).pathname).toBe('/support/agent')
    expect(booted?.component).toBe('Escalated/Agent/Dashboard')
    expect(booted?.props.auth?.user?.name).toBe('Bob Agent')
    await expectEscalatedPage(page, 'Escalated/Agent/Dashboard', 'Bob Agent')
    expect(errors).toEqual([])
  })
})
