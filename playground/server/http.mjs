// Request/response helpers shared by every route: errors, content negotiation, form bodies, redirects.

/** An error with an HTTP status; the error handler renders it as JSON or a small HTML page. */
export class HttpError extends Error {
  /**
   * @param {number} status
   * @param {string} message
   * @param {Record<string, string>} [headers]
   * @param {Record<string, unknown>} [body] extra JSON fields
   */
  constructor(status, message, headers = {}, body = {}) {
    super(message)
    this.status = status
    this.headers = headers
    this.body = body
  }
}

/** Laravel-style validation failure: field → messages. */
export class ValidationError extends Error {
  /** @param {Record<string, string[]>} errors */
  constructor(errors) {
    const messages = Object.values(errors).flat()
    const extra = messages.length - 1
    super(
      extra > 0
        ? `${messages[0]} (and ${extra} more error${extra === 1 ? '' : 's'})`
        : (messages[0] ?? 'The given data was invalid.'),
    )
    this.errors = errors
  }
}

/**
 * Throws a one-field validation error.
 * @param {string} field
 * @param {string} message
 * @returns {never}
 */
export function fail(field, message) {
  throw new ValidationError({ [field]: [message] })
}

/**
 * Whether the client wants JSON rather than an Inertia page or HTML (Laravel's `expectsJson`, minus Inertia).
 * @param {import('fastify').FastifyRequest} request
 */
export function wantsJson(request) {
  if (request.headers['x-inertia']) return false
  return String(request.headers.accept ?? '').includes('application/json')
}

/**
 * Whether this is an Inertia visit.
 * @param {import('fastify').FastifyRequest} request
 */
export function isInertia(request) {
  return request.headers['x-inertia'] === 'true'
}

/**
 * Rebuilds nested fields from bracket keys (`tag_ids[]`, `tag_ids[0]`, `payload[note]`), the way PHP reads
 * form bodies and query strings; JSON bodies pass through.
 * @param {Record<string, unknown>} flat
 * @returns {Record<string, unknown>}
 */
export function nestFields(flat) {
  /** @type {Record<string, unknown>} */
  const out = {}
  for (const [rawKey, value] of Object.entries(flat)) {
    const match = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(rawKey)
    if (!match || !match[2]) {
      out[rawKey] = value
      continue
    }
    const path = [...match[2].matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1])
    /** @type {Record<string, unknown>} */
    let target = out
    let key = match[1]
    for (const segment of path) {
      const isIndex = segment === '' || /^\d+$/.test(segment)
      if (target[key] === undefined || typeof target[key] !== 'object')
        target[key] = isIndex ? [] : {}
      target = target[key]
      key =
        segment === ''
          ? String(Array.isArray(target) ? target.length : Object.keys(target).length)
          : segment
    }
    const values = Array.isArray(value) ? value : [value]
    if (Array.isArray(target) && path[path.length - 1] === '') target.push(...values)
    else target[key] = value
  }
  return out
}

/**
 * @typedef {object} UploadedFile
 * @property {string} field
 * @property {string} filename
 * @property {string} mimetype
 * @property {Buffer} buffer
 */

/**
 * Reads a request body of any supported type (JSON, urlencoded, multipart) into fields plus files.
 * @param {import('fastify').FastifyRequest} request
 * @returns {Promise<{ fields: Record<string, unknown>, files: UploadedFile[] }>}
 */
export async function readForm(request) {
  if (typeof request.isMultipart === 'function' && request.isMultipart()) {
    /** @type {Record<string, unknown>} */
    const flat = {}
    /** @type {UploadedFile[]} */
    const files = []
    try {
      for await (const part of request.parts()) {
        if (part.type === 'file') {
          const buffer = await part.toBuffer()
          if (part.filename)
            files.push({
              field: part.fieldname,
              filename: part.filename,
              mimetype: part.mimetype,
              buffer,
            })
        } else {
          const existing = flat[part.fieldname]
          const value = String(part.value)
          flat[part.fieldname] =
            existing === undefined
              ? value
              : Array.isArray(existing)
                ? [...existing, value]
                : [existing, value]
        }
      }
    } catch (error) {
      const code = /** @type {{ code?: string }} */ (error).code ?? ''
      if (code.startsWith('FST_'))
        fail(
          'attachments',
          'The attachments could not be uploaded (each file must be at most 10 MB, 10 files at most).',
        )
      throw error
    }
    return { fields: nestFields(flat), files }
  }
  const body = request.body
  if (body === undefined || body === null || body === '') return { fields: {}, files: [] }
  if (typeof body !== 'object' || Array.isArray(body))
    throw new HttpError(400, 'The request body must be an object.')
  return { fields: nestFields(/** @type {Record<string, unknown>} */ (body)), files: [] }
}

/**
 * The query string with bracket keys nested (`tag_ids[]=1` → `tag_ids: ['1']`).
 * @param {import('fastify').FastifyRequest} request
 * @returns {Record<string, string | string[]>}
 */
export function readQuery(request) {
  const raw = /** @type {Record<string, unknown>} */ (request.query ?? {})
  const nested = nestFields(raw)
  /** @type {Record<string, string | string[]>} */
  const out = {}
  for (const [key, value] of Object.entries(nested)) {
    if (Array.isArray(value)) out[key] = value.map(String)
    else if (value !== null && typeof value === 'object')
      out[key] = Object.values(value).map(String)
    else out[key] = String(value ?? '')
  }
  return out
}

/**
 * The page to go back to: the Referer when it is this site, else the fallback (Laravel's `back()`).
 * @param {import('fastify').FastifyRequest} request
 * @param {string} fallback
 */
export function backUrl(request, fallback) {
  const referer = request.headers.referer
  if (!referer) return fallback
  try {
    const url = new URL(referer)
    // Normalise both sides through URL so `localhost:80` and `localhost` compare equal.
    if (url.host !== new URL(`${url.protocol}//${request.headers.host}`).host) return fallback
    return url.pathname + url.search
  } catch {
    return fallback
  }
}

/**
 * Redirects with 303 so the browser (and Inertia) follows with a GET whatever the request method was.
 * @param {import('fastify').FastifyReply} reply
 * @param {string} url
 */
export function redirect(reply, url) {
  return reply.redirect(url, 303)
}

/**
 * Escapes text for HTML element content and attribute values.
 * @param {unknown} value
 */
export function escapeHtml(value) {
  return String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}
