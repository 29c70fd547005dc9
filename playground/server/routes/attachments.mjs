// Serves stored attachments at the `url` each attachment carries (`/support/attachments/{id}`, the path of
// Laravel's `attachments.download` route). Like Laravel's signed links, the URL is the key: no session check.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { HttpError } from '../http.mjs'

/**
 * @param {import('fastify').FastifyInstance} app
 * @param {import('./support.mjs').RouteContext} ctx
 */
export function registerAttachmentRoutes(app, ctx) {
  app.get(`${ctx.prefix}/attachments/:id`, async (request, reply) => {
    const id = Number(/** @type {{ id: string }} */ (request.params).id)
    const row = Number.isInteger(id)
      ? ctx.db.get('SELECT * FROM attachments WHERE id = ?', [id])
      : undefined
    if (!row || !existsSync(join(ctx.uploadsDir, String(row.path))))
      throw new HttpError(404, 'Attachment not found.')
    const mime = String(row.mime_type)
    // Only images open inline; anything else downloads, so an uploaded HTML file can never run on this origin.
    const disposition =
      mime.startsWith('image/') && mime !== 'image/svg+xml' ? 'inline' : 'attachment'
    return reply
      .header('Content-Type', mime)
      .header('X-Content-Type-Options', 'nosniff')
      .header(
        'Content-Disposition',
        `${disposition}; filename*=UTF-8''${encodeURIComponent(String(row.original_filename))}`,
      )
      .sendFile(String(row.path), ctx.uploadsDir)
  })
}
