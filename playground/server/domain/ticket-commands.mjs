// Changing tickets. Every change writes the activity row escalated-laravel would, so the activity feed on
// the ticket page shows what really happened.
import { randomBytes } from 'node:crypto'
import { fail } from '../http.mjs'
import { canTransition, referenceFor, statusLabel } from './enums.mjs'
import { parseJson } from './present.mjs'
import { storeAttachments } from './uploads.mjs'

/** @typedef {Record<string, any>} Row */
/** @typedef {{ db: import('../db.mjs').Db, clock: () => Date, uploadsDir: string }} Ctx */
/**
 * Who did it: a signed-in user (staff or customer) or a guest.
 * @typedef {{ type: 'User', id: number, name: string, isStaff: boolean } | { type: 'Guest', id: null, name: string, isStaff: false }} Actor
 */

const HOUR = 3_600_000

/** @param {Ctx} ctx */
const nowIso = (ctx) => ctx.clock().toISOString()

/**
 * @param {Ctx} ctx
 * @param {number} ticketId
 * @param {Actor} actor
 * @param {string} type
 * @param {unknown} [properties]
 */
export function logActivity(ctx, ticketId, actor, type, properties = null) {
  ctx.db.run(
    'INSERT INTO activities (ticket_id, causer_type, causer_id, type, properties, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    [
      ticketId,
      actor.type,
      actor.id,
      type,
      properties === null ? null : JSON.stringify(properties),
      nowIso(ctx),
    ],
  )
}

/** @param {Ctx} ctx @param {number} ticketId */
const touch = (ctx, ticketId) =>
  ctx.db.run('UPDATE tickets SET updated_at = ? WHERE id = ?', [nowIso(ctx), ticketId])

/** An unguessable 64-character alphanumeric token (the guest link format of contract §3.4). */
export function newGuestToken() {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
  return [...randomBytes(64)].map((byte) => alphabet[byte % alphabet.length]).join('')
}

/**
 * Opens a ticket with its SLA due dates, reference and first activity.
 * @param {Ctx} ctx
 * @param {{ requesterId: number | null, guest?: { name: string, email: string }, subject: string, description: string,
 *   priority: string, departmentId: number | null, channel: string, ticketType?: string, files?: import('../http.mjs').UploadedFile[], actor: Actor }} input
 * @returns {Row}
 */
