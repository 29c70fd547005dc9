/**
 * Small readers that turn `unknown` payload values into typed ones. Every model normalizer is built
 * from these, so the casing and coercion rules of contract §3.2 live in one place.
 */
import type { Id, IsoDateString } from '../models'

/** A plain JSON object. */
export type UnknownRecord = Record<string, unknown>

/** Whether `value` is a plain object (not null, not an array). */
export function isRecord(value: unknown): value is UnknownRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

const UNDERSCORE = 95
const isLowerOrDigit = (code: number) => (code >= 97 && code <= 122) || (code >= 48 && code <= 57)

/** The camelCase spelling of a snake_case key: `created_at_human` → `createdAtHuman`. */
export function camelKey(snakeName: string): string {
  // A plain loop, not a regex replace: this runs for every field of every row of a camelCase
  // payload (10,000 queue rows × ~40 fields), where the regex cost three times as much.
  if (!snakeName.includes('_')) return snakeName
  let camel = ''
  for (let at = 0; at < snakeName.length; at++) {
    const code = snakeName.charCodeAt(at)
    const next = snakeName.charCodeAt(at + 1)
    if (code === UNDERSCORE && isLowerOrDigit(next)) {
      camel += String.fromCharCode(next >= 97 ? next - 32 : next)
      at++
    } else {
      camel += snakeName.charAt(at)
    }
  }
  return camel
}

/**
 * Reads `snake_name` from a payload, falling back to its camelCase twin (`snakeName`) when the snake
 * key is absent, so Laravel-style and Lucid-style payloads read alike. Returns undefined for
 * anything that is not an object.
 */
export function field(source: unknown, snakeName: string): unknown {
  if (!isRecord(source)) return undefined
  if (Object.hasOwn(source, snakeName) && source[snakeName] !== undefined) return source[snakeName]
  const camel = camelKey(snakeName)
  return Object.hasOwn(source, camel) ? source[camel] : undefined
}

/**
 * Coerces a backend boolean: `true/false`, `1/0` (A on SQLite), `"1"/"0"`, `"true"/"false"`.
 * Anything else gives `fallback`.
 */
export function toBoolean(value: unknown, fallback = false): boolean {
  if (typeof value === 'boolean') return value
  if (typeof value === 'number') return Number.isNaN(value) ? fallback : value !== 0
  if (typeof value === 'string') {
    const text = value.trim().toLowerCase()
    if (text === '1' || text === 'true') return true
    if (text === '0' || text === 'false' || text === '') return false
  }
  return fallback
}

// A date-time without a zone, as SQLite returns it ("2026-11-23 01:59:53").
const ZONELESS_DATETIME = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)$/

/**
 * An ISO-8601 string, or null for anything missing or unparsable. Zone-less SQL date-times become
 * UTC ISO strings: A returns them raw from SQLite in list queries (`last_reply_at`), stored in UTC.
 */
export function toIsoDate(value: unknown): IsoDateString | null {
  if (typeof value !== 'string') return null
  const text = value.trim()
  if (text === '') return null
  const zoneless = ZONELESS_DATETIME.exec(text)
  const iso = zoneless ? `${zoneless[1]}T${zoneless[2]}Z` : text
  return Number.isNaN(Date.parse(iso)) ? null : iso
}

/** A string, or a number as text; null for anything else. */
export function toStringOrNull(value: unknown): string | null {
  if (typeof value === 'string') return value
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  return null
}

/** Like `toStringOrNull`, but an empty or blank string is null too. */
export function toNonEmptyString(value: unknown): string | null {
  const text = toStringOrNull(value)
  return text !== null && text.trim() !== '' ? text : null
}

/** A finite number, or a numeric string as a number; null for anything else. */
export function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value)
    return Number.isFinite(parsed) ? parsed : null
  }
  return null
}

/** An id: numbers and digit strings become numbers, other non-empty strings stay strings. */
export function toId(value: unknown): Id | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null
  if (typeof value !== 'string') return null
  const text = value.trim()
  if (text === '') return null
  if (/^\d+$/.test(text)) {
    const parsed = Number(text)
    return Number.isSafeInteger(parsed) ? parsed : text
  }
  return text
}

/** The array itself, or an empty list for anything else. */
export function toList(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : []
}

/** Maps every entry of an array through `normalize`, dropping entries it rejects (null). */
export function mapList<T>(value: unknown, normalize: (raw: unknown) => T | null): T[] {
  const result: T[] = []
  for (const entry of toList(value)) {
    const item = normalize(entry)
    if (item !== null) result.push(item)
  }
  return result
}

/** The strings and numbers (as text) of an array; a single string becomes a one-item list. */
export function toStringList(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  return mapList(value, toStringOrNull)
}

/** A shallow copy of an object; `{}` for anything else, including PHP's empty array `[]`. */
export function toRecord(value: unknown): UnknownRecord {
  return isRecord(value) ? { ...value } : {}
}

/** The first value that is neither undefined nor null. */
export function firstPresent(...values: readonly unknown[]): unknown {
  for (const value of values) if (value !== undefined && value !== null) return value
  return undefined
}
