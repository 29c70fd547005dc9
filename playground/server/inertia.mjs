// The Inertia server adapter (protocol v2) for Fastify. No maintained Fastify adapter exists, so it is this
// one small file: page objects as HTML or JSON, asset versioning, partial reloads, lazy props, 303s.
import { escapeHtml } from './http.mjs'

/** Props that partial reloads always carry (inertia-laravel shares `errors` as an "always" prop). */
const ALWAYS = new Set(['errors'])

class OptionalProp {
  /** @param {() => unknown} resolve */
  constructor(resolve) {
    this.resolve = resolve
  }
}

/**
 * A prop left out of normal visits and computed only when a partial reload asks for it (`Inertia::optional`).
 * @param {() => unknown} resolve
 */
export function optional(resolve) {
  return new OptionalProp(resolve)
}

/**
 * @typedef {object} InertiaOptions
 * @property {() => string} version current asset version
 * @property {(page: Record<string, unknown>) => string} renderHtml the first-visit document around the page object
 * @property {(request: import('fastify').FastifyRequest) => Record<string, unknown>} sharedProps props on every page; functions are lazy
 * @property {(props: Record<string, unknown>) => unknown} serialize the casing layer
 */

/** @param {unknown} header */
const list = (header) =>
  typeof header === 'string' && header !== ''
    ? header
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : []

/**
 * Escapes the page JSON for a double-quoted HTML attribute.
 * @param {Record<string, unknown>} page
 */
export function pageAttribute(page) {
  return escapeHtml(JSON.stringify(page))
}

/**
 * Adds `reply.inertia(component, props)` and the protocol hooks to the app.
 * @param {import('fastify').FastifyInstance} app
 * @param {InertiaOptions} options
 */
export function installInertia(app, options) {
  // A stale client gets 409 + X-Inertia-Location and reloads the whole page with the new assets.
  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'GET' || request.headers['x-inertia'] !== 'true') return
    const clientVersion = request.headers['x-inertia-version']
    if (clientVersion !== undefined && clientVersion !== options.version()) {
      return reply.code(409).header('X-Inertia-Location', request.url).send('')
    }
  })

  // Inertia follows a 302 after PUT/PATCH/DELETE with the same method; 303 makes it a GET.
  app.addHook('onSend', async (request, reply, payload) => {
    if (
      request.headers['x-inertia'] === 'true' &&
      reply.statusCode === 302 &&
      ['PUT', 'PATCH', 'DELETE'].includes(request.method)
    ) {
      reply.code(303)
    }
    return payload
  })

  app.decorateReply(
    'inertia',
    /**
     * @this {import('fastify').FastifyReply}
     * @param {string} component
     * @param {Record<string, unknown>} [props]
     */
    async function inertia(component, props = {}) {
      const request = this.request
      /** @type {Record<string, unknown>} */
      const all = { ...options.sharedProps(request), ...props }
      const partial = request.headers['x-inertia-partial-component'] === component
      const only = partial ? list(request.headers['x-inertia-partial-data']) : []
      const except = partial ? list(request.headers['x-inertia-partial-except']) : []

      /** @type {Record<string, unknown>} */
      const resolved = {}
      for (const [key, value] of Object.entries(all)) {
        if (partial) {
          if (only.length > 0 && !only.includes(key) && !ALWAYS.has(key)) continue
          if (except.includes(key) && !ALWAYS.has(key)) continue
        } else if (value instanceof OptionalProp) {
          continue
        }
        const lazy =
          value instanceof OptionalProp ? value.resolve : typeof value === 'function' ? value : null
        resolved[key] = lazy ? await lazy() : value
      }

      const page = {
        component,
        props: options.serialize(resolved),
        url: request.url,
        version: options.version(),
        clearHistory: false,
        encryptHistory: false,
      }
      this.header('Vary', 'X-Inertia')
      if (request.headers['x-inertia'] === 'true') {
        return this.header('X-Inertia', 'true').type('application/json; charset=utf-8').send(page)
      }
      return this.type('text/html; charset=utf-8').send(options.renderHtml(page))
    },
  )
}
