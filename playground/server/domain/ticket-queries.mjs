// Reading tickets: lookups, the filtered/sorted/paginated list of contract §4.2, and the detail payloads
// of each audience (staff, customer, guest), with the relations escalated-laravel loads.
import { PRIORITIES } from './enums.mjs'
import {
  presentActivity,
  presentAttachment,
  presentDepartment,
  presentReply,
  presentSlaPolicy,
  presentTag,
  presentTicket,
  presentUser,
} from './present.mjs'

/** @typedef {import('../db.mjs').Db} Db */
/** @typedef {Record<string, any>} Row */
/** @typedef {Record<string, string | string[]>} Query */

/** @param {number} count */
const placeholders = (count) => Array.from({ length: count }, () => '?').join(', ')

/**
 * Finds a live (not deleted) ticket by reference (`ESC-00001`) or numeric id.
 * @param {Db} db
 * @param {string} ref
 * @returns {Row | undefined}
 */
export function findTicket(db, ref) {
  if (/^[A-Z]+-\d+$/.test(ref))
    return db.get('SELECT * FROM tickets WHERE reference = ? AND deleted_at IS NULL', [ref])
  if (/^\d+$/.test(ref))
    return db.get('SELECT * FROM tickets WHERE id = ? AND deleted_at IS NULL', [Number(ref)])
  return undefined
}

/**
 * @param {Db} db
 * @param {Array<number | null>} ids
 * @returns {Map<number, Row>}
 */
export function usersById(db, ids) {
  const unique = [...new Set(ids.filter((id) => typeof id === 'number'))]
  if (unique.length === 0) return new Map()
  const rows = db.all(`SELECT * FROM users WHERE id IN (${placeholders(unique.length)})`, unique)
  return new Map(rows.map((row) => [Number(row.id), row]))
}

/**
 * Tickets with the relations a list shows: department, tags, requester, assignee, latest public reply.
 * @param {Db} db
 * @param {Row[]} rows
 * @param {{ now: number }} options
 */
export function hydrateTickets(db, rows, { now }) {
  if (rows.length === 0) return []
  const ids = rows.map((row) => Number(row.id))
  const departments = new Map(
    db.all('SELECT * FROM departments').map((row) => [Number(row.id), presentDepartment(row)]),
  )
  /** @type {Map<number, unknown[]>} */
  const tags = new Map()
  for (const row of db.all(
    `SELECT tt.ticket_id, t.* FROM ticket_tag tt JOIN tags t ON t.id = tt.tag_id WHERE tt.ticket_id IN (${placeholders(ids.length)}) ORDER BY t.name`,
    ids,
  )) {
    const list = tags.get(Number(row.ticket_id)) ?? []
    list.push(presentTag(row))
    tags.set(Number(row.ticket_id), list)
  }
  /** @type {Map<number, Row>} */
  const latest = new Map()
  for (const row of db.all(
    `SELECT * FROM replies WHERE ticket_id IN (${placeholders(ids.length)}) AND is_internal_note = 0 AND deleted_at IS NULL ORDER BY created_at, id`,
    ids,
  )) {
    latest.set(Number(row.ticket_id), row)
  }
  const users = usersById(db, [
    ...rows.flatMap((row) => [row.requester_id, row.assigned_to]),
    ...[...latest.values()].map((reply) => (reply.author_type === 'User' ? reply.author_id : null)),
  ])

  return rows.map((row) => {
    const requester = row.requester_id === null ? null : (users.get(row.requester_id) ?? null)
    const lastReply = latest.get(Number(row.id)) ?? null
    const lastReplyAuthor =
      lastReply && lastReply.author_type === 'User'
        ? (users.get(lastReply.author_id) ?? null)
        : null
    return {
      ...presentTicket(row, { requester, lastReply, lastReplyAuthor, now }),
      department: row.department_id === null ? null : (departments.get(row.department_id) ?? null),
      tags: tags.get(Number(row.id)) ?? [],
      requester: presentUser(requester),
      assignee: presentUser(row.assigned_to === null ? null : users.get(row.assigned_to)),
      latest_reply: lastReply
        ? presentReply(lastReply, { author: presentUser(lastReplyAuthor) })
        : null,
    }
  })
}

