// Customer area (contract §1.1, §4.1): a signed-in user's own tickets under `/support`.
import { actorFor, requireUser } from '../auth.mjs'
import { PRIORITIES } from '../domain/enums.mjs'
import { addReply, changeStatus, createTicket } from '../domain/ticket-commands.mjs'
import { hydrateTickets, listTickets, ticketDetail } from '../domain/ticket-queries.mjs'
import { HttpError, backUrl, readForm, readQuery, redirect } from '../http.mjs'
import { model, paginate } from '../serializers.mjs'
import { exists, validate } from '../validation.mjs'
import { checkAttachments, createFormProps, loadTicket, pick } from './support.mjs'

const FILTERS = [
  'status',
  'priority',
  'ticket_type',
  'search',
  'tag',
  'has_attachments',
  'created_after',
  'created_before',
  'sort_by',
  'sort_dir',
]
// Laravel's `allow_customer_close` setting, on by default.
const ALLOW_CUSTOMER_CLOSE = true

/**
 * @param {import('fastify').FastifyInstance} app
 * @param {import('./support.mjs').RouteContext} ctx
 */
export function registerCustomerRoutes(app, ctx) {
  const { db, prefix } = ctx
  const showUrl = (/** @type {string} */ reference) => `${prefix}/${encodeURIComponent(reference)}`
  const now = () => ctx.clock().getTime()

  /** The ticket in the URL when it belongs to the signed-in customer. */
  const ownTicket = (/** @type {import('fastify').FastifyRequest} */ request) => {
    const user = requireUser(request, db)
    const ticket = loadTicket(ctx, /** @type {{ ticket: string }} */ (request.params).ticket)
    if (ticket.requester_id !== user.id) throw new HttpError(403, 'This action is unauthorized.')
    return { user, ticket }
  }
  /** Flash + redirect back to the ticket. */
  const back = (
    /** @type {import('fastify').FastifyRequest} */ request,
    /** @type {import('fastify').FastifyReply} */ reply,
    /** @type {string} */ reference,
    /** @type {'success' | 'error'} */ kind,
    /** @type {string} */ message,
  ) => {
    request.session.flash(kind, message)
    return redirect(reply, backUrl(request, showUrl(reference)))
  }

  app.get(prefix, async (request, reply) => {
    const user = requireUser(request, db)
    const query = readQuery(request)
    const { rows, total, page, perPage } = listTickets(db, query, {
      requesterId: user.id,
      userId: user.id,
      now: now(),
    })
    return reply.inertia('Escalated/Customer/Index', {
      tickets: paginate({
        items: hydrateTickets(db, rows, { now: now() }),
        total,
        page,
        perPage,
        path: prefix,
        query,
      }),
      filters: pick(query, FILTERS),
    })
  })

  app.get(`${prefix}/create`, async (request, reply) => {
    requireUser(request, db)
    return reply.inertia('Escalated/Customer/Create', createFormProps(ctx))
  })

  app.post(prefix, async (request, reply) => {
    const user = requireUser(request, db)
    const { fields, files } = await readForm(request)
    const input = validate(fields, {
      subject: ['required', 'string', 'max:255'],
      description: ['required', 'string', 'max:65535'],
      priority: ['nullable', 'string', `in:${PRIORITIES.join(',')}`],
      department_id: ['nullable', 'integer', exists(db, 'departments', 'is_active = 1')],
    })
    checkAttachments(files)
    const ticket = createTicket(ctx, {
      requesterId: user.id,
      subject: String(input.subject),
      description: String(input.description),
      priority: typeof input.priority === 'string' ? input.priority : 'medium',
      departmentId: typeof input.department_id === 'number' ? input.department_id : null,
      channel: 'web',
      files,
      actor: actorFor(user),
    })
    request.session.flash('success', 'Ticket created successfully.')
    return redirect(reply, showUrl(ticket.reference))
  })

  app.get(`${prefix}/:ticket`, async (request, reply) => {
    const { ticket } = ownTicket(request)
    return reply.inertia('Escalated/Customer/Show', {
      ticket: () => model(ticketDetail(db, ticket, { audience: 'customer', now: now(), prefix })),
    })
  })

  app.post(`${prefix}/:ticket/reply`, async (request, reply) => {
    const { user, ticket } = ownTicket(request)
    const { fields, files } = await readForm(request)
    const input = validate(fields, { body: ['required', 'string', 'max:65535'] })
    checkAttachments(files)
    if (ticket.status === 'closed')
      return back(
        request,
        reply,
        ticket.reference,
        'error',
        'This ticket is closed. Reopen it to reply.',
      )
    addReply(ctx, ticket, { body: String(input.body), actor: actorFor(user), files })
    // The customer answered, so the ball is back with the agents.
    if (ticket.status === 'waiting_on_customer') changeStatus(ctx, ticket, 'open', actorFor(user))
    return back(request, reply, ticket.reference, 'success', 'Reply sent.')
  })

  app.post(`${prefix}/:ticket/close`, async (request, reply) => {
    const { user, ticket } = ownTicket(request)
    if (!ALLOW_CUSTOMER_CLOSE) throw new HttpError(403, 'Customers cannot close tickets.')
    if (ticket.status === 'closed')
      return back(request, reply, ticket.reference, 'error', 'This ticket is already closed.')
    changeStatus(ctx, ticket, 'closed', actorFor(user))
    return back(request, reply, ticket.reference, 'success', 'Ticket closed.')
  })

  app.post(`${prefix}/:ticket/reopen`, async (request, reply) => {
    const { user, ticket } = ownTicket(request)
    if (ticket.status !== 'resolved' && ticket.status !== 'closed') {
      return back(
        request,
        reply,
        ticket.reference,
        'error',
        'Only resolved or closed tickets can be reopened.',
      )
    }
    changeStatus(ctx, ticket, 'reopened', actorFor(user))
    return back(request, reply, ticket.reference, 'success', 'Ticket reopened.')
  })

  app.post(`${prefix}/:ticket/rate`, async (request, reply) => {
    const { user, ticket } = ownTicket(request)
    const input = validate((await readForm(request)).fields, {
      rating: ['required', 'integer', 'between:1,5'],
      comment: ['nullable', 'string', 'max:1000'],
    })
    const result = rateTicket(ctx, ticket, Number(input.rating), input.comment ?? null, {
      type: 'User',
      id: user.id,
    })
    return back(request, reply, ticket.reference, result.kind, result.message)
  })
}

/**
 * Stores a satisfaction rating once, for resolved or closed tickets only (Laravel and Adonis both refuse a
 * second rating with a flash error).
 * @param {import('./support.mjs').RouteContext} ctx
 * @param {Record<string, any>} ticket
 * @param {number} rating
 * @param {unknown} comment
 * @param {{ type: 'User' | 'Guest', id: number | null }} by
 * @returns {{ kind: 'success' | 'error', message: string }}
 */
export function rateTicket(ctx, ticket, rating, comment, by) {
  if (ticket.status !== 'resolved' && ticket.status !== 'closed')
    return { kind: 'error', message: 'You can only rate resolved or closed tickets.' }
  if (ctx.db.get('SELECT 1 AS yes FROM satisfaction_ratings WHERE ticket_id = ?', [ticket.id])) {
    return { kind: 'error', message: 'This ticket has already been rated.' }
  }
  ctx.db.run(
    'INSERT INTO satisfaction_ratings (ticket_id, rating, comment, rated_by_type, rated_by_id, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    [
      ticket.id,
      rating,
      typeof comment === 'string' ? comment : null,
      by.type,
      by.id,
      ctx.clock().toISOString(),
    ],
  )
  return { kind: 'success', message: 'Thank you for your feedback!' }
}
