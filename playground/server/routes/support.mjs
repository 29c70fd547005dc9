// Helpers shared by the Escalated route files.
import { HttpError, fail } from '../http.mjs'
import { findTicket } from '../domain/ticket-queries.mjs'

/**
 * What every route file receives.
 * @typedef {object} RouteContext
 * @property {import('../db.mjs').Db} db
 * @property {import('../config.mjs').PlaygroundConfig} config
 * @property {() => Date} clock
 * @property {string} prefix the Escalated route prefix, `/support`
 * @property {string} uploadsDir
 */

/**
 * The ticket named in the URL, or a 404.
 * @param {RouteContext} ctx
 * @param {string} ref
 */
export function loadTicket(ctx, ref) {
  const ticket = findTicket(ctx.db, ref)
  if (!ticket) throw new HttpError(404, 'Ticket not found.')
  return ticket
}

/**
 * The option lists a ticket form needs.
 * @param {RouteContext} ctx
 */
export function createFormProps(ctx) {
  return {
    departments: ctx.db.all('SELECT id, name FROM departments WHERE is_active = 1 ORDER BY name'),
    priorities: ['low', 'medium', 'high', 'urgent', 'critical'],
  }
}

/**
 * Keeps only the named query parameters (Laravel's `$request->only(...)`).
 * @param {Record<string, string | string[]>} query
 * @param {string[]} keys
 */
export function pick(query, keys) {
  return Object.fromEntries(Object.entries(query).filter(([key]) => keys.includes(key)))
}

/** Laravel's upload rule for `attachments[]`: at most five files per message. */
export const MAX_FILES = 5

/**
 * Rejects more files than one message may carry.
 * @param {import('../http.mjs').UploadedFile[]} files
 */
export function checkAttachments(files) {
  if (files.length > MAX_FILES)
    fail('attachments', `The attachments field must not have more than ${MAX_FILES} items.`)
}
