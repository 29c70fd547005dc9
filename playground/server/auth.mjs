// Who is signed in, and the gates of the Escalated route groups (customer, agent, admin).
import { HttpError } from './http.mjs'

/** Raised when a route needs a signed-in user; the error handler sends the visitor to the sign-in screen. */
export class Unauthenticated extends Error {
  constructor() {
    super('Unauthenticated.')
  }
}

/**
 * @typedef {{ id: number, name: string, email: string, is_agent: boolean, is_admin: boolean, agent_type: string }} User
 */

/**
 * The signed-in user, read once per request.
 * @param {import('fastify').FastifyRequest} request
 * @param {import('./db.mjs').Db} db
 * @returns {User | null}
 */
export function currentUser(request, db) {
  if (request.user !== undefined) return request.user
  const id = request.session?.userId ?? null
  const row = id === null ? undefined : db.get('SELECT * FROM users WHERE id = ?', [id])
  request.user = row
    ? {
        id: Number(row.id),
        name: String(row.name),
        email: String(row.email),
        is_agent: row.is_agent === 1,
        is_admin: row.is_admin === 1,
        agent_type: String(row.agent_type),
      }
    : null
  return request.user
}

/**
 * @param {import('fastify').FastifyRequest} request
 * @param {import('./db.mjs').Db} db
 * @returns {User}
 */
export function requireUser(request, db) {
  const user = currentUser(request, db)
  if (!user) throw new Unauthenticated()
  return user
}

/**
 * The `escalated-agent` gate: agents and admins.
 * @param {import('fastify').FastifyRequest} request
 * @param {import('./db.mjs').Db} db
 */
export function requireStaff(request, db) {
  const user = requireUser(request, db)
  if (!user.is_agent && !user.is_admin)
    throw new HttpError(403, 'You are not authorized as a support agent.')
  return user
}

/**
 * The `escalated-admin` gate.
 * @param {import('fastify').FastifyRequest} request
 * @param {import('./db.mjs').Db} db
 */
export function requireAdmin(request, db) {
  const user = requireUser(request, db)
  if (!user.is_admin) throw new HttpError(403, 'You are not authorized as a support administrator.')
  return user
}

/**
 * The activity/reply author for a signed-in user.
 * @param {User} user
 * @returns {import('./domain/ticket-commands.mjs').Actor}
 */
export function actorFor(user) {
  return { type: 'User', id: user.id, name: user.name, isStaff: user.is_agent || user.is_admin }
}
