// Attachment files: written under the data folder's uploads/, recorded in `attachments`, served by
// routes/attachments.mjs at the `url` every attachment carries.
import { randomBytes } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** Upload limits, also used by the multipart parser. */
export const UPLOAD_LIMITS = { fileSize: 10 * 1024 * 1024, files: 10 }

/** @param {string} name */
const safeName = (name) =>
  name
    .normalize('NFKD')
    .replace(/[^\w.-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(-80) || 'file'

/**
 * Stores uploaded files and attaches them to a ticket or a reply.
 * @param {{ db: import('../db.mjs').Db, uploadsDir: string, clock: () => Date }} ctx
 * @param {import('../http.mjs').UploadedFile[]} files
 * @param {'Ticket' | 'Reply'} attachableType
 * @param {number} attachableId
 */
export function storeAttachments(ctx, files, attachableType, attachableId) {
  if (files.length === 0) return
  mkdirSync(ctx.uploadsDir, { recursive: true })
  const now = ctx.clock().toISOString()
  for (const file of files) {
    const stored = `${randomBytes(6).toString('hex')}-${safeName(file.filename)}`
    writeFileSync(join(ctx.uploadsDir, stored), file.buffer)
    ctx.db.run(
      `INSERT INTO attachments (attachable_type, attachable_id, filename, original_filename, mime_type, size, disk, path, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, 'local', ?, ?, ?)`,
      [
        attachableType,
        attachableId,
        stored,
        file.filename,
        file.mimetype || 'application/octet-stream',
        file.buffer.length,
        stored,
        now,
        now,
      ],
    )
  }
}
