// Sessions in a signed cookie (user id, flash, errors, CSRF token) and Laravel-style CSRF protection:
// an `XSRF-TOKEN` cookie that Inertia's axios echoes back in `X-XSRF-TOKEN` on every non-GET request.
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { escapeHtml, wantsJson } from './http.mjs'

const SESSION_COOKIE = 'playground_session'
const XSRF_COOKIE = 'XSRF-TOKEN'
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * @typedef {object} SessionData
 * @property {number | null} userId
 * @property {string} csrf
 * @property {{ success?: string, error?: string }} flash
 * @property {Record<string, string> | null} errors
 */

/** One request's view of the session; changes are written back to the cookie when the reply is sent. */
export class Session {
  /** @param {Partial<SessionData>} data */
  constructor(data) {
    /** @type {SessionData} */
    this.data = {
      userId: typeof data.userId === 'number' ? data.userId : null,
      csrf:
        typeof data.csrf === 'string' && data.csrf.length === 40
          ? data.csrf
          : randomBytes(20).toString('hex'),
      flash: data.flash && typeof data.flash === 'object' ? data.flash : {},
      errors: data.errors && typeof data.errors === 'object' ? data.errors : null,
    }
    this.changed = data.csrf !== this.data.csrf
  }

  get userId() {
    return this.data.userId
  }

  get csrfToken() {
    return this.data.csrf
  }

  /** @param {number | null} userId */
  signIn(userId) {
    // A new identity gets a new CSRF token, as Laravel regenerates the session on login.
    this.data = { userId, csrf: randomBytes(20).toString('hex'), flash: {}, errors: null }
    this.changed = true
  }

  /** @param {'success' | 'error'} kind @param {string} message */
  flash(kind, message) {
    this.data.flash = { ...this.data.flash, [kind]: message }
    this.changed = true
  }

  /** Returns the flash messages and forgets them (read once). */
  takeFlash() {
    const flash = this.data.flash
    if (Object.keys(flash).length > 0) {
      this.data.flash = {}
      this.changed = true
    }
    return { success: flash.success ?? null, error: flash.error ?? null }
  }

  /** @param {Record<string, string>} errors */
  flashErrors(errors) {
    this.data.errors = errors
    this.changed = true
  }

  /** Returns the validation errors of the previous request and forgets them. */
  takeErrors() {
    const errors = this.data.errors ?? {}
    if (this.data.errors) {
      this.data.errors = null
      this.changed = true
    }
    return errors
  }
}

/** @param {string} value */
function safeDecode(value) {
  try {
    return decodeURIComponent(value)
  } catch {
    // Not URI-encoded after all: compare it as sent.
    return value
  }
}

/**
 * Adds `request.session`, the cookie round trip and the CSRF check to the app.
 * @param {import('fastify').FastifyInstance} app
 * @param {{ isCsrfExempt: (url: string) => boolean }} options
 */
export function installSession(app, { isCsrfExempt }) {
  app.decorateRequest('session', null)

  app.addHook('onRequest', async (request) => {
    /** @type {Partial<SessionData>} */
    let data = {}
    const raw = request.cookies[SESSION_COOKIE]
    if (raw) {
      const unsigned = request.unsignCookie(raw)
      if (unsigned.valid && unsigned.value) {
        try {
          data = JSON.parse(Buffer.from(unsigned.value, 'base64url').toString('utf8'))
        } catch {
          // A cookie we cannot read is treated like no cookie: the visitor starts a fresh session.
          data = {}
        }
      }
    }
    request.session = new Session(data)
  })

  app.addHook('preHandler', async (request, reply) => {
    if (SAFE_METHODS.has(request.method) || isCsrfExempt(request.url)) return
    const body = /** @type {Record<string, unknown> | undefined} */ (request.body)
    const sent =
      request.headers['x-xsrf-token'] ??
      request.headers['x-csrf-token'] ??
      (body && typeof body === 'object' && typeof body._token === 'string'
        ? body._token
        : undefined)
    const expected = Buffer.from(request.session.csrfToken)
    const given = Buffer.from(typeof sent === 'string' ? safeDecode(sent) : '')
    if (given.length === expected.length && timingSafeEqual(given, expected)) return
    reply.code(419)
    if (wantsJson(request)) return reply.send({ message: 'CSRF token mismatch.' })
    return reply
      .type('text/html; charset=utf-8')
      .send(
        `<!doctype html><title>Page Expired</title><h1>419 | ${escapeHtml('Page Expired')}</h1>`,
      )
  })

  app.addHook('onSend', async (request, reply, payload) => {
    const session = request.session
    if (!session) return payload
    if (session.changed) {
      const value = Buffer.from(JSON.stringify(session.data)).toString('base64url')
      reply.setCookie(SESSION_COOKIE, value, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        signed: true,
      })
    }
    if (request.cookies[XSRF_COOKIE] !== session.csrfToken) {
      // Readable by scripts on purpose: axios copies it into the X-XSRF-TOKEN header.
      reply.setCookie(XSRF_COOKIE, session.csrfToken, {
        path: '/',
        httpOnly: false,
        sameSite: 'lax',
      })
    }
    return payload
  })
}