/** @param {string | string[] | undefined} value */
const first = (value) => (Array.isArray(value) ? value[0] : value)
/** @param {string | string[] | undefined} value */
const truthy = (value) =>
  ['1', 'true', 'yes', 'on'].includes(String(first(value) ?? '').toLowerCase())
/** @param {string | string[] | undefined} value */
const asInt = (value) => {
  const text = first(value)
  return text !== undefined && /^\d+$/.test(text) ? Number(text) : null
}

const SORTABLE = ['created_at', 'updated_at', 'priority', 'status', 'subject']

/**
 * The ticket list query of contract §4.2 (agent/admin) and §1.1 (customer). Unknown or malformed filter
 * values are ignored, so no query string can make the list fail.
 * @param {Db} db
 * @param {Query} query
 * @param {{ requesterId?: number, userId?: number, now: number }} scope
 * @returns {{ rows: Row[], total: number, page: number, perPage: number }}
 */
export function listTickets(db, query, { requesterId, userId, now }) {
  const where = ['t.deleted_at IS NULL']
  /** @type {Array<string | number>} */
  const params = []
  const add = (/** @type {string} */ sql, /** @type {Array<string | number>} */ ...values) => {
    where.push(sql)
    params.push(...values)
  }
  if (requesterId !== undefined) add('t.requester_id = ?', requesterId)

  const status = first(query.status)
  if (status && status !== 'all') add('t.status = ?', status)
  const priority = first(query.priority)
  if (priority) add('t.priority = ?', priority)
  const type = first(query.ticket_type)
  if (type) add('t.ticket_type = ?', type)
  const assignedTo = asInt(query.assigned_to)
  if (assignedTo !== null) add('t.assigned_to = ?', assignedTo)
  if (truthy(query.unassigned)) add('t.assigned_to IS NULL')
  const departmentId = asInt(query.department_id)
  if (departmentId !== null) add('t.department_id = ?', departmentId)
  const search = first(query.search)?.trim()
  if (search) {
    const like = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    add(
      "(t.subject LIKE ? ESCAPE '\\' OR t.description LIKE ? ESCAPE '\\' OR t.reference LIKE ? ESCAPE '\\')",
      like,
      like,
      like,
    )
  }
  if (truthy(query.sla_breached))
    add('(t.sla_first_response_breached = 1 OR t.sla_resolution_breached = 1)')
  const tagIds = (
    Array.isArray(query.tag_ids) ? query.tag_ids : query.tag_ids ? [query.tag_ids] : []
  )
    .filter((id) => /^\d+$/.test(id))
    .map(Number)
  if (tagIds.length > 0)
    add(
      `EXISTS (SELECT 1 FROM ticket_tag tt WHERE tt.ticket_id = t.id AND tt.tag_id IN (${placeholders(tagIds.length)}))`,
      ...tagIds,
    )
  const tag = first(query.tag)
  if (tag)
    add(
      'EXISTS (SELECT 1 FROM ticket_tag tt JOIN tags g ON g.id = tt.tag_id WHERE tt.ticket_id = t.id AND (CAST(g.id AS TEXT) = ? OR g.slug = ? OR g.name = ?))',
      tag,
      tag,
      tag,
    )
  if (truthy(query.has_attachments)) {
    add(
      "(EXISTS (SELECT 1 FROM attachments a WHERE a.attachable_type = 'Ticket' AND a.attachable_id = t.id) OR EXISTS (SELECT 1 FROM attachments a JOIN replies r ON r.id = a.attachable_id AND a.attachable_type = 'Reply' WHERE r.ticket_id = t.id AND r.is_internal_note = 0))",
    )
  }
  const after = first(query.created_after)
  if (after && !Number.isNaN(Date.parse(after)))
    add('t.created_at >= ?', new Date(after).toISOString())
  const before = first(query.created_before)
  if (before && !Number.isNaN(Date.parse(before)))
    add('t.created_at <= ?', new Date(Date.parse(before) + 86_399_999).toISOString())
  if (truthy(query.following) && userId !== undefined)
    add(
      'EXISTS (SELECT 1 FROM ticket_followers f WHERE f.ticket_id = t.id AND f.user_id = ?)',
      userId,
    )
  const snoozed = first(query.snoozed)
  if (snoozed !== undefined && snoozed !== '') {
    if (truthy(snoozed)) add('t.snoozed_until > ?', new Date(now).toISOString())
    else add('(t.snoozed_until IS NULL OR t.snoozed_until <= ?)', new Date(now).toISOString())
  }

  const sortBy = SORTABLE.includes(String(first(query.sort_by)))
    ? String(first(query.sort_by))
    : 'created_at'
  const sortDir = String(first(query.sort_dir)).toLowerCase() === 'asc' ? 'ASC' : 'DESC'
  const orderColumn =
    sortBy === 'priority'
      ? `CASE t.priority ${PRIORITIES.map((p, i) => `WHEN '${p}' THEN ${i + 1}`).join(' ')} ELSE 0 END`
      : `t.${sortBy}`
  const perPageRaw = asInt(query.per_page)
  const perPage = perPageRaw === null ? 15 : Math.min(100, Math.max(1, perPageRaw))
  const page = Math.max(1, asInt(query.page) ?? 1)

  const whereSql = where.join(' AND ')
  const total = Number(
    db.get(`SELECT COUNT(*) AS n FROM tickets t WHERE ${whereSql}`, params)?.n ?? 0,
  )
  const rows = db.all(
    `SELECT t.* FROM tickets t WHERE ${whereSql} ORDER BY ${orderColumn} ${sortDir}, t.id ${sortDir} LIMIT ? OFFSET ?`,
    [...params, perPage, (page - 1) * perPage],
  )
  return { rows, total, page, perPage }
}

