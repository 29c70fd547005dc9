import type { Activity } from '../models'
import { normalizePerson } from './people'
import { field, firstPresent, mapList, toId, toIsoDate, toNonEmptyString, toRecord } from './read'

/** An activity-log entry; null without an id. rails names `type` `action` and `properties` `details`. */
export function normalizeActivity(raw: unknown): Activity | null {
  const id = toId(field(raw, 'id'))
  if (id === null) return null
  return {
    id,
    ticket_id: toId(field(raw, 'ticket_id')),
    causer_type: toNonEmptyString(field(raw, 'causer_type')),
    causer_id: toId(field(raw, 'causer_id')),
    causer: normalizePerson(field(raw, 'causer')),
    type: toNonEmptyString(firstPresent(field(raw, 'type'), field(raw, 'action'))) ?? '',
    properties: toRecord(firstPresent(field(raw, 'properties'), field(raw, 'details'))),
    description: toNonEmptyString(field(raw, 'description')),
    created_at: toIsoDate(field(raw, 'created_at')),
    created_at_human: toNonEmptyString(field(raw, 'created_at_human')),
  }
}

/** A list of activities, in the order sent. */
export function normalizeActivities(raw: unknown): Activity[] {
  return mapList(raw, normalizeActivity)
}
