import { describe, expect, it } from 'vitest'
import { field, toBoolean, toId, toIsoDate } from '@/contract'
import { camelKey } from '@/contract/normalize/read'

describe('camelKey', () => {
  it('spells snake_case names the way Lucid serialises them', () => {
    expect(camelKey('created_at_human')).toBe('createdAtHuman')
    expect(camelKey('sla_first_response_breached')).toBe('slaFirstResponseBreached')
    expect(camelKey('address_line_2')).toBe('addressLine2')
    expect(camelKey('status')).toBe('status')
  })

  it('leaves underscores that start no word alone', () => {
    expect(camelKey('a__b')).toBe('a_B')
    expect(camelKey('trailing_')).toBe('trailing_')
    expect(camelKey('_private')).toBe('Private')
    expect(camelKey('mixed_Case')).toBe('mixed_Case')
  })
})

describe('field', () => {
  it('reads a snake_case key', () => {
    expect(field({ created_at_human: '1 second ago' }, 'created_at_human')).toBe('1 second ago')
  })

  it('falls back to the camelCase twin when the snake_case key is absent', () => {
    expect(field({ createdAtHuman: '2 seconds ago' }, 'created_at_human')).toBe('2 seconds ago')
    expect(field({ slaFirstResponseBreached: 1 }, 'sla_first_response_breached')).toBe(1)
  })

  it('prefers the snake_case key when both are present', () => {
    expect(field({ is_pinned: 0, isPinned: 1 }, 'is_pinned')).toBe(0)
  })

  it('keeps an explicit null instead of looking further', () => {
    expect(field({ closed_at: null, closedAt: '2026-01-01T00:00:00Z' }, 'closed_at')).toBeNull()
  })

  it('returns undefined for non-objects and inherited names', () => {
    expect(field(null, 'id')).toBeUndefined()
    expect(field([1, 2], 'length')).toBeUndefined()
    expect(field({}, 'constructor')).toBeUndefined()
  })
})

describe('toBoolean', () => {
  it.each([
    [true, true],
    [1, true],
    ['1', true],
    ['true', true],
    [false, false],
    [0, false],
    ['0', false],
    ['false', false],
  ])('reads %j as %s', (input, expected) => {
    expect(toBoolean(input)).toBe(expected)
  })

  it('uses the fallback for missing or unreadable values', () => {
    expect(toBoolean(undefined, true)).toBe(true)
    expect(toBoolean(null)).toBe(false)
    expect(toBoolean('maybe', true)).toBe(true)
  })
})

describe('toIsoDate', () => {
  it('keeps ISO strings with an offset', () => {
    expect(toIsoDate('2026-11-23T02:01:11.000+00:00')).toBe('2026-11-23T02:01:11.000+00:00')
  })

  it('turns a zone-less SQL date-time (A list queries) into a UTC ISO string', () => {
    const iso = toIsoDate('2026-11-23 01:59:53')
    expect(iso).toBe('2026-11-23T01:59:53Z')
    expect(Date.parse(iso ?? '')).toBe(Date.parse('2026-11-23T01:59:53.000+00:00'))
  })

  it('gives null for missing or unparsable values', () => {
    expect(toIsoDate(null)).toBeNull()
    expect(toIsoDate('')).toBeNull()
    expect(toIsoDate('yesterday-ish')).toBeNull()
    expect(toIsoDate(1_700_000_000)).toBeNull()
  })
})

describe('toId', () => {
  it('turns digit strings into numbers so ids compare across payloads', () => {
    expect(toId('12')).toBe(12)
    expect(toId(12)).toBe(12)
  })

  it('keeps non-numeric ids as strings and rejects empty values', () => {
    expect(toId('9b2c-uuid')).toBe('9b2c-uuid')
    expect(toId('')).toBeNull()
    expect(toId(undefined)).toBeNull()
  })
})
