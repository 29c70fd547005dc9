// Staff ticket routes of contract §4.2 (agent) and §4.3 (admin): the same list, page and mutations under
// `/support/agent/tickets` and `/support/admin/tickets`, with each area's page names and extra props.
import { actorFor, requireAdmin, requireStaff } from '../auth.mjs'
import { PRIORITIES, STATUSES } from '../domain/enums.mjs'
import {
  addReply,
  applyMacro,
  assignTicket,
  changeStatus,
  deleteTicket,
  setDepartment,
  setPriority,
  snoozeTicket,
  splitTicket,
  syncTags,
  toggleFollow,
  unsnoozeTicket,
} from '../domain/ticket-commands.mjs'
import {
  agentOptions,
  hydrateTickets,
  listTickets,
  ticketDetail,
  ticketOptions,
} from '../domain/ticket-queries.mjs'
import { presentCannedResponse, presentMacro, presentSavedView } from '../domain/present.mjs'
import {
  HttpError,
  ValidationError,
  backUrl,
  fail,
  readForm,
  readQuery,
  redirect,
  wantsJson,
} from '../http.mjs'
import { model, paginate } from '../serializers.mjs'
import { actionsFor } from '../ticket-actions.mjs'
import { validate, exists } from '../validation.mjs'
import { checkAttachments, loadTicket } from './support.mjs'

const STATUS_VALUES = Object.keys(STATUSES).join(',')
const BULK_ACTIONS = 'status,priority,assign,tags,department,delete'
const PRESENCE_WINDOW_MS = 2 * 60_000

/**
 * @typedef {import('./support.mjs').RouteContext} RouteContext
 * @typedef {import('../auth.mjs').User} User
 * @typedef {{ request: import('fastify').FastifyRequest, reply: import('fastify').FastifyReply, user: User,
 *   actor: import('../domain/ticket-commands.mjs').Actor, ticket: Record<string, any>, fields: Record<string, unknown>,
 *   files: import('../http.mjs').UploadedFile[] }} MutationInput
 * @typedef {string | { error: string } | { redirect: string, message: string }} MutationResult
 */

/**
 * @param {import('fastify').FastifyInstance} app
 * @param {RouteContext} ctx
 * @param {'agent' | 'admin'} area
 */
