import type { Attachment, Reply } from '../models'
import { normalizePerson } from './people'
import {
  field,
  firstPresent,
  isRecord,
  mapList,
  toBoolean,
  toId,
  toIsoDate,
  toNonEmptyString,
  toNumber,
  toRecord,
  toStringOrNull,
} from './read'

/**
 * An attachment; null when it has neither an id nor a URL. The URL is taken as sent (`url`, or
 * A's `downloadUrl`), never built.
 */
export function normalizeAttachment(raw: unknown): Attachment | null {
  if (!isRecord(raw)) return null
  const id = toId(field(raw, 'id'))
  const url = toNonEmptyString(firstPresent(field(raw, 'url'), field(raw, 'download_url')))
  if (id === null && url === null) return null
  const originalFilename = toNonEmptyString(field(raw, 'original_filename'))
  return {
    id,
    filename:
      toNonEmptyString(field(raw, 'filename')) ??
      originalFilename ??
      toNonEmptyString(field(raw, 'name')) ??
      '',
    original_filename: originalFilename,
    // rails sends `content_type`.
    mime_type: toNonEmptyString(firstPresent(field(raw, 'mime_type'), field(raw, 'content_type'))),
    // rails sends a human string ("1.2 KB") that cannot be turned back into bytes.
    size: toNumber(field(raw, 'size')),
    url,
    created_at: toIsoDate(field(raw, 'created_at')),
  }
}

/** A list of attachments. */
export function normalizeAttachments(raw: unknown): Attachment[] {
  return mapList(raw, normalizeAttachment)
}

/** A reply or internal note; null without an id. */
export function normalizeReply(raw: unknown): Reply | null {
  const id = toId(field(raw, 'id'))
  if (id === null) return null
  // rails names the flag `is_internal` (and mirrors it as `is_internal_note`).
  const isInternal = toBoolean(
    firstPresent(field(raw, 'is_internal_note'), field(raw, 'is_internal')),
  )
  return {
    id,
    ticket_id: toId(field(raw, 'ticket_id')),
    author_type: toNonEmptyString(field(raw, 'author_type')),
    author_id: toId(field(raw, 'author_id')),
    author: normalizePerson(field(raw, 'author')),
    body: toStringOrNull(field(raw, 'body')) ?? '',
    is_internal_note: isInternal,
    is_pinned: toBoolean(field(raw, 'is_pinned')),
    type: toNonEmptyString(field(raw, 'type')) ?? (isInternal ? 'note' : 'reply'),
    metadata: toRecord(field(raw, 'metadata')),
    attachments: normalizeAttachments(field(raw, 'attachments')),
    created_at: toIsoDate(field(raw, 'created_at')),
    updated_at: toIsoDate(field(raw, 'updated_at')),
  }
}

/** A list of replies, in the order sent. */
export function normalizeReplies(raw: unknown): Reply[] {
  return mapList(raw, normalizeReply)
}
