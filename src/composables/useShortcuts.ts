import { toValue, type MaybeRefOrGetter, type Ref } from 'vue'
import { useEventListener } from '@vueuse/core'
import { usePreference } from './usePreference'

/** What the queue's keyboard shortcuts do. */
export const SHORTCUT_ACTIONS = ['next', 'previous', 'toggle', 'open', 'search', 'help'] as const

/** One shortcut action. */
export type ShortcutAction = (typeof SHORTCUT_ACTIONS)[number]

/** The key (`KeyboardEvent.key`) bound to each action. */
export type ShortcutKeymap = Record<ShortcutAction, string>

/** A user's shortcut choices (WCAG 2.1.4: single-key shortcuts can be turned off or remapped). */
export interface ShortcutSettings {
  /** Whether single-key shortcuts are on. */
  enabled: boolean
  /** The key per action. */
  keys: ShortcutKeymap
}

/** The keys Gmail-style queues use: j/k move, x selects, Enter opens, / searches, ? helps. */
export const DEFAULT_SHORTCUT_KEYS: Readonly<ShortcutKeymap> = {
  next: 'j',
  previous: 'k',
  toggle: 'x',
  open: 'Enter',
  search: '/',
  help: '?',
}

/** Whether `key` may be bound: one printable character (not a space) or Enter. */
export function isBindableKey(key: string): boolean {
  return key === 'Enter' || ([...key].length === 1 && key.trim() !== '')
}

/** The actions whose key is also used by another action (these need a different key). */
export function conflictingActions(keys: Readonly<ShortcutKeymap>): ShortcutAction[] {
  return SHORTCUT_ACTIONS.filter((action) =>
    SHORTCUT_ACTIONS.some((other) => other !== action && keys[other] === keys[action]),
  )
}

function parseSettings(stored: unknown): ShortcutSettings | null {
  if (typeof stored !== 'object' || stored === null) return null
  const enabled = 'enabled' in stored ? stored.enabled : undefined
  const keys = 'keys' in stored ? stored.keys : undefined
  if (typeof enabled !== 'boolean' || typeof keys !== 'object' || keys === null) return null
  const keymap = { ...DEFAULT_SHORTCUT_KEYS }
  for (const action of SHORTCUT_ACTIONS) {
    const key: unknown = Reflect.get(keys, action)
    if (typeof key === 'string' && isBindableKey(key)) keymap[action] = key
  }
  return conflictingActions(keymap).length === 0 ? { enabled, keys: keymap } : null
}

/** Options of `useShortcutSettings`. */
export interface UseShortcutSettingsOptions {
  /** Where `localStorage` lives. @default globalThis.window */
  window?: Window
}

/** What `useShortcutSettings` returns. */
export interface UseShortcutSettingsReturn {
  /** The user's choices; writing them stores them. */
  settings: Ref<ShortcutSettings>
  /** Back to the default keys, shortcuts on. */
  reset: () => void
}

/** The user's shortcut choices, kept in `localStorage` (`escalated:shortcuts`) for every list. */
export function useShortcutSettings(
  options: UseShortcutSettingsOptions = {},
): UseShortcutSettingsReturn {
  const { value, reset } = usePreference<ShortcutSettings>(
    'shortcuts',
    { enabled: true, keys: { ...DEFAULT_SHORTCUT_KEYS } },
    { parse: parseSettings, ...('window' in options ? { window: options.window } : {}) },
  )
  return { settings: value, reset }
}

/** What a shortcut handler receives. */
export type ShortcutHandler = (event: KeyboardEvent) => void

/** Options of `useShortcuts`. */
export interface UseShortcutsOptions {
  /** The user's settings; nothing fires while `enabled` is false. */
  settings: MaybeRefOrGetter<ShortcutSettings>
  /** Extra switch, e.g. off while the queue is busy. @default true */
  active?: MaybeRefOrGetter<boolean>
  /** Where keys are listened for. @default globalThis.window */
  window?: Window
}

const TEXT_ENTRY = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])'
// Input types that take no text: shortcuts still work while a row checkbox has focus.
const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset'])
// While one of these holds focus, keys belong to it (its own typeahead or arrow keys).
const OWNS_KEYS =
  '[role="dialog"], [role="alertdialog"], [role="menu"], [role="listbox"], [role="combobox"]'
const ACTIVATES_ON_ENTER =
  'a[href], button, summary, [role="button"], [role="link"], [role="menuitem"]'

/** Whether the key press was meant for whatever has focus rather than for a shortcut. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (typeof Element === 'undefined' || !(target instanceof Element)) return false
  const entry = target.closest(TEXT_ENTRY)
  if (entry instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(entry.type)
  return entry !== null || target.closest(OWNS_KEYS) !== null
}

/**
 * Single-key shortcuts for a page. They never fire while the user types (inputs, text areas,
 * editable content), composes text with an IME, holds Ctrl/Alt/Meta, or works inside a dialog or
 * menu; Enter is left to links and buttons that have focus. Keys follow the user's settings, which
 * can turn them off or remap them.
 */
export function useShortcuts(
  handlers: Partial<Record<ShortcutAction, ShortcutHandler>>,
  options: UseShortcutsOptions,
): void {
  const win = 'window' in options ? options.window : globalThis.window

  function onKeydown(event: KeyboardEvent): void {
    if (event.defaultPrevented || (event.repeat && event.key === 'Enter')) return
    // 229 is what browsers report for keys that feed an IME composition.
    if (event.isComposing || event.keyCode === 229) return
    if (event.ctrlKey || event.metaKey || event.altKey) return
    const settings = toValue(options.settings)
    if (!settings.enabled || toValue(options.active) === false) return
    if (isTypingTarget(event.target)) return
    const action = SHORTCUT_ACTIONS.find((name) => settings.keys[name] === event.key)
    if (!action) return
    if (
      action === 'open' &&
      event.target instanceof Element &&
      event.target.closest(ACTIVATES_ON_ENTER)
    )
      return
    const handler = handlers[action]
    if (!handler) return
    event.preventDefault()
    handler(event)
  }

  // Removed with the scope; without a window (SSR) nothing is attached.
  useEventListener(win, 'keydown', onKeydown)
}
