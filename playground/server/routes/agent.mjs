// Agent area: the dashboard (contract §1.3) and custom ticket actions (§5).
import { actorFor, requireStaff } from '../auth.mjs'
import { addReply } from '../domain/ticket-commands.mjs'
import { hydrateTickets } from '../domain/ticket-queries.mjs'
import { HttpError, backUrl, readForm, redirect, wantsJson } from '../http.mjs'
import { model } from '../serializers.mjs'
import { TICKET_ACTIONS, serializeAction } from '../ticket-actions.mjs'
import { validate } from '../validation.mjs'
import { loadTicket } from './support.mjs'

const ACTIVE = "status NOT IN ('resolved', 'closed') AND deleted_at IS NULL"

/**
 * @param {import('fastify').FastifyInstance} app
 * @param {import('./support.mjs').RouteContext} ctx
 */
export function registerAgentRoutes(app, ctx) {
  const { db } = ctx

  app.get(`${ctx.prefix}/agent`, async (request, reply) => {
    const user = requireStaff(request, db)
    const now = ctx.clock()
    const count = (
      /** @type {string} */ where,
      /** @type {Array<string | number>} */ params = [],
    ) => Number(db.get(`SELECT COUNT(*) AS n FROM tickets WHERE ${where}`, params)?.n ?? 0)
    const today = new Date(now)
    today.setHours(0, 0, 0, 0)
    const weekStart = new Date(today)
    weekStart.setDate(today.getDate() - ((today.getDay() + 6) % 7))
    const tickets = (
      /** @type {string} */ sql,
      /** @type {Array<string | number>} */ params = [],
    ) => model(hydrateTickets(db, db.all(sql, params), { now: now.getTime() }))

    return reply.inertia('Escalated/Agent/Dashboard', {
      stats: {
        open: count(ACTIVE),
        my_assigned: count(`${ACTIVE} AND assigned_to = ?`, [user.id]),
        unassigned: count(`${ACTIVE} AND assigned_to IS NULL`),
        sla_breached: count(
          `${ACTIVE} AND (sla_first_response_breached = 1 OR sla_resolution_breached = 1)`,
        ),
        resolved_today: count('resolved_at >= ? AND deleted_at IS NULL', [today.toISOString()]),
      },
      recentTickets: () =>
        tickets('SELECT * FROM tickets WHERE deleted_at IS NULL ORDER BY created_at DESC LIMIT 10'),
      needsAttention: () => ({
        sla_breaching: tickets(
          `SELECT * FROM tickets WHERE ${ACTIVE} AND (sla_first_response_breached = 1 OR sla_resolution_breached = 1 OR resolution_due_at < ?)
           ORDER BY resolution_due_at LIMIT 5`,
          [new Date(now.getTime() + 2 * 3_600_000).toISOString()],
        ),
        unassigned_urgent: tickets(
          `SELECT * FROM tickets WHERE ${ACTIVE} AND assigned_to IS NULL AND priority IN ('urgent', 'critical') ORDER BY created_at LIMIT 5`,
        ),
      }),
      myPerformance: () => ({
        resolved_this_week: count(
          `id IN (SELECT ticket_id FROM activities WHERE type = 'status_changed' AND causer_id = ? AND created_at >= ?
             AND json_extract(properties, '$.new_status') = 'resolved')`,
          [user.id, weekStart.toISOString()],
        ),
      }),
    })
  })

  app.post(`${ctx.prefix}/agent/tickets/:ticket/actions/:action`, async (request, reply) => {
    const user = requireStaff(request, db)
    const params = /** @type {{ ticket: string, action: string }} */ (request.params)
    const ticket = loadTicket(ctx, params.ticket)
    const config = TICKET_ACTIONS.find((action) => action.key === params.action)
    const action = config ? serializeAction(config, { ticket, user }, ctx.prefix) : null
    if (!action) throw new HttpError(404, 'Unknown ticket action.')
    if (action.disabled) throw new HttpError(403, 'This action is not available for this ticket.')
    const { fields } = await readForm(request)
    const input = validate(fields, { payload: ['nullable', 'object'] })

    db.transaction(() => {
      addReply(ctx, ticket, {
        body: `Custom action "${action.key}" was triggered by ${user.name}.`,
        actor: actorFor(user),
        isNote: true,
      })
      db.run(
        'INSERT INTO events (type, ticket_id, ticket_reference, action, user_id, user_name, payload, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
        [
          'TicketCustomActionTriggered',
          ticket.id,
          ticket.reference,
          action.key,
          user.id,
          user.name,
          JSON.stringify({ payload: input.payload ?? {}, metadata: action.metadata }),
          ctx.clock().toISOString(),
        ],
      )
    })

    const message = 'Custom action dispatched.'
    if (wantsJson(request)) return { message, action: action.key }
    request.session.flash('success', message)
    return redirect(
      reply,
      backUrl(request, `${ctx.prefix}/agent/tickets/${encodeURIComponent(ticket.reference)}`),
    )
  })
}
