import { describe, expect, it } from 'vitest'
import { CASINGS, serverUrl, useBrowser, visit } from './support'

describe.each(CASINGS)('the sign-in screen (%s payloads)', (casing) => {
  const session = useBrowser()

  it('offers every seeded role inside the host layout', async () => {
    const { page, errors } = session()
    const booted = await visit(page, `${serverUrl(casing)}/`)
    expect(booted?.component).toBe('Playground/SignIn')
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(
      'Sign in to the playground',
    )
    for (const name of [
      'Sign in as Frank Customer',
      'Sign in as Bob Agent',
      'Sign in as Alice Admin',
      'Continue as a guest',
    ]) {
      expect(await page.getByRole('link', { name }).count()).toBe(1)
    }
    expect(await page.getByRole('link', { name: 'Acme Support' }).count()).toBe(1)
    expect(errors).toEqual([])
  })
})