/**
 * @param {Db} db
 * @param {number[]} replyIds
 * @param {string} prefix
 * @returns {Map<number, unknown[]>}
 */
function attachmentsForReplies(db, replyIds, prefix) {
  /** @type {Map<number, unknown[]>} */
  const byReply = new Map()
  if (replyIds.length === 0) return byReply
  for (const row of db.all(
    `SELECT * FROM attachments WHERE attachable_type = 'Reply' AND attachable_id IN (${placeholders(replyIds.length)}) ORDER BY id`,
    replyIds,
  )) {
    const list = byReply.get(Number(row.attachable_id)) ?? []
    list.push(presentAttachment(row, prefix))
    byReply.set(Number(row.attachable_id), list)
  }
  return byReply
}

/**
 * The ticket payload of a show page.
 * - staff (contract §1.3.1, Laravel column): every relation, all replies incl. internal notes, pinned notes,
 *   activities, SLA policy, rating, and the chat/related fields inside `ticket`.
 * - customer (§1.1): department, tags, public replies with attachments and author, ticket attachments.
 * - guest (§1.2, L+ allow-list): like customer, without metadata, and agents by display name only.
 * @param {Db} db
 * @param {Row} row
 * @param {{ audience: 'staff' | 'customer' | 'guest', now: number, prefix: string }} options
 */
