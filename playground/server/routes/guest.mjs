// Guest tickets (contract §1.2, §4.1): no account, a 64-character token in the URL is the key.
import { PRIORITIES } from '../domain/enums.mjs'
import { addReply, createTicket } from '../domain/ticket-commands.mjs'
import { ticketDetail } from '../domain/ticket-queries.mjs'
import { HttpError, backUrl, readForm, redirect } from '../http.mjs'
import { model } from '../serializers.mjs'
import { exists, validate } from '../validation.mjs'
import { rateTicket } from './customer.mjs'
import { checkAttachments, createFormProps } from './support.mjs'

/**
 * @param {import('fastify').FastifyInstance} app
 * @param {import('./support.mjs').RouteContext} ctx
 */
export function registerGuestRoutes(app, ctx) {
  const { db, prefix } = ctx
  const base = `${prefix}/guest`
  const showUrl = (/** @type {string} */ token) => `${base}/${token}`

  /** The guest's ticket, found by its token. */
  const byToken = (/** @type {import('fastify').FastifyRequest} */ request) => {
    const token = /** @type {{ token: string }} */ (request.params).token
    const ticket = /^[A-Za-z0-9]{64}$/.test(token)
      ? db.get('SELECT * FROM tickets WHERE guest_token = ? AND deleted_at IS NULL', [token])
      : undefined
    if (!ticket) throw new HttpError(404, 'Ticket not found.')
    return ticket
  }
  /** The acting guest, named as on the ticket. */
  const guestActor = (/** @type {Record<string, any>} */ ticket) =>
    /** @type {const} */ ({
      type: 'Guest',
      id: null,
      name: String(ticket.guest_name ?? 'Guest'),
      isStaff: false,
    })

  app.get(`${base}/create`, async (_request, reply) =>
    reply.inertia('Escalated/Guest/Create', createFormProps(ctx)),
  )

  app.post(base, async (request, reply) => {
    const { fields, files } = await readForm(request)
    const input = validate(fields, {
      guest_name: ['required', 'string', 'max:255'],
      guest_email: ['required', 'string', 'email', 'max:255'],
      subject: ['required', 'string', 'max:255'],
      description: ['required', 'string', 'max:65535'],
      priority: ['nullable', 'string', `in:${PRIORITIES.join(',')}`],
      department_id: ['nullable', 'integer', exists(db, 'departments', 'is_active = 1')],
    })
    checkAttachments(files)
    const guest = { name: String(input.guest_name), email: String(input.guest_email) }
    const ticket = createTicket(ctx, {
      requesterId: null,
      guest,
      subject: String(input.subject),
      description: String(input.description),
      priority: typeof input.priority === 'string' ? input.priority : 'medium',
      departmentId: typeof input.department_id === 'number' ? input.department_id : null,
      channel: 'web',
      files,
      actor: { type: 'Guest', id: null, name: guest.name, isStaff: false },
    })
    request.session.flash('success', 'Ticket created. Save this link to check your ticket status.')
    return redirect(reply, showUrl(ticket.guest_token))
  })

  app.get(`${base}/:token`, async (request, reply) => {
    const ticket = byToken(request)
    return reply.inertia('Escalated/Guest/Show', {
      ticket: () =>
        model(ticketDetail(db, ticket, { audience: 'guest', now: ctx.clock().getTime(), prefix })),
      token: ticket.guest_token,
    })
  })

  app.post(`${base}/:token/reply`, async (request, reply) => {
    const ticket = byToken(request)
    const { fields, files } = await readForm(request)
    const input = validate(fields, { body: ['required', 'string', 'max:65535'] })
    checkAttachments(files)
    if (ticket.status === 'closed') {
      request.session.flash('error', 'This ticket is closed.')
    } else {
      addReply(ctx, ticket, { body: String(input.body), actor: guestActor(ticket), files })
      request.session.flash('success', 'Reply sent.')
    }
    return redirect(reply, backUrl(request, showUrl(ticket.guest_token)))
  })

  app.post(`${base}/:token/rate`, async (request, reply) => {
    const ticket = byToken(request)
    const input = validate((await readForm(request)).fields, {
      rating: ['required', 'integer', 'between:1,5'],
      comment: ['nullable', 'string', 'max:1000'],
    })
    const result = rateTicket(ctx, ticket, Number(input.rating), input.comment ?? null, {
      type: 'Guest',
      id: null,
    })
    request.session.flash(result.kind, result.message)
    return redirect(reply, backUrl(request, showUrl(ticket.guest_token)))
  })
}
