// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { createHttpClient } from '@/api'
import { createRouteResolver } from '@/routes'
import { fakeFetch, json } from './fakes'

describe('outside a browser', () => {
  it('has no document or location to lean on', () => {
    expect(typeof document).toBe('undefined')
    expect(typeof location).toBe('undefined')
  })

  it('builds URLs and sends requests with the default CSRF strategies and no token', async () => {
    const route = createRouteResolver({ prefix: 'helpdesk' })
    const { fetch, lastCall } = fakeFetch(() => json(200, { viewers: [] }))
    const client = createHttpClient({ fetch, baseUrl: 'https://desk.example.test' })

    await expect(
      client.post(route('escalated.agent.tickets.presence', 'ESC-00001')),
    ).resolves.toEqual({ viewers: [] })
    expect(lastCall().url).toBe(
      'https://desk.example.test/helpdesk/agent/tickets/ESC-00001/presence',
    )
    expect(lastCall().headers.has('X-XSRF-TOKEN')).toBe(false)
    expect(lastCall().headers.has('X-CSRF-TOKEN')).toBe(false)
  })
})
