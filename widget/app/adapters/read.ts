/** Lenient readers for backend JSON: payloads stay `unknown` until these turn them into the model. */

/** The value as a plain object, or an empty one. */
export function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {}
}

/** The value as an array, or an empty one. */
export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}

/** A field under its snake_case or camelCase name (`created_at` / `createdAt`, contract §3.2). */
export function pick(source: Record<string, unknown>, key: string): unknown {
  return source[key] ?? source[key.replace(/_(\w)/g, (_, c: string) => c.toUpperCase())]
}

/** A string or number field as text; `''` when absent. */
export function text(source: Record<string, unknown>, key: string): string {
  const value = pick(source, key)
  return typeof value === 'string' || typeof value === 'number' ? String(value) : ''
}

/** A boolean field: `true`, `1`, `'1'` and `'true'` are true (SQLite backends send 0/1). */
export function flag(source: Record<string, unknown>, key: string): boolean {
  const value = pick(source, key)
  return value === true || value === 1 || value === '1' || value === 'true'
}

/** A name from a string or a `{ name }` object (departments, authors). */
export function nameOf(value: unknown): string | undefined {
  const name = typeof value === 'string' ? value : text(record(value), 'name')
  return name || undefined
}