export function registerStaffTicketRoutes(app, ctx, area) {
  const base = `${ctx.prefix}/${area}/tickets`
  const guard = area === 'admin' ? requireAdmin : requireStaff
  const showUrl = (/** @type {string} */ reference) => `${base}/${encodeURIComponent(reference)}`
  const now = () => ctx.clock().getTime()
  // The macros a user may run: shared ones and their own, in the admin's order.
  const macrosFor = (/** @type {number} */ userId) =>
    model(
      ctx.db
        .all('SELECT * FROM macros WHERE is_shared = 1 OR created_by = ? ORDER BY "order", id', [
          userId,
        ])
        .map(presentMacro),
    )

  app.get(base, async (request, reply) => {
    const user = guard(request, ctx.db)
    const query = readQuery(request)
    const { rows, total, page, perPage } = listTickets(ctx.db, query, {
      userId: user.id,
      now: now(),
    })
    const tickets = paginate({
      items: hydrateTickets(ctx.db, rows, { now: now() }),
      total,
      page,
      perPage,
      path: base,
      query,
    })
    // Beyond stock L and A, which send no macros here: this is what a host adds for bulk macros.
    const props = {
      tickets,
      filters: query,
      ...ticketOptions(ctx.db),
      macros: () => macrosFor(user.id),
    }
    if (area === 'agent') return reply.inertia('Escalated/Agent/TicketIndex', props)
    return reply.inertia('Escalated/Admin/Tickets/Index', {
      ...props,
      agents: agentOptions(ctx.db),
      savedViews: () =>
        model(
          ctx.db
            .all(
              'SELECT * FROM saved_views WHERE user_id = ? OR is_shared = 1 ORDER BY position, id',
              [user.id],
            )
            .map(presentSavedView),
        ),
    })
  })

  app.get(`${base}/:ticket`, async (request, reply) => {
    const user = guard(request, ctx.db)
    const row = loadTicket(ctx, /** @type {{ ticket: string }} */ (request.params).ticket)
    const detail = ticketDetail(ctx.db, row, { audience: 'staff', now: now(), prefix: ctx.prefix })
    const props = {
      ticket: () => model(detail),
      ...ticketOptions(ctx.db),
      cannedResponses: () =>
        model(
          ctx.db
            .all(
              'SELECT * FROM canned_responses WHERE is_shared = 1 OR created_by = ? ORDER BY title',
              [user.id],
            )
            .map(presentCannedResponse),
        ),
      macros: () => macrosFor(user.id),
      is_following: () =>
        Boolean(
          ctx.db.get('SELECT 1 AS yes FROM ticket_followers WHERE ticket_id = ? AND user_id = ?', [
            row.id,
            user.id,
          ]),
        ),
      followers_count: () =>
        Number(
          ctx.db.get('SELECT COUNT(*) AS n FROM ticket_followers WHERE ticket_id = ?', [row.id])
            ?.n ?? 0,
        ),
    }
    if (area === 'agent') {
      return reply.inertia('Escalated/Agent/TicketShow', {
        ...props,
        customActions: () => actionsFor({ ticket: row, user }, ctx.prefix),
      })
    }
    return reply.inertia('Escalated/Admin/Tickets/Show', {
      ...props,
      agents: agentOptions(ctx.db),
      is_snoozed: detail.is_snoozed,
    })
  })

  /**
   * A ticket mutation: guard, load, read the body, run, then flash + redirect back (or JSON).
   * @param {'post' | 'put'} method
   * @param {string} path
   * @param {(input: MutationInput) => MutationResult | Promise<MutationResult>} handler
   */
  const mutation = (method, path, handler) =>
    app[method](`${base}/:ticket${path}`, async (request, reply) => {
      const user = guard(request, ctx.db)
      const ticket = loadTicket(ctx, /** @type {{ ticket: string }} */ (request.params).ticket)
      const { fields, files } = await readForm(request)
      const result = await handler({
        request,
        reply,
        user,
        actor: actorFor(user),
        ticket,
        fields,
        files,
      })
      if (typeof result === 'object' && 'error' in result) {
        if (wantsJson(request)) return reply.code(422).send({ message: result.error })
        request.session.flash('error', result.error)
        return redirect(reply, backUrl(request, showUrl(ticket.reference)))
      }
      const message = typeof result === 'string' ? result : result.message
      if (wantsJson(request)) return { message }
      request.session.flash('success', message)
      return redirect(
        reply,
        typeof result === 'string' ? backUrl(request, showUrl(ticket.reference)) : result.redirect,
      )
    })

  mutation('put', '', ({ ticket, fields }) => {
    const input = validate(fields, {
      subject: ['required', 'string', 'max:255'],
      description: ['required', 'string', 'max:65535'],
    })
    ctx.db.run('UPDATE tickets SET subject = ?, description = ?, updated_at = ? WHERE id = ?', [
      String(input.subject),
      String(input.description),
      ctx.clock().toISOString(),
      ticket.id,
    ])
    return 'Ticket updated.'
  })

  mutation('post', '/reply', ({ ticket, actor, fields, files }) => {
    const input = validate(fields, { body: ['required', 'string', 'max:65535'] })
    checkAttachments(files)
    addReply(ctx, ticket, { body: String(input.body), actor, files })
    return 'Reply sent.'
  })

  mutation('post', '/note', ({ ticket, actor, fields, files }) => {
    const input = validate(fields, { body: ['required', 'string', 'max:65535'] })
    checkAttachments(files)
    addReply(ctx, ticket, { body: String(input.body), actor, isNote: true, files })
    return 'Note added.'
  })

  mutation('post', '/assign', ({ ticket, actor, fields }) => {
    const input = validate(fields, {
      agent_id: ['required', 'integer', exists(ctx.db, 'users', '(is_agent = 1 OR is_admin = 1)')],
    })
    assignTicket(ctx, ticket, Number(input.agent_id), actor)
    return 'Ticket assigned.'
  })

  mutation('post', '/status', ({ ticket, actor, fields }) => {
    const input = validate(fields, { status: ['required', 'string', `in:${STATUS_VALUES}`] })
    changeStatus(ctx, ticket, String(input.status), actor)
    return 'Status updated.'
  })

  mutation('post', '/priority', ({ ticket, actor, fields }) => {
    const input = validate(fields, {
      priority: ['required', 'string', `in:${PRIORITIES.join(',')}`],
    })
    setPriority(ctx, ticket, String(input.priority), actor)
    return 'Priority updated.'
  })

  mutation('post', '/tags', ({ ticket, actor, fields }) => {
    const input = validate(fields, {
      tag_ids: ['nullable', 'array'],
      'tag_ids.*': ['integer', exists(ctx.db, 'tags')],
    })
    syncTags(ctx, ticket, /** @type {number[]} */ (input.tag_ids ?? []), actor)
    return 'Tags updated.'
  })

  mutation('post', '/department', ({ ticket, actor, fields }) => {
    const input = validate(fields, {
      department_id: ['required', 'integer', exists(ctx.db, 'departments')],
    })
    setDepartment(ctx, ticket, Number(input.department_id), actor)
    return 'Department updated.'
  })

  mutation('post', '/macro', ({ ticket, actor, fields }) => {
    const input = validate(fields, { macro_id: ['required', 'integer', exists(ctx.db, 'macros')] })
    const macro = /** @type {Record<string, any>} */ (
      ctx.db.get('SELECT * FROM macros WHERE id = ?', [input.macro_id])
    )
    applyMacro(ctx, ticket, macro, actor)
    return `Macro "${macro.name}" applied.`
  })

  mutation('post', '/follow', ({ ticket, user }) =>
    toggleFollow(ctx, ticket, user.id) ? 'Following ticket.' : 'Unfollowed ticket.',
  )

  mutation('post', '/replies/:reply/pin', ({ request, ticket }) => {
    const replyId = Number(/** @type {{ reply: string }} */ (request.params).reply)
    const target = ctx.db.get(
      'SELECT * FROM replies WHERE id = ? AND ticket_id = ? AND deleted_at IS NULL',
      [Number.isInteger(replyId) ? replyId : -1, ticket.id],
    )
    if (!target) throw new HttpError(404, 'Reply not found.')
    if (target.is_internal_note !== 1) return { error: 'Only internal notes can be pinned.' }
    const pinned = target.is_pinned !== 1
    ctx.db.run('UPDATE replies SET is_pinned = ?, updated_at = ? WHERE id = ?', [
      pinned,
      ctx.clock().toISOString(),
      target.id,
    ])
    return pinned ? 'Note pinned.' : 'Note unpinned.'
  })

  mutation('post', '/snooze', ({ ticket, actor, fields }) => {
    const input = validate(fields, {
      snoozed_until: [
        'required',
        'date',
        (value, attr) =>
          Date.parse(String(value)) > now() ? null : `The ${attr} field must be a date after now.`,
      ],
    })
    snoozeTicket(ctx, ticket, String(input.snoozed_until), actor)
    return 'Ticket snoozed.'
  })

  mutation('post', '/unsnooze', ({ ticket, actor }) => {
    if (ticket.snoozed_until === null) return { error: 'This ticket is not snoozed.' }
    unsnoozeTicket(ctx, ticket, actor)
    return 'Ticket unsnoozed.'
  })

  mutation('post', '/split', ({ ticket, actor, fields }) => {
    const input = validate(fields, {
      reply_id: ['required', 'integer'],
      subject: ['nullable', 'string', 'max:255'],
    })
    const source = ctx.db.get(
      'SELECT * FROM replies WHERE id = ? AND ticket_id = ? AND deleted_at IS NULL',
      [input.reply_id, ticket.id],
    )
    if (!source) fail('reply_id', 'The selected reply id is invalid.')
    const created = splitTicket(
      ctx,
      ticket,
      source,
      input.subject === null ? null : String(input.subject),
      actor,
    )
    return {
      message: `Ticket split into ${created.reference}.`,
      redirect: showUrl(created.reference),
    }
  })

  // Presence answers JSON on every backend: who else looked at this ticket in the last two minutes.
  app.post(`${base}/:ticket/presence`, async (request) => {
    const user = guard(request, ctx.db)
    const ticket = loadTicket(ctx, /** @type {{ ticket: string }} */ (request.params).ticket)
    const at = ctx.clock()
    ctx.db.run(
      'INSERT INTO presence (ticket_id, user_id, seen_at) VALUES (?, ?, ?) ON CONFLICT (ticket_id, user_id) DO UPDATE SET seen_at = excluded.seen_at',
      [ticket.id, user.id, at.toISOString()],
    )
    const viewers = ctx.db.all(
      'SELECT u.id, u.name FROM presence p JOIN users u ON u.id = p.user_id WHERE p.ticket_id = ? AND p.user_id != ? AND p.seen_at >= ? ORDER BY u.name',
      [ticket.id, user.id, new Date(at.getTime() - PRESENCE_WINDOW_MS).toISOString()],
    )
    return { viewers }
  })

  app.post(`${base}/bulk`, async (request, reply) => {
    const user = guard(request, ctx.db)
    const { fields } = await readForm(request)
    const input = validate(fields, {
      ticket_ids: ['required', 'array'],
      'ticket_ids.*': ['integer'],
      action: ['required', 'string', `in:${BULK_ACTIONS}`],
      value: fields.action === 'delete' ? ['nullable'] : ['required'],
    })
    const actor = actorFor(user)
    let updated = 0
    for (const id of /** @type {number[]} */ (input.ticket_ids)) {
      const ticket = ctx.db.get('SELECT * FROM tickets WHERE id = ? AND deleted_at IS NULL', [id])
      if (!ticket) continue
      if (bulkApply(ctx, ticket, String(input.action), input.value, actor)) updated++
    }
    const message = `${updated} ticket(s) updated.`
    if (wantsJson(request)) return { message, updated }
    request.session.flash('success', message)
    return redirect(reply, backUrl(request, base))
  })
}

