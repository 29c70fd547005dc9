import { describe, expect, it } from 'vitest'
import { createHttpClient, isApiError } from '@/api'
import { fakeFetch, json, reply } from './fakes'

const noCsrf = { csrf: [], document: null, origin: 'https://desk.example.test' } as const

describe('createHttpClient', () => {
  describe('requests', () => {
    it('asks for JSON as an XHR and sends the configured credentials mode', async () => {
      const { fetch, lastCall } = fakeFetch(() => json(200, { viewers: [] }))
      await createHttpClient({ fetch, ...noCsrf }).get('/support/agent/views')
      const { init, headers } = lastCall()
      expect(init.method).toBe('GET')
      expect(headers.get('Accept')).toBe('application/json')
      expect(headers.get('X-Requested-With')).toBe('XMLHttpRequest')
      expect(init.credentials).toBe('same-origin')
      expect(init.body).toBeUndefined()
    })

    it('honours a custom credentials mode and client-wide headers, overridable per request', async () => {
      const { fetch, lastCall } = fakeFetch(() => json(200, {}))
      const client = createHttpClient({
        fetch,
        ...noCsrf,
        credentials: 'include',
        headers: { 'X-Locale': 'de', 'X-Trace': 'client' },
      })
      await client.get('/x', { headers: { 'X-Trace': 'request' } })
      const { init, headers } = lastCall()
      expect(init.credentials).toBe('include')
      expect(headers.get('X-Locale')).toBe('de')
      expect(headers.get('X-Trace')).toBe('request')
    })

    it('sends plain bodies as JSON', async () => {
      const { fetch, lastCall } = fakeFetch(() => json(200, {}))
      await createHttpClient({ fetch, ...noCsrf }).post('/support/admin/saved-views', {
        name: 'Mine',
        filters: { status: 'open' },
        is_shared: false,
      })
      const { init, headers } = lastCall()
      expect(init.method).toBe('POST')
      expect(headers.get('Content-Type')).toBe('application/json')
      expect(JSON.parse(String(init.body))).toEqual({
        name: 'Mine',
        filters: { status: 'open' },
        is_shared: false,
      })
    })

    it('sends FormData untouched, leaving the multipart boundary to the browser', async () => {
      const { fetch, lastCall } = fakeFetch(() => json(200, {}))
      const form = new FormData()
      form.append('body', 'Hello')
      await createHttpClient({ fetch, ...noCsrf }).post('/support/1/reply', form)
      const { init, headers } = lastCall()
      expect(init.body).toBe(form)
      expect(headers.has('Content-Type')).toBe(false)
    })

    it('sends the method upper-case, PATCH included', async () => {
      const { fetch, lastCall } = fakeFetch(() => json(200, {}))
      const client = createHttpClient({ fetch, ...noCsrf })
      await client.patch('/support/admin/api-tokens/3', { name: 'CI' })
      expect(lastCall().init.method).toBe('PATCH')
      await client.request('put', '/x')
      expect(lastCall().init.method).toBe('PUT')
      await client.delete('/x', { body: { ids: [1] } })
      expect(lastCall().init.method).toBe('DELETE')
      expect(lastCall().init.body).toBe('{"ids":[1]}')
    })

    it('encodes the query, with brackets for arrays and nothing for empty values', async () => {
      const { fetch, lastCall } = fakeFetch(() => json(200, []))
      await createHttpClient({ fetch, ...noCsrf }).get('/support/admin/agents/search?x=1', {
        query: { q: 'Bob & Co', tag_ids: [1, 2], page: undefined, mine: true, none: null },
      })
      expect(lastCall().url).toBe(
        '/support/admin/agents/search?x=1&q=Bob%20%26%20Co&tag_ids[]=1&tag_ids[]=2&mine=1',
      )
    })

    it('prefixes relative URLs with the base URL and leaves absolute ones alone', async () => {
      const { fetch, lastCall } = fakeFetch(() => json(200, {}))
      const client = createHttpClient({ fetch, ...noCsrf, baseUrl: 'https://help.example.test/' })
      await client.get('/support/widget/config')
      expect(lastCall().url).toBe('https://help.example.test/support/widget/config')
      await client.get('https://other.example.test/a')
      expect(lastCall().url).toBe('https://other.example.test/a')
    })

    it('refuses a body on GET instead of dropping it', async () => {
      const { fetch } = fakeFetch(() => json(200, {}))
      const client = createHttpClient({ fetch, ...noCsrf })
      await expect(client.request('GET', '/x', { body: { a: 1 } })).rejects.toThrow(/query/)
      expect(fetch).not.toHaveBeenCalled()
    })
  })

  describe('successful responses', () => {
    it('resolves with the parsed JSON', async () => {
      const { fetch } = fakeFetch(() => json(200, { viewers: [{ id: 2, name: 'Bob' }] }))
      await expect(createHttpClient({ fetch, ...noCsrf }).post('/p')).resolves.toEqual({
        viewers: [{ id: 2, name: 'Bob' }],
      })
    })

    it.each([
      ['an empty 200', 200],
      ['a 204', 204],
    ])('resolves with null for %s', async (_label, status) => {
      const { fetch } = fakeFetch(() => reply(status, ''))
      await expect(createHttpClient({ fetch, ...noCsrf }).post('/p')).resolves.toBeNull()
    })

    it('rejects a 2xx that is not JSON as an invalid response', async () => {
      const { fetch } = fakeFetch(() =>
        reply(200, '<!doctype html><title>Login</title>', { 'Content-Type': 'text/html' }),
      )
      const error = await createHttpClient({ fetch, ...noCsrf })
        .get('/p')
        .catch((e: unknown) => e)
      expect(isApiError(error) && error.kind).toBe('invalid-response')
      expect(isApiError(error) && error.status).toBe(200)
    })
  })

  describe('when the request is aborted', () => {
    it('rejects with the abort reason rather than an ApiError', async () => {
      const controller = new AbortController()
      const { fetch } = fakeFetch(() => {
        controller.abort()
        throw new DOMException('Aborted', 'AbortError')
      })
      const error = await createHttpClient({ fetch, ...noCsrf })
        .get('/p', { signal: controller.signal })
        .catch((e: unknown) => e)
      expect(isApiError(error)).toBe(false)
      expect(error).toBeInstanceOf(DOMException)
      expect(fetch.mock.calls[0]?.[1].signal).toBe(controller.signal)
    })
  })
})
