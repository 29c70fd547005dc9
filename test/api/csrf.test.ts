import { afterEach, describe, expect, it } from 'vitest'
import { cookieCsrf, createHttpClient, headerCsrf, metaTagCsrf } from '@/api'
import { fakeDocument, fakeFetch, json } from './fakes'

const origin = 'https://desk.example.test'
const laravelDocument = fakeDocument('theme=dark; XSRF-TOKEN=eyJpdiI6%3D%3D; other=1', {
  'csrf-token': 'meta-token',
})

function setup(options: Parameters<typeof createHttpClient>[0] = {}) {
  const { fetch, lastCall } = fakeFetch(() => json(200, {}))
  const client = createHttpClient({ fetch, origin, document: laravelDocument, ...options })
  return { client, lastCall }
}

describe('CSRF', () => {
  describe('by default', () => {
    it('sends the URL-decoded XSRF-TOKEN cookie as X-XSRF-TOKEN, before the meta tag', async () => {
      const { client, lastCall } = setup()
      await client.post('/support/agent/tickets/ESC-00001/presence')
      expect(lastCall().headers.get('X-XSRF-TOKEN')).toBe('eyJpdiI6==')
      expect(lastCall().headers.has('X-CSRF-TOKEN')).toBe(false)
    })

    it('falls back to <meta name="csrf-token"> as X-CSRF-TOKEN when there is no cookie', async () => {
      const { client, lastCall } = setup({
        document: fakeDocument('', { 'csrf-token': 'meta-token' }),
      })
      await client.put('/support/admin/saved-views/4', {})
      expect(lastCall().headers.get('X-CSRF-TOKEN')).toBe('meta-token')
    })

    it('sends nothing on GET', async () => {
      const { client, lastCall } = setup()
      await client.get('/support/agent/views')
      expect(lastCall().headers.has('X-XSRF-TOKEN')).toBe(false)
      expect(lastCall().headers.has('X-CSRF-TOKEN')).toBe(false)
    })

    it('sends the token to an absolute URL on the page origin', async () => {
      const { client, lastCall } = setup()
      await client.delete(`${origin}/support/admin/saved-views/4`)
      expect(lastCall().headers.get('X-XSRF-TOKEN')).toBe('eyJpdiI6==')
    })

    it.each([
      ['another origin', 'https://evil.example.test/support/x'],
      ['a protocol-relative URL', '//evil.example.test/x'],
      ['another port', 'https://desk.example.test:8443/x'],
    ])('never sends a token to %s', async (_label, url) => {
      const { client, lastCall } = setup()
      await client.post(url, {})
      expect(lastCall().headers.has('X-XSRF-TOKEN')).toBe(false)
      expect(lastCall().headers.has('X-CSRF-TOKEN')).toBe(false)
    })

    it('never sends a token through a cross-origin base URL', async () => {
      const { client, lastCall } = setup({ baseUrl: 'https://help.example.test' })
      await client.post('/support/widget/tickets', {})
      expect(lastCall().url).toBe('https://help.example.test/support/widget/tickets')
      expect(lastCall().headers.has('X-XSRF-TOKEN')).toBe(false)
    })

    it('sends no token to an absolute URL when the page origin is unknown', async () => {
      const { client, lastCall } = setup({ origin: null })
      await client.post(`${origin}/x`, {})
      expect(lastCall().headers.has('X-XSRF-TOKEN')).toBe(false)
    })
  })

  describe('when strategies are configured', () => {
    it('reads a custom meta tag and header name', async () => {
      const { client, lastCall } = setup({
        csrf: metaTagCsrf('_csrf', 'X-My-Token'),
        document: fakeDocument('', { _csrf: 'adonis' }),
      })
      await client.post('/x')
      expect(lastCall().headers.get('X-My-Token')).toBe('adonis')
    })

    it('tries strategies in order and uses the first that finds a token', async () => {
      const { client, lastCall } = setup({
        csrf: [cookieCsrf('MISSING'), headerCsrf('X-Fixed', 'fixed'), metaTagCsrf()],
      })
      await client.post('/x')
      expect(lastCall().headers.get('X-Fixed')).toBe('fixed')
      expect(lastCall().headers.has('X-CSRF-TOKEN')).toBe(false)
    })

    it('asks a header getter at request time', async () => {
      let current = 'first'
      const { client, lastCall } = setup({ csrf: headerCsrf('X-CSRF-TOKEN', () => current) })
      await client.post('/x')
      current = 'rotated'
      await client.post('/x')
      expect(lastCall().headers.get('X-CSRF-TOKEN')).toBe('rotated')
    })

    it('sends none with an empty list', async () => {
      const { client, lastCall } = setup({ csrf: [] })
      await client.post('/x', {})
      const names = [...lastCall().headers.keys()].map((name) => name.toLowerCase())
      expect(names.sort()).toEqual(['accept', 'content-type', 'x-requested-with'])
    })

    it('keeps a token header the caller set', async () => {
      const { client, lastCall } = setup()
      await client.post('/x', {}, { headers: { 'x-xsrf-token': 'explicit' } })
      expect(lastCall().headers.get('X-XSRF-TOKEN')).toBe('explicit')
    })

    it('prefers a strategy’s own document over the client’s', async () => {
      const { client, lastCall } = setup({
        csrf: cookieCsrf('XSRF-TOKEN', 'X-XSRF-TOKEN', {
          document: fakeDocument('XSRF-TOKEN=own'),
        }),
      })
      await client.post('/x')
      expect(lastCall().headers.get('X-XSRF-TOKEN')).toBe('own')
    })

    it('keeps a cookie value that is not valid URL encoding as it is', async () => {
      const { client, lastCall } = setup({ document: fakeDocument('XSRF-TOKEN=100%') })
      await client.post('/x')
      expect(lastCall().headers.get('X-XSRF-TOKEN')).toBe('100%')
    })
  })

  describe('with the real document (happy-dom)', () => {
    afterEach(() => {
      document.head.innerHTML = ''
      document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT'
    })

    it('reads the global document lazily, at request time', async () => {
      const { fetch, lastCall } = fakeFetch(() => json(200, {}))
      const client = createHttpClient({ fetch })
      document.head.innerHTML = '<meta name="csrf-token" content="from-dom">'
      await client.post('/support/x')
      expect(lastCall().headers.get('X-CSRF-TOKEN')).toBe('from-dom')
    })
  })
})
