// A value ends up in a server-rendered style attribute, where `;` or braces would let it declare
// other properties, so such values are dropped rather than escaped.
const UNSAFE_VALUE = /[;{}<>\\]|\/\*/

/** `value` trimmed if it is a non-empty string safe to set as one inline custom property, else `null`. */
export function safeCssValue(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const trimmed = value.trim()
  return trimmed === '' || UNSAFE_VALUE.test(trimmed) ? null : trimmed
}
