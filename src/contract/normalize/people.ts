import type { PersonRef, User } from '../models'
import { field, isRecord, mapList, toId, toNonEmptyString } from './read'

/**
 * A person from a relation object (`author`, `causer`, `requester`, `assignee`). The name falls back
 * to the email (rails does so too); null when neither is there.
 */
export function normalizePerson(raw: unknown): PersonRef | null {
  if (!isRecord(raw)) return null
  const email = toNonEmptyString(field(raw, 'email'))
  const name = toNonEmptyString(field(raw, 'name')) ?? email
  if (name === null) return null
  const person: PersonRef = { id: toId(field(raw, 'id')), name }
  if (email !== null) person.email = email
  return person
}

/** A user we can act on (`auth.user`, an `agents` entry); null without an id or a name. */
export function normalizeUser(raw: unknown): User | null {
  const person = normalizePerson(raw)
  if (person === null || person.id === null) return null
  const user: User = { id: person.id, name: person.name }
  if (person.email !== undefined) user.email = person.email
  return user
}

/** A list of users (`agents`, `users`), dropping entries without an id or a name. */
export function normalizeUsers(raw: unknown): User[] {
  return mapList(raw, normalizeUser)
}