export function ticketDetail(db, row, { audience, now, prefix }) {
  const [base] = hydrateTickets(db, [row], { now })
  const isStaff = audience === 'staff'
  const replyRows = db.all(
    `SELECT * FROM replies WHERE ticket_id = ? AND deleted_at IS NULL ${isStaff ? '' : 'AND is_internal_note = 0'} ORDER BY created_at DESC, id DESC`,
    [row.id],
  )
  const authors = usersById(
    db,
    replyRows.map((reply) => (reply.author_type === 'User' ? reply.author_id : null)),
  )
  const attachmentsByReply = attachmentsForReplies(
    db,
    replyRows.map((reply) => Number(reply.id)),
    prefix,
  )
  /** @param {Row} reply */
  const authorOf = (reply) => {
    const user = reply.author_type === 'User' ? authors.get(reply.author_id) : undefined
    if (!user) return null
    return audience === 'guest' ? { id: user.id, name: user.name } : presentUser(user)
  }
  const replies = replyRows.map((reply) =>
    presentReply(reply, {
      attachments: attachmentsByReply.get(Number(reply.id)) ?? [],
      author: authorOf(reply),
    }),
  )
  const attachments = db
    .all(
      "SELECT * FROM attachments WHERE attachable_type = 'Ticket' AND attachable_id = ? ORDER BY id",
      [row.id],
    )
    .map((attachment) => presentAttachment(attachment, prefix))

  if (!isStaff) {
    const { department, tags, requester } = base
    const publicTicket = { ...base, replies, attachments }
    delete publicTicket.latest_reply
    delete publicTicket.assignee
    if (audience === 'guest') {
      delete publicTicket.metadata
      delete publicTicket.chat_metadata
      delete publicTicket.requester
      delete publicTicket.guest_token
      return { ...publicTicket, department, tags }
    }
    return { ...publicTicket, department, tags, requester }
  }

  const activityRows = db.all(
    'SELECT * FROM activities WHERE ticket_id = ? ORDER BY created_at DESC, id DESC LIMIT 20',
    [row.id],
  )
  const causers = usersById(
    db,
    activityRows.map((activity) => activity.causer_id),
  )
  const activities = activityRows.map((activity) =>
    presentActivity(activity, presentUser(causers.get(activity.causer_id))),
  )
  const policy =
    row.sla_policy_id === null
      ? undefined
      : db.get('SELECT * FROM sla_policies WHERE id = ?', [row.sla_policy_id])
  const rating = db.get('SELECT * FROM satisfaction_ratings WHERE ticket_id = ?', [row.id])
  const related =
    row.requester_id === null
      ? db.all(
          'SELECT id, reference, subject, status FROM tickets WHERE guest_email = ? AND id != ? AND deleted_at IS NULL ORDER BY created_at DESC LIMIT 5',
          [row.guest_email, row.id],
        )
      : db.all(
          'SELECT id, reference, subject, status FROM tickets WHERE requester_id = ? AND id != ? AND deleted_at IS NULL ORDER BY created_at DESC LIMIT 5',
          [row.requester_id, row.id],
        )
  const requesterTicketCount =
    row.requester_id === null
      ? Number(
          db.get('SELECT COUNT(*) AS n FROM tickets WHERE guest_email = ? AND deleted_at IS NULL', [
            row.guest_email,
          ])?.n ?? 0,
        )
      : Number(
          db.get(
            'SELECT COUNT(*) AS n FROM tickets WHERE requester_id = ? AND deleted_at IS NULL',
            [row.requester_id],
          )?.n ?? 0,
        )

  return {
    ...base,
    replies,
    attachments,
    activities,
    sla_policy: policy ? presentSlaPolicy(policy) : null,
    satisfaction_rating: rating ?? null,
    pinned_notes: replies.filter((reply) => reply.is_internal_note && reply.is_pinned),
    chat_session: null,
    chat_session_id: null,
    chat_started_at: null,
    chat_messages: [],
    requester_ticket_count: requesterTicketCount,
    related_tickets: related,
  }
}

/**
 * Department and tag option lists (`{id, name}` / `{id, name, color}`), as every ticket page sends them.
 * @param {Db} db
 */
export function ticketOptions(db) {
  return {
    departments: db.all('SELECT id, name FROM departments WHERE is_active = 1 ORDER BY name'),
    tags: db.all('SELECT id, name, color FROM tags ORDER BY name'),
  }
}

/**
 * The staff who can be assigned (`{id, name, email}`).
 * @param {Db} db
 */
export function agentOptions(db) {
  return db.all(
    'SELECT id, name, email FROM users WHERE is_agent = 1 OR is_admin = 1 ORDER BY name',
  )
}
