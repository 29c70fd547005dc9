import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError, createHttpClient, isApiError, type ApiError as ApiErrorType } from '@/api'
import type { ResponseLike } from '@/api'
import { fakeFetch, json, reply } from './fakes'

async function failWith(response: ResponseLike | (() => never)): Promise<ApiErrorType> {
  const { fetch } = fakeFetch(() => (typeof response === 'function' ? response() : response))
  const client = createHttpClient({ fetch, csrf: [], document: null, origin: null })
  const error: unknown = await client.post('/support/x', { a: 1 }).then(
    () => null,
    (e: unknown) => e,
  )
  if (!isApiError(error)) throw new Error(`expected an ApiError, got ${String(error)}`)
  return error
}

describe('ApiError from responses', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  describe('422 validation (Laravel)', () => {
    it('flattens the field errors into the message and keeps them by field', async () => {
      const error = await failWith(
        json(422, {
          message: 'The name field is required. (and 1 more error)',
          errors: { name: ['The name field is required.'], email: ['The email is invalid.'] },
        }),
      )
      expect(error).toBeInstanceOf(ApiError)
      expect(error.kind).toBe('validation')
      expect(error.status).toBe(422)
      expect(error.message).toBe('The name field is required. The email is invalid.')
      expect(error.fieldErrors).toEqual({
        name: ['The name field is required.'],
        email: ['The email is invalid.'],
      })
      expect(error.hasServerMessage).toBe(true)
    })

    it('accepts single-message fields and VineJS error lists', async () => {
      expect((await failWith(json(422, { errors: { body: 'Required.' } }))).fieldErrors).toEqual({
        body: ['Required.'],
      })
      const vine = await failWith(
        json(422, { errors: [{ field: 'email', rule: 'email', message: 'Invalid email.' }] }),
      )
      expect(vine.fieldErrors).toEqual({ email: ['Invalid email.'] })
      expect(vine.message).toBe('Invalid email.')
    })

    it('uses `message` when there are no field errors', async () => {
      const error = await failWith(json(422, { message: 'Chat has ended.', errors: {} }))
      expect(error.message).toBe('Chat has ended.')
      expect(error.fieldErrors).toEqual({})
    })
  })

  it('reads Adonis `{error}` bodies, e.g. its plain-JSON 403', async () => {
    const error = await failWith(json(403, { error: 'You are not authorized as a support agent.' }))
    expect(error.kind).toBe('forbidden')
    expect(error.message).toBe('You are not authorized as a support agent.')
  })

  it('prefers `message` over `error` (NestJS sends both, message as a list)', async () => {
    const error = await failWith(
      json(400, { statusCode: 400, message: ['email must be an email'], error: 'Bad Request' }),
    )
    expect(error.kind).toBe('validation')
    expect(error.message).toBe('email must be an email')
  })

  it.each([
    [401, 'unauthenticated', { message: 'Unauthenticated.' }],
    [404, 'not-found', { message: 'Ticket not found.' }],
    [419, 'csrf', { message: 'CSRF token mismatch.' }],
    [500, 'server', { message: 'Server Error' }],
    [503, 'server', {}],
  ] as const)('maps %i to %s', async (status, kind, body) => {
    const error = await failWith(json(status, body))
    expect(error.kind).toBe(kind)
    expect(error.status).toBe(status)
    expect(error.retryAfterSeconds).toBeUndefined()
  })

  describe('non-JSON error bodies', () => {
    it('falls back to a generic message and keeps the text', async () => {
      const html = '<!doctype html><h1>500 | Server Error</h1>'
      const error = await failWith(reply(500, html, { 'Content-Type': 'text/html' }))
      expect(error.kind).toBe('server')
      expect(error.message).toBe('The server could not complete the request (status 500).')
      expect(error.hasServerMessage).toBe(false)
      expect(error.body).toBe(html)
    })

    it('handles an empty error body', async () => {
      const error = await failWith(reply(419, ''))
      expect(error.kind).toBe('csrf')
      expect(error.body).toBeNull()
      expect(error.hasServerMessage).toBe(false)
    })
  })

  describe('429 rate limits', () => {
    it('waits the Retry-After seconds', async () => {
      const error = await failWith(
        json(429, { message: 'Too many requests.', retry_after: 12 }, { 'Retry-After': '30' }),
      )
      expect(error.kind).toBe('rate-limited')
      expect(error.retryAfterSeconds).toBe(30)
      expect(error.message).toBe('Too many requests.')
    })

    it('reads an HTTP-date Retry-After against the current time', async () => {
      vi.useFakeTimers()
      vi.setSystemTime(new Date('2026-11-23T10:00:00Z'))
      const error = await failWith(
        json(429, {}, { 'Retry-After': 'Mon, 23 Nov 2026 10:01:30 GMT' }),
      )
      expect(error.retryAfterSeconds).toBe(90)
    })

    it('falls back to the body retry_after (Adonis, REST API)', async () => {
      expect((await failWith(json(429, { retry_after: 42 }))).retryAfterSeconds).toBe(42)
    })

    it('waits 60 seconds when neither says (NestJS)', async () => {
      const error = await failWith(json(429, { statusCode: 429, message: 'Too Many Requests' }))
      expect(error.retryAfterSeconds).toBe(60)
    })
  })

  it('reports a fetch failure as a network error with status 0', async () => {
    const cause = new TypeError('Failed to fetch')
    const error = await failWith(() => {
      throw cause
    })
    expect(error.kind).toBe('network')
    expect(error.status).toBe(0)
    expect(error.cause).toBe(cause)
  })
})

describe('isApiError', () => {
  it('recognises an ApiError from another copy of the package by its brand', () => {
    const foreign = Object.assign(new Error('x'), { [Symbol.for('escalated.ApiError')]: true })
    expect(isApiError(foreign)).toBe(true)
  })

  it('rejects other errors and non-errors', () => {
    expect(isApiError(new Error('x'))).toBe(false)
    expect(isApiError({ kind: 'network', status: 0 })).toBe(false)
    expect(isApiError(null)).toBe(false)
  })
})
