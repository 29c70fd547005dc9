// A small Laravel-style validator: the same rule names and the same English messages, so the package sees
// the errors bag a Laravel host would send. Unknown or malformed input becomes a field error, never a 500.
import { ValidationError } from './http.mjs'

/**
 * A rule: a Laravel rule string ('required', 'max:255', 'in:a,b') or a check returning an error message.
 * @typedef {string | ((value: unknown, attribute: string) => string | null)} Rule
 */

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** @param {string} field */
const attributeName = (field) => (field.includes('.') ? field : field.replace(/_/g, ' '))

/** @param {unknown} value */
const isEmpty = (value) =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0)

/** @param {unknown} value */
function toInteger(value) {
  if (typeof value === 'number' && Number.isInteger(value)) return value
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value.trim())
  return null
}

/** @param {unknown} value */
function toBoolean(value) {
  if (value === true || value === 1 || value === '1' || value === 'true') return true
  if (value === false || value === 0 || value === '0' || value === 'false') return false
  return null
}

/**
 * Applies one rule; returns the (possibly coerced) value or an error message.
 * @param {string} rule
 * @param {unknown} value
 * @param {string} attr
 * @returns {{ value: unknown } | { error: string }}
 */
function applyRule(rule, value, attr) {
  const [name, arg = ''] = rule.split(/:(.*)/s)
  switch (name) {
    case 'string':
      return typeof value === 'string'
        ? { value: value.trim() }
        : { error: `The ${attr} field must be a string.` }
    case 'max':
      if (typeof value === 'string' && value.length > Number(arg))
        return { error: `The ${attr} field must not be greater than ${arg} characters.` }
      if (Array.isArray(value) && value.length > Number(arg))
        return { error: `The ${attr} field must not have more than ${arg} items.` }
      return { value }
    case 'min':
      if (typeof value === 'string' && value.length < Number(arg))
        return { error: `The ${attr} field must be at least ${arg} characters.` }
      return { value }
    case 'integer': {
      const n = toInteger(value)
      return n === null ? { error: `The ${attr} field must be an integer.` } : { value: n }
    }
    case 'between': {
      const [lo, hi] = arg.split(',').map(Number)
      return typeof value === 'number' && value >= lo && value <= hi
        ? { value }
        : { error: `The ${attr} field must be between ${lo} and ${hi}.` }
    }
    case 'boolean': {
      const b = toBoolean(value)
      return b === null ? { error: `The ${attr} field must be true or false.` } : { value: b }
    }
    case 'email':
      return typeof value === 'string' && EMAIL.test(value)
        ? { value: value.toLowerCase() }
        : { error: `The ${attr} field must be a valid email address.` }
    case 'in':
      return arg.split(',').includes(String(value))
        ? { value: String(value) }
        : { error: `The selected ${attr} is invalid.` }
    case 'array':
      return Array.isArray(value) ? { value } : { error: `The ${attr} field must be an array.` }
    case 'object':
      // PHP has only arrays, so Laravel words an object check as "must be an array".
      return value !== null && typeof value === 'object' && !Array.isArray(value)
        ? { value }
        : { error: `The ${attr} field must be an array.` }
    case 'date': {
      const time = typeof value === 'string' ? Date.parse(value) : NaN
      return Number.isNaN(time)
        ? { error: `The ${attr} field must be a valid date.` }
        : { value: new Date(time).toISOString() }
    }
    default:
      throw new Error(`Unknown validation rule "${rule}"`)
  }
}

/**
 * Validates `input` against `rules` (`'tag_ids.*'` applies to each element) and returns the coerced values.
 * Throws ValidationError with Laravel's messages.
 * @param {Record<string, unknown>} input
 * @param {Record<string, Rule[]>} rules
 * @returns {Record<string, unknown>}
 */
export function validate(input, rules) {
  /** @type {Record<string, string[]>} */
  const errors = {}
  /** @type {Record<string, unknown>} */
  const out = {}

  /** @param {string} field @param {unknown} raw @param {Rule[]} fieldRules */
  const check = (field, raw, fieldRules) => {
    const attr = attributeName(field)
    const nullable = fieldRules.includes('nullable')
    const required = fieldRules.includes('required')
    if (isEmpty(raw)) {
      if (required) errors[field] = [`The ${attr} field is required.`]
      return nullable || !required ? (Array.isArray(raw) ? raw : null) : undefined
    }
    let value = raw
    for (const rule of fieldRules) {
      if (rule === 'required' || rule === 'nullable') continue
      if (typeof rule === 'function') {
        const message = rule(value, attr)
        if (message) {
          errors[field] = [message]
          return undefined
        }
        continue
      }
      const result = applyRule(rule, value, attr)
      if ('error' in result) {
        errors[field] = [result.error]
        return undefined
      }
      value = result.value
    }
    return value
  }

  for (const [field, fieldRules] of Object.entries(rules)) {
    if (field.endsWith('.*')) continue
    const value = check(field, input[field], fieldRules)
    if (value !== undefined) out[field] = value
    const each = rules[`${field}.*`]
    if (each && Array.isArray(out[field])) {
      out[field] = /** @type {unknown[]} */ (out[field]).map((item, index) =>
        check(`${field}.${index}`, item, each),
      )
    }
  }
  if (Object.keys(errors).length > 0) throw new ValidationError(errors)
  return out
}

/**
 * A rule that checks an id exists in a table (Laravel's `exists:table,id`).
 * @param {import('./db.mjs').Db} db
 * @param {string} table
 * @param {string} [where] extra SQL condition
 * @returns {Rule}
 */
export function exists(db, table, where = '1 = 1') {
  return (value, attr) => {
    const row = db.get(`SELECT 1 AS found FROM ${table} WHERE id = ? AND ${where}`, [Number(value)])
    return row ? null : `The selected ${attr} is invalid.`
  }
}
