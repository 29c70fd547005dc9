import type { ChatMessage, RelatedTicket } from '../models'
import { normalizePerson } from './people'
import {
  field,
  mapList,
  toBoolean,
  toId,
  toIsoDate,
  toNonEmptyString,
  toStringOrNull,
} from './read'

/**
 * A chat message in L's form (`is_agent`, `author`) or A's (`author_type`, `author_id`); null
 * without an id. On A an author type that is set and not `Guest` marks an agent (contract §6.3).
 */
export function normalizeChatMessage(raw: unknown): ChatMessage | null {
  const id = toId(field(raw, 'id'))
  if (id === null) return null
  const authorType = toNonEmptyString(field(raw, 'author_type'))
  const author = field(raw, 'author')
  const isAgent = field(raw, 'is_agent') ?? field(author, 'is_agent')
  return {
    id,
    body: toStringOrNull(field(raw, 'body')) ?? '',
    is_internal_note: toBoolean(field(raw, 'is_internal_note')),
    is_agent:
      isAgent !== undefined && isAgent !== null
        ? toBoolean(isAgent)
        : authorType !== null && authorType.toLowerCase() !== 'guest',
    author_type: authorType,
    author_id: toId(field(raw, 'author_id')),
    author: normalizePerson(author),
    created_at: toIsoDate(field(raw, 'created_at')),
  }
}

/** A chat transcript, in the order sent. */
export function normalizeChatMessages(raw: unknown): ChatMessage[] {
  return mapList(raw, normalizeChatMessage)
}

/** A related ticket; null without a reference or an id. */
export function normalizeRelatedTicket(raw: unknown): RelatedTicket | null {
  const id = toId(field(raw, 'id'))
  const reference = toNonEmptyString(field(raw, 'reference'))
  if (reference === null && id === null) return null
  return {
    id,
    reference: reference ?? String(id),
    subject: toStringOrNull(field(raw, 'subject')) ?? '',
    status: toNonEmptyString(field(raw, 'status')) ?? 'open',
  }
}

/** A list of related tickets. */
export function normalizeRelatedTickets(raw: unknown): RelatedTicket[] {
  return mapList(raw, normalizeRelatedTicket)
}
