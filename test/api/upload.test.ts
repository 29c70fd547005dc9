import { describe, expect, it, vi } from 'vitest'
import { createHttpClient, isApiError, type UploadProgress } from '@/api'
import { fakeDocument, fakeFetch, fakeXhrFactory, json } from './fakes'

const origin = 'https://desk.example.test'

function setup() {
  const xhr = fakeXhrFactory()
  const { fetch } = fakeFetch(() => json(200, { via: 'fetch' }))
  const client = createHttpClient({
    fetch,
    XMLHttpRequest: xhr.XMLHttpRequest,
    origin,
    document: fakeDocument('XSRF-TOKEN=tok%3D'),
  })
  return { client, xhr, fetch }
}

describe('upload progress', () => {
  it('sends through XMLHttpRequest and reports progress as it goes', async () => {
    const { client, xhr, fetch } = setup()
    const progress: UploadProgress[] = []
    const form = new FormData()
    form.append('attachments[]', new Blob(['x']), 'a.txt')
    const pending = client.post('/support/ESC-00001/reply', form, {
      onUploadProgress: (p) => progress.push(p),
    })
    const request = xhr.last()
    request.progress(50, 200)
    request.progress(200, 200)
    request.respond(200, '{"ok":true}')

    await expect(pending).resolves.toEqual({ ok: true })
    expect(fetch).not.toHaveBeenCalled()
    expect(progress).toEqual([
      { loaded: 50, total: 200, fraction: 0.25 },
      { loaded: 200, total: 200, fraction: 1 },
    ])
    expect(request.method).toBe('POST')
    expect(request.url).toBe('/support/ESC-00001/reply')
    expect(request.body).toBe(form)
  })

  it('reports an unknown total as null', async () => {
    const { client, xhr } = setup()
    const onUploadProgress = vi.fn()
    const pending = client.post('/x', new FormData(), { onUploadProgress })
    xhr.last().progress(10, 0, false)
    xhr.last().respond(204, '')
    await expect(pending).resolves.toBeNull()
    expect(onUploadProgress).toHaveBeenCalledWith({ loaded: 10, total: null, fraction: null })
  })

  it('sends the same headers and CSRF token as fetch would', async () => {
    const { client, xhr } = setup()
    const pending = client.post('/x', { a: 1 }, { onUploadProgress: () => {} })
    const request = xhr.last()
    request.respond(200, '{}')
    await pending
    expect(request.requestHeaders.get('accept')).toBe('application/json')
    expect(request.requestHeaders.get('x-requested-with')).toBe('XMLHttpRequest')
    expect(request.requestHeaders.get('x-xsrf-token')).toBe('tok=')
    expect(request.requestHeaders.get('content-type')).toBe('application/json')
    expect(request.body).toBe('{"a":1}')
    expect(request.withCredentials).toBe(false)
  })

  it('turns error statuses into ApiErrors, reading Retry-After from the XHR', async () => {
    const { client, xhr } = setup()
    const pending = client.post('/x', new FormData(), { onUploadProgress: () => {} })
    xhr.last().respond(429, '{"message":"Too many requests."}', { 'Retry-After': '7' })
    const error = await pending.catch((e: unknown) => e)
    expect(isApiError(error) && [error.kind, error.retryAfterSeconds]).toEqual(['rate-limited', 7])
  })

  it('reports a transport failure as a network error', async () => {
    const { client, xhr } = setup()
    const pending = client.post('/x', new FormData(), { onUploadProgress: () => {} })
    xhr.last().emit('error')
    const error = await pending.catch((e: unknown) => e)
    expect(isApiError(error) && error.kind).toBe('network')
  })

  it('aborts the XHR when the signal fires, rejecting with the abort reason', async () => {
    const { client, xhr } = setup()
    const controller = new AbortController()
    const pending = client.post('/x', new FormData(), {
      onUploadProgress: () => {},
      signal: controller.signal,
    })
    controller.abort(new DOMException('Cancelled by the user', 'AbortError'))
    const error = await pending.catch((e: unknown) => e)
    expect(xhr.last().aborted).toBe(true)
    expect(isApiError(error)).toBe(false)
    expect(error).toMatchObject({ name: 'AbortError', message: 'Cancelled by the user' })
  })

  it('uses fetch, without progress, when no XMLHttpRequest exists', async () => {
    const { fetch } = fakeFetch(() => json(200, { via: 'fetch' }))
    const original = globalThis.XMLHttpRequest
    vi.stubGlobal('XMLHttpRequest', undefined)
    try {
      const client = createHttpClient({ fetch, csrf: [], document: null })
      await expect(
        client.post('/x', new FormData(), { onUploadProgress: () => {} }),
      ).resolves.toEqual({
        via: 'fetch',
      })
    } finally {
      vi.stubGlobal('XMLHttpRequest', original)
      vi.unstubAllGlobals()
    }
  })

  it('uses fetch when no progress callback is given', async () => {
    const { client, xhr, fetch } = setup()
    await expect(client.post('/x', new FormData())).resolves.toEqual({ via: 'fetch' })
    expect(xhr.instances).toHaveLength(0)
    expect(fetch).toHaveBeenCalledOnce()
  })
})
