// Rows → the snake_case model objects escalated-laravel serializes (contract §1.7). Booleans are real
// booleans (Eloquent casts) and JSON columns are parsed; the casing switch happens later, in serializers.mjs.

/**
 * @param {unknown} text
 * @returns {unknown}
 */
export function parseJson(text) {
  if (typeof text !== 'string' || text === '') return null
  try {
    return JSON.parse(text)
  } catch {
    // Rows are written by this server as JSON; a broken one is shown as missing rather than crashing a page.
    return null
  }
}

/** @param {unknown} value */
const bool = (value) => value === 1 || value === true || value === '1'

/** @typedef {Record<string, any>} Row */

/**
 * A user as the contract's `{id, name, email}`.
 * @param {Row | undefined | null} row
 */
export function presentUser(row) {
  return row ? { id: row.id, name: row.name, email: row.email } : null
}

/** @param {Row} row */
export function presentDepartment(row) {
  return { ...row, is_active: bool(row.is_active) }
}

/** @param {Row} row */
export function presentTag(row) {
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    color: row.color,
    created_at: row.created_at,
    updated_at: row.updated_at,
  }
}

/**
 * @param {Row} row
 * @param {string} prefix the route prefix, e.g. `/support`
 */
export function presentAttachment(row, prefix) {
  return { ...row, url: `${prefix}/attachments/${row.id}` }
}

/**
 * @param {Row} row
 * @param {{ attachments?: unknown[], author?: unknown }} [relations]
 */
export function presentReply(row, relations = {}) {
  return {
    ...row,
    is_internal_note: bool(row.is_internal_note),
    is_pinned: bool(row.is_pinned),
    metadata: parseJson(row.metadata),
    ...relations,
  }
}

/**
 * @param {Row} row
 * @param {unknown} causer
 */
export function presentActivity(row, causer) {
  return { ...row, properties: parseJson(row.properties), causer }
}

/** @param {Row} row */
export function presentSlaPolicy(row) {
  return { ...row, is_active: bool(row.is_active) }
}

/** @param {Row} row */
export function presentCannedResponse(row) {
  return { ...row, is_shared: bool(row.is_shared) }
}

/** @param {Row} row */
export function presentMacro(row) {
  return { ...row, actions: parseJson(row.actions) ?? [], is_shared: bool(row.is_shared) }
}

/** @param {Row} row */
export function presentSavedView(row) {
  return { ...row, filters: parseJson(row.filters) ?? {}, is_shared: bool(row.is_shared) }
}

/**
 * A ticket's own columns plus the attributes Laravel appends.
 * @param {Row} row
 * @param {{ requester: Row | null, lastReply: Row | null, lastReplyAuthor: Row | null, now: number }} context
 */
export function presentTicket(row, { requester, lastReply, lastReplyAuthor, now }) {
  const isGuest = row.requester_id === null
  return {
    ...row,
    sla_first_response_breached: bool(row.sla_first_response_breached),
    sla_resolution_breached: bool(row.sla_resolution_breached),
    metadata: parseJson(row.metadata),
    chat_metadata: parseJson(row.chat_metadata),
    requester_name: isGuest ? row.guest_name : (requester?.name ?? null),
    requester_email: isGuest ? row.guest_email : (requester?.email ?? null),
    last_reply_at: lastReply?.created_at ?? null,
    last_reply_author: lastReply
      ? (lastReplyAuthor?.name ?? (lastReply.author_type === 'Guest' ? row.guest_name : null))
      : null,
    is_live_chat: row.channel === 'chat' && row.status === 'live',
    is_snoozed: typeof row.snoozed_until === 'string' && Date.parse(row.snoozed_until) > now,
    is_guest: isGuest,
  }
}
