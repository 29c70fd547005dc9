import { describe, expect, it, vi } from 'vitest'
import { isApiError, type ApiError } from '@/api/errors'
import { createWidgetHttp } from '../../widget/app/http'

const BASE = 'https://help.example.test/support/widget'

function answer(status: number, text: string, headers: Record<string, string> = {}) {
  return vi.fn(async () => new Response(text || null, { status, headers }))
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error: unknown = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  )
  if (!isApiError(error)) throw new Error(`expected an ApiError, got ${String(error)}`)
  return error
}

describe('the widget transport', () => {
  it('GETs JSON from the endpoint without cookies', async () => {
    const fetch = answer(200, '{"articles":[]}')
    const body = await createWidgetHttp(BASE, fetch)('/articles?q=ab')
    expect(body).toEqual({ articles: [] })
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe(`${BASE}/articles?q=ab`)
    expect(init.method).toBe('GET')
    expect(init.credentials).toBe('omit')
    expect(new Headers(init.headers).get('Accept')).toBe('application/json')
  })

  it('POSTs a JSON body', async () => {
    const fetch = answer(201, '{"reference":"ESC-00001"}')
    await createWidgetHttp(BASE, fetch)('/tickets', { body: { email: 'a@b.test' } })
    const [, init] = fetch.mock.calls[0] as unknown as [string, RequestInit]
    expect(init.method).toBe('POST')
    expect(init.body).toBe('{"email":"a@b.test"}')
    expect(new Headers(init.headers).get('Content-Type')).toBe('application/json')
  })

  it('checks the status before parsing: an HTML 500 is a server error, not a JSON crash', async () => {
    const error = await failure(createWidgetHttp(BASE, answer(500, '<h1>Whoops</h1>'))('/config'))
    expect(error.kind).toBe('server')
    expect(error.status).toBe(500)
  })

  it('reads Laravel field errors from a 422', async () => {
    const error = await failure(
      createWidgetHttp(
        BASE,
        answer(422, '{"message":"Invalid.","errors":{"email":["Bad email."]}}'),
      )('/tickets', { body: {} }),
    )
    expect(error.kind).toBe('validation')
    expect(error.fieldErrors).toEqual({ email: ['Bad email.'] })
  })

  it('reads Retry-After from a 429', async () => {
    const error = await failure(
      createWidgetHttp(BASE, answer(429, '{"message":"Too many."}', { 'Retry-After': '42' }))('/x'),
    )
    expect(error.kind).toBe('rate-limited')
    expect(error.retryAfterSeconds).toBe(42)
  })

  it('turns a failed fetch into a network error', async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch')
    })
    const error = await failure(createWidgetHttp(BASE, fetch)('/config'))
    expect(error.kind).toBe('network')
    expect(error.status).toBe(0)
  })

  it('rejects a 2xx that is not JSON (a login page after a redirect)', async () => {
    const error = await failure(
      createWidgetHttp(BASE, answer(200, '<html>Log in</html>'))('/config'),
    )
    expect(error.kind).toBe('invalid-response')
  })

  it('resolves an empty body as null', async () => {
    expect(await createWidgetHttp(BASE, answer(204, ''))('/x')).toBeNull()
  })
})