/**
 * One bulk action on one ticket; failures are skipped silently, as on Laravel (returns whether it applied).
 * @param {RouteContext} ctx
 * @param {Record<string, any>} ticket
 * @param {string} action
 * @param {unknown} value
 * @param {import('../domain/ticket-commands.mjs').Actor} actor
 */
function bulkApply(ctx, ticket, action, value, actor) {
  const id = Number(value)
  try {
    switch (action) {
      case 'status':
        changeStatus(ctx, ticket, String(value), actor)
        return true
      case 'priority':
        if (!PRIORITIES.includes(String(value))) return false
        setPriority(ctx, ticket, String(value), actor)
        return true
      case 'assign':
        if (
          !ctx.db.get(
            'SELECT 1 AS yes FROM users WHERE id = ? AND (is_agent = 1 OR is_admin = 1)',
            [id],
          )
        )
          return false
        assignTicket(ctx, ticket, id, actor)
        return true
      case 'department':
        if (!ctx.db.get('SELECT 1 AS yes FROM departments WHERE id = ?', [id])) return false
        setDepartment(ctx, ticket, id, actor)
        return true
      case 'tags': {
        const tagIds = (Array.isArray(value) ? value : [value])
          .map(Number)
          .filter((tagId) => ctx.db.get('SELECT 1 AS yes FROM tags WHERE id = ?', [tagId]))
        const current = ctx.db
          .all('SELECT tag_id FROM ticket_tag WHERE ticket_id = ?', [ticket.id])
          .map((row) => Number(row.tag_id))
        syncTags(ctx, ticket, [...current, ...tagIds], actor)
        return true
      }
      case 'delete':
        deleteTicket(ctx, ticket, actor)
        return true
      default:
        return false
    }
  } catch (error) {
    // An invalid transition for one ticket must not stop the batch; other errors are real bugs.
    if (error instanceof ValidationError) return false
    throw error
  }
}
