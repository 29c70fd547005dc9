// Saved ticket views, a JSON API: Adonis names it `escalated.agent.views.*` (/agent/views), Laravel
// `escalated.admin.saved-views.*` (/admin/saved-views). Same behaviour under both paths.
import { requireAdmin, requireStaff } from '../auth.mjs'
import { presentSavedView } from '../domain/present.mjs'
import { HttpError, readForm } from '../http.mjs'
import { model } from '../serializers.mjs'
import { validate } from '../validation.mjs'

/**
 * @param {import('fastify').FastifyInstance} app
 * @param {import('./support.mjs').RouteContext & { serialize: (value: unknown) => unknown }} ctx
 */
export function registerSavedViewRoutes(app, ctx) {
  const { db } = ctx
  const areas = [
    { base: `${ctx.prefix}/agent/views`, guard: requireStaff },
    { base: `${ctx.prefix}/admin/saved-views`, guard: requireAdmin },
  ]
  const rules = {
    name: ['required', 'string', 'max:255'],
    filters: ['nullable', 'object'],
    is_shared: ['nullable', 'boolean'],
  }
  /** @param {number} userId */
  const visible = (userId) =>
    db
      .all('SELECT * FROM saved_views WHERE user_id = ? OR is_shared = 1 ORDER BY position, id', [
        userId,
      ])
      .map(presentSavedView)
  /** @param {number} id @param {number} userId */
  const owned = (id, userId) => {
    const view = db.get('SELECT * FROM saved_views WHERE id = ?', [Number.isInteger(id) ? id : -1])
    if (!view) throw new HttpError(404, 'Saved view not found.')
    if (view.user_id !== userId) throw new HttpError(403, 'You can only change your own views.')
    return view
  }

  for (const { base, guard } of areas) {
    app.get(base, async (request) => {
      const user = guard(request, db)
      return ctx.serialize({ views: model(visible(user.id)) })
    })

    app.post(base, async (request, reply) => {
      const user = guard(request, db)
      const input = validate((await readForm(request)).fields, rules)
      const now = ctx.clock().toISOString()
      const position = Number(
        db.get(
          'SELECT COALESCE(MAX(position), -1) + 1 AS next FROM saved_views WHERE user_id = ?',
          [user.id],
        )?.next ?? 0,
      )
      const { lastInsertRowid } = db.run(
        'INSERT INTO saved_views (user_id, name, filters, is_shared, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
        [
          user.id,
          String(input.name),
          JSON.stringify(input.filters ?? {}),
          input.is_shared === true,
          position,
          now,
          now,
        ],
      )
      const view = presentSavedView(
        /** @type {Record<string, any>} */ (
          db.get('SELECT * FROM saved_views WHERE id = ?', [lastInsertRowid])
        ),
      )
      return reply.code(201).send(ctx.serialize({ message: 'View saved.', view: model(view) }))
    })

    app.post(`${base}/reorder`, async (request) => {
      const user = guard(request, db)
      const input = validate((await readForm(request)).fields, {
        ids: ['required', 'array'],
        'ids.*': ['integer'],
      })
      db.transaction(() => {
        ;/** @type {number[]} */ (input.ids).forEach((id, position) => {
          db.run('UPDATE saved_views SET position = ? WHERE id = ? AND user_id = ?', [
            position,
            id,
            user.id,
          ])
        })
      })
      return ctx.serialize({ views: model(visible(user.id)) })
    })

    app.put(`${base}/:id`, async (request) => {
      const user = guard(request, db)
      const view = owned(Number(/** @type {{ id: string }} */ (request.params).id), user.id)
      const input = validate((await readForm(request)).fields, rules)
      db.run(
        'UPDATE saved_views SET name = ?, filters = ?, is_shared = ?, updated_at = ? WHERE id = ?',
        [
          String(input.name),
          JSON.stringify(input.filters ?? {}),
          input.is_shared === true,
          ctx.clock().toISOString(),
          view.id,
        ],
      )
      const updated = presentSavedView(
        /** @type {Record<string, any>} */ (
          db.get('SELECT * FROM saved_views WHERE id = ?', [view.id])
        ),
      )
      return ctx.serialize({ message: 'View updated.', view: model(updated) })
    })

    app.delete(`${base}/:id`, async (request) => {
      const user = guard(request, db)
      const view = owned(Number(/** @type {{ id: string }} */ (request.params).id), user.id)
      db.run('DELETE FROM saved_views WHERE id = ?', [view.id])
      return { message: 'View deleted.' }
    })
  }
}