export function createTicket(ctx, input) {
  return ctx.db.transaction(() => {
    const now = ctx.clock()
    const policy = ctx.db.get('SELECT * FROM sla_policies WHERE priority = ? AND is_active = 1', [
      input.priority,
    ])
    const due = (/** @type {number | undefined} */ hours) =>
      hours === undefined ? null : new Date(now.getTime() + hours * HOUR).toISOString()
    const { lastInsertRowid: id } = ctx.db.run(
      `INSERT INTO tickets (requester_type, requester_id, guest_name, guest_email, guest_token, subject, description, status, priority,
         channel, department_id, sla_policy_id, first_response_due_at, resolution_due_at, created_at, updated_at, ticket_type)
       VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        input.requesterId === null ? null : 'User',
        input.requesterId,
        input.guest?.name ?? null,
        input.guest?.email ?? null,
        input.guest ? newGuestToken() : null,
        input.subject,
        input.description,
        input.priority,
        input.channel,
        input.departmentId,
        policy?.id ?? null,
        due(policy?.first_response_hours),
        due(policy?.resolution_hours),
        now.toISOString(),
        now.toISOString(),
        input.ticketType ?? 'question',
      ],
    )
    ctx.db.run('UPDATE tickets SET reference = ? WHERE id = ?', [referenceFor(id), id])
    logActivity(ctx, id, input.actor, 'status_changed', { new_status: 'open' })
    storeAttachments(ctx, input.files ?? [], 'Ticket', id)
    return /** @type {Row} */ (ctx.db.get('SELECT * FROM tickets WHERE id = ?', [id]))
  })
}

/**
 * Adds a public reply or an internal note. A staff member's first public reply stamps `first_response_at`.
 * @param {Ctx} ctx
 * @param {Row} ticket
 * @param {{ body: string, actor: Actor, isNote?: boolean, files?: import('../http.mjs').UploadedFile[] }} input
 * @returns {number} the reply id
 */
export function addReply(ctx, ticket, { body, actor, isNote = false, files = [] }) {
  return ctx.db.transaction(() => {
    const now = nowIso(ctx)
    const { lastInsertRowid: replyId } = ctx.db.run(
      `INSERT INTO replies (ticket_id, author_type, author_id, body, is_internal_note, is_pinned, type, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?)`,
      [ticket.id, actor.type, actor.id, body, isNote, isNote ? 'note' : 'reply', now, now],
    )
    storeAttachments(ctx, files, 'Reply', replyId)
    logActivity(ctx, ticket.id, actor, isNote ? 'note_added' : 'replied')
    if (actor.isStaff && !isNote && ticket.first_response_at === null) {
      ctx.db.run('UPDATE tickets SET first_response_at = ? WHERE id = ?', [now, ticket.id])
    }
    touch(ctx, ticket.id)
    return replyId
  })
}

/**
 * Moves a ticket along an allowed transition (contract §3.5); anything else is a field error on `status`.
 * @param {Ctx} ctx
 * @param {Row} ticket
 * @param {string} to
 * @param {Actor} actor
 */
export function changeStatus(ctx, ticket, to, actor) {
  if (!canTransition(ticket.status, to)) {
    fail(
      'status',
      `The ticket cannot move from ${statusLabel(ticket.status)} to ${statusLabel(to)}.`,
    )
  }
  const now = nowIso(ctx)
  ctx.db.transaction(() => {
    ctx.db.run(
      `UPDATE tickets SET status = ?, updated_at = ?,
         resolved_at = CASE WHEN ? = 'resolved' THEN ? WHEN ? = 'reopened' THEN NULL ELSE resolved_at END,
         closed_at = CASE WHEN ? = 'closed' THEN ? WHEN ? = 'reopened' THEN NULL ELSE closed_at END
       WHERE id = ?`,
      [to, now, to, now, to, to, now, to, ticket.id],
    )
    logActivity(ctx, ticket.id, actor, 'status_changed', {
      old_status: ticket.status,
      new_status: to,
    })
  })
}

/**
 * @param {Ctx} ctx
 * @param {Row} ticket
 * @param {number} agentId
 * @param {Actor} actor
 */
export function assignTicket(ctx, ticket, agentId, actor) {
  ctx.db.run('UPDATE tickets SET assigned_to = ?, updated_at = ? WHERE id = ?', [
    agentId,
    nowIso(ctx),
    ticket.id,
  ])
  logActivity(ctx, ticket.id, actor, 'assigned', { agent_id: agentId })
}

/**
 * @param {Ctx} ctx
 * @param {Row} ticket
 * @param {string} priority
 * @param {Actor} actor
 */
export function setPriority(ctx, ticket, priority, actor) {
  ctx.db.run('UPDATE tickets SET priority = ?, updated_at = ? WHERE id = ?', [
    priority,
    nowIso(ctx),
    ticket.id,
  ])
  logActivity(ctx, ticket.id, actor, 'priority_changed', {
    old_priority: ticket.priority,
    new_priority: priority,
  })
}

/**
 * Replaces the tag set; the server works out what was added and removed.
 * @param {Ctx} ctx
 * @param {Row} ticket
 * @param {number[]} tagIds the complete new set
 * @param {Actor} actor
 */
export function syncTags(ctx, ticket, tagIds, actor) {
  ctx.db.transaction(() => {
    const current = ctx.db
      .all('SELECT tag_id FROM ticket_tag WHERE ticket_id = ?', [ticket.id])
      .map((row) => Number(row.tag_id))
    const wanted = [...new Set(tagIds)]
    for (const tagId of wanted.filter((id) => !current.includes(id))) {
      ctx.db.run('INSERT INTO ticket_tag (ticket_id, tag_id) VALUES (?, ?)', [ticket.id, tagId])
      logActivity(ctx, ticket.id, actor, 'tag_added', { tag_id: tagId })
    }
    for (const tagId of current.filter((id) => !wanted.includes(id))) {
      ctx.db.run('DELETE FROM ticket_tag WHERE ticket_id = ? AND tag_id = ?', [ticket.id, tagId])
      logActivity(ctx, ticket.id, actor, 'tag_removed', { tag_id: tagId })
    }
    touch(ctx, ticket.id)
  })
}

/**
 * @param {Ctx} ctx
 * @param {Row} ticket
 * @param {number | null} departmentId
 * @param {Actor} actor
 */
export function setDepartment(ctx, ticket, departmentId, actor) {
  ctx.db.run('UPDATE tickets SET department_id = ?, updated_at = ? WHERE id = ?', [
    departmentId,
    nowIso(ctx),
    ticket.id,
  ])
  logActivity(ctx, ticket.id, actor, 'department_changed', {
    old_department_id: ticket.department_id,
    new_department_id: departmentId,
  })
}

/**
 * Follows or unfollows; returns whether the user now follows the ticket.
 * @param {Ctx} ctx
 * @param {Row} ticket
 * @param {number} userId
 */
export function toggleFollow(ctx, ticket, userId) {
  const following = ctx.db.get(
    'SELECT 1 AS yes FROM ticket_followers WHERE ticket_id = ? AND user_id = ?',
    [ticket.id, userId],
  )
  if (following) {
    ctx.db.run('DELETE FROM ticket_followers WHERE ticket_id = ? AND user_id = ?', [
      ticket.id,
      userId,
    ])
    return false
  }
  ctx.db.run('INSERT INTO ticket_followers (ticket_id, user_id, created_at) VALUES (?, ?, ?)', [
    ticket.id,
    userId,
    nowIso(ctx),
  ])
  return true
}

/**
 * @param {Ctx} ctx
 * @param {Row} ticket
 * @param {string} until ISO date in the future
 * @param {Actor} actor
 */
export function snoozeTicket(ctx, ticket, until, actor) {
  ctx.db.run(
    'UPDATE tickets SET snoozed_until = ?, snoozed_by = ?, status_before_snooze = status, updated_at = ? WHERE id = ?',
    [until, actor.id, nowIso(ctx), ticket.id],
  )
  logActivity(ctx, ticket.id, actor, 'snoozed', { snoozed_until: until })
}

/**
 * @param {Ctx} ctx
 * @param {Row} ticket
 * @param {Actor} actor
 */
export function unsnoozeTicket(ctx, ticket, actor) {
  ctx.db.run(
    'UPDATE tickets SET snoozed_until = NULL, snoozed_by = NULL, status_before_snooze = NULL, updated_at = ? WHERE id = ?',
    [nowIso(ctx), ticket.id],
  )
  logActivity(ctx, ticket.id, actor, 'unsnoozed')
}

/**
 * Splits a reply off into a new ticket for the same requester; returns the new ticket.
 * @param {Ctx} ctx
 * @param {Row} ticket
 * @param {Row} reply
 * @param {string | null} subject
 * @param {Actor} actor
 */
export function splitTicket(ctx, ticket, reply, subject, actor) {
  return ctx.db.transaction(() => {
    const created = createTicket(ctx, {
      requesterId: ticket.requester_id,
      guest:
        ticket.requester_id === null
          ? { name: ticket.guest_name, email: ticket.guest_email }
          : undefined,
      subject: subject ?? `Split from ${ticket.reference}: ${ticket.subject}`.slice(0, 255),
      description: reply.body,
      priority: ticket.priority,
      departmentId: ticket.department_id,
      channel: ticket.channel,
      ticketType: ticket.ticket_type,
      actor,
    })
    logActivity(ctx, ticket.id, actor, 'ticket_split', {
      reply_id: reply.id,
      new_ticket_id: created.id,
    })
    logActivity(ctx, created.id, actor, 'ticket_split', {
      reply_id: reply.id,
      source_ticket_id: ticket.id,
    })
    return created
  })
}

/**
 * Runs a macro's actions in order; actions that do not apply (a forbidden status move) are skipped,
 * the way escalated-laravel's macro service skips them.
 * @param {Ctx} ctx
 * @param {Row} ticket
 * @param {Row} macro
 * @param {Actor} actor
 */
export function applyMacro(ctx, ticket, macro, actor) {
  const actions = /** @type {Array<{ type: string, value: unknown }>} */ (
    parseJson(macro.actions) ?? []
  )
  ctx.db.transaction(() => {
    for (const action of actions) {
      const fresh = /** @type {Row} */ (
        ctx.db.get('SELECT * FROM tickets WHERE id = ?', [ticket.id])
      )
      switch (action.type) {
        case 'status':
          if (canTransition(fresh.status, String(action.value)))
            changeStatus(ctx, fresh, String(action.value), actor)
          break
        case 'priority':
          setPriority(ctx, fresh, String(action.value), actor)
          break
        case 'assign':
          assignTicket(ctx, fresh, Number(action.value), actor)
          break
        case 'department':
          setDepartment(ctx, fresh, Number(action.value), actor)
          break
        case 'tags': {
          const current = ctx.db
            .all('SELECT tag_id FROM ticket_tag WHERE ticket_id = ?', [ticket.id])
            .map((row) => Number(row.tag_id))
          const added = (Array.isArray(action.value) ? action.value : [action.value]).map(Number)
          syncTags(ctx, fresh, [...current, ...added], actor)
          break
        }
        case 'reply':
          addReply(ctx, fresh, { body: String(action.value), actor })
          break
        case 'note':
          addReply(ctx, fresh, { body: String(action.value), actor, isNote: true })
          break
        default:
          break
      }
    }
  })
}

/**
 * Soft-deletes a ticket (Laravel's SoftDeletes).
 * @param {Ctx} ctx
 * @param {Row} ticket
 * @param {Actor} actor
 */
export function deleteTicket(ctx, ticket, actor) {
  ctx.db.run('UPDATE tickets SET deleted_at = ? WHERE id = ?', [nowIso(ctx), ticket.id])
  logActivity(ctx, ticket.id, actor, 'deleted')
}

/**
 * Marks SLA breaches whose due time has passed (Laravel does this in a scheduled job).
 * @param {import('../db.mjs').Db} db
 * @param {Date} now
 */
export function refreshSlaBreaches(db, now) {
  const at = now.toISOString()
  db.run(
    `UPDATE tickets SET sla_first_response_breached = 1
     WHERE sla_first_response_breached = 0 AND first_response_at IS NULL AND first_response_due_at < ? AND status NOT IN ('resolved', 'closed')`,
    [at],
  )
  db.run(
    `UPDATE tickets SET sla_resolution_breached = 1
     WHERE sla_resolution_breached = 0 AND resolved_at IS NULL AND resolution_due_at < ? AND status NOT IN ('resolved', 'closed')`,
    [at],
  )
}
