// The embeddable widget's JSON API, Laravel column of contract §6.2 (plus the L+ guest access grant),
// under `/support/widget`. Cross-origin by design: CORS for any origin, no cookies, no CSRF.
import { randomBytes } from 'node:crypto'
import { STATUSES, statusColor, statusLabel } from './domain/enums.mjs'
import { createTicket } from './domain/ticket-commands.mjs'
import { UPLOAD_LIMITS } from './domain/uploads.mjs'
import { HttpError, readForm } from './http.mjs'
import { MAX_FILES, checkAttachments } from './routes/support.mjs'
import { exists, validate } from './validation.mjs'

const TICKETS_PER_HOUR = 10
const HOUR = 3_600_000
const GRANT_LIFETIME_MS = 30 * 24 * HOUR

/**
 * @param {import('fastify').FastifyInstance} app
 * @param {import('./routes/support.mjs').RouteContext} ctx
 */
export function registerWidgetApi(app, ctx) {
  const { db } = ctx
  const base = `${ctx.prefix}/widget`

  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith(`${base}/`)) return
    reply.header('Access-Control-Allow-Origin', '*')
    reply.header('Vary', 'Origin')
  })

  app.options(`${base}/*`, async (_request, reply) =>
    reply
      .code(204)
      .header('Access-Control-Allow-Methods', 'GET, POST, OPTIONS')
      .header(
        'Access-Control-Allow-Headers',
        'Content-Type, Accept, Authorization, X-Requested-With',
      )
      .header('Access-Control-Max-Age', '600')
      .send(),
  )

  app.get(`${base}/config`, async () => ({
    enabled: true,
    color: '#4F46E5',
    position: 'bottom-right',
    greeting: 'Hi! How can we help?',
    departments: db.all('SELECT id, name FROM departments WHERE is_active = 1 ORDER BY name'),
    kb_enabled: true,
    guest_tickets_enabled: true,
    guest_verification_required: false,
    // Not in Laravel's widget config: the playground opts in to files on widget tickets with its
    // settings' names for the limits, which the widget's Laravel adapter reads.
    max_attachments_per_reply: MAX_FILES,
    max_attachment_size_kb: UPLOAD_LIMITS.fileSize / 1024,
  }))

  app.get(`${base}/articles`, async (request) => {
    const query = /** @type {Record<string, unknown>} */ (request.query ?? {})
    const input = validate({ q: query.q }, { q: ['required', 'string', 'min:2', 'max:200'] })
    const like = `%${String(input.q).replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    const articles = db.all(
      `SELECT title, slug, excerpt FROM kb_articles WHERE status = 'published' AND (title LIKE ? ESCAPE '\\' OR body LIKE ? ESCAPE '\\')
       ORDER BY view_count DESC LIMIT 10`,
      [like, like],
    )
    return { articles }
  })

  app.get(`${base}/articles/:slug`, async (request) => {
    const slug = /** @type {{ slug: string }} */ (request.params).slug
    const article = db.get("SELECT * FROM kb_articles WHERE slug = ? AND status = 'published'", [
      slug,
    ])
    if (!article) throw new HttpError(404, 'Article not found.')
    const category =
      article.category_id === null
        ? undefined
        : db.get('SELECT id, name, slug FROM kb_categories WHERE id = ?', [article.category_id])
    return {
      title: article.title,
      slug: article.slug,
      body: article.body,
      category: category ?? null,
    }
  })

  app.post(`${base}/tickets`, async (request, reply) => {
    // JSON, or multipart when the visitor attached files.
    const { fields, files } = await readForm(request)
    const input = validate(fields, {
      name: ['required', 'string', 'max:255'],
      email: ['required', 'string', 'email', 'max:255'],
      subject: ['required', 'string', 'max:255'],
      description: ['required', 'string', 'max:65535'],
      department_id: ['nullable', 'integer', exists(db, 'departments', 'is_active = 1')],
    })
    checkAttachments(files)
    const email = String(input.email).trim().toLowerCase()
    const now = ctx.clock()

    // 10 tickets per hour per normalised email (the NestJS rule the docs present as the widget rule).
    const windowStart = new Date(now.getTime() - HOUR).toISOString()
    const recent = db.all(
      "SELECT created_at FROM tickets WHERE channel = 'widget' AND guest_email = ? AND created_at > ? ORDER BY created_at",
      [email, windowStart],
    )
    reply.header('X-RateLimit-Limit', String(TICKETS_PER_HOUR))
    if (recent.length >= TICKETS_PER_HOUR) {
      const oldest = Date.parse(String(recent[0]?.created_at))
      const retryAfter = Math.max(1, Math.ceil((oldest + HOUR - now.getTime()) / 1000))
      throw new HttpError(
        429,
        'Too many requests.',
        { 'Retry-After': String(retryAfter), 'X-RateLimit-Remaining': '0' },
        { retry_after: retryAfter },
      )
    }
    reply.header('X-RateLimit-Remaining', String(TICKETS_PER_HOUR - recent.length - 1))

    const ticket = createTicket(ctx, {
      requesterId: null,
      guest: { name: String(input.name), email },
      subject: String(input.subject),
      description: String(input.description),
      priority: 'medium',
      departmentId: typeof input.department_id === 'number' ? input.department_id : null,
      channel: 'widget',
      files,
      actor: { type: 'Guest', id: null, name: String(input.name), isStaff: false },
    })
    const token = randomBytes(32).toString('base64url')
    const expiresAt = new Date(now.getTime() + GRANT_LIFETIME_MS).toISOString()
    db.run(
      'INSERT INTO guest_access_tokens (ticket_id, token, expires_at, created_at) VALUES (?, ?, ?, ?)',
      [ticket.id, token, expiresAt, now.toISOString()],
    )
    return reply.code(201).send({
      message: 'Ticket created successfully.',
      reference: ticket.reference,
      guest_access_token: token,
      expires_at: expiresAt,
    })
  })

  app.get(`${base}/tickets/:reference`, async (request, reply) => {
    reply.header('Cache-Control', 'no-store').header('Referrer-Policy', 'no-referrer')
    const reference = /** @type {{ reference: string }} */ (request.params).reference
    const ticket = db.get(
      'SELECT * FROM tickets WHERE reference = ? AND requester_id IS NULL AND deleted_at IS NULL',
      [reference],
    )
    if (!ticket || !authorised(request, ticket)) throw new HttpError(404, 'Ticket not found.')
    const department =
      ticket.department_id === null
        ? undefined
        : db.get('SELECT id, name FROM departments WHERE id = ?', [ticket.department_id])
    const replies = db.all(
      `SELECT r.body, r.author_type, r.created_at, u.name AS user_name, (u.is_agent = 1 OR u.is_admin = 1) AS is_agent
       FROM replies r LEFT JOIN users u ON u.id = r.author_id
       WHERE r.ticket_id = ? AND r.is_internal_note = 0 AND r.deleted_at IS NULL ORDER BY r.created_at DESC, r.id DESC`,
      [ticket.id],
    )
    return {
      reference: ticket.reference,
      subject: ticket.subject,
      status: ticket.status,
      status_label: statusLabel(ticket.status),
      status_color: ticket.status in STATUSES ? statusColor(ticket.status) : null,
      created_at: ticket.created_at,
      department: department ?? null,
      replies: replies.map((row) => ({
        body: row.body,
        author: row.author_type === 'Guest' ? ticket.guest_name : row.user_name,
        is_agent: row.is_agent === 1,
        created_at: row.created_at,
      })),
    }
  })

  /**
   * A Bearer grant issued for this ticket (L+), or the legacy `?email=` of the guest (L before L+).
   * @param {import('fastify').FastifyRequest} request
   * @param {Record<string, any>} ticket
   */
  function authorised(request, ticket) {
    const header = request.headers.authorization ?? ''
    const bearer = /^Bearer\s+(\S+)$/i.exec(header)?.[1]
    if (bearer) {
      const grant = db.get(
        'SELECT expires_at FROM guest_access_tokens WHERE token = ? AND ticket_id = ?',
        [bearer, ticket.id],
      )
      return Boolean(grant && Date.parse(String(grant.expires_at)) > ctx.clock().getTime())
    }
    const email = /** @type {Record<string, unknown>} */ (request.query ?? {}).email
    return (
      typeof email === 'string' &&
      email.trim().toLowerCase() === String(ticket.guest_email ?? '').toLowerCase()
    )
  }
}
