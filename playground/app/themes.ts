import type { PanelMode } from '@escalated-dev/escalated'

/** A named set of public `--esc-*` custom properties a designer might ship. */
export interface ThemePreset {
  /** Shown in the switcher. */
  label: string
  /** Custom properties set on `:root`; the package reads them through its tokens. */
  properties: Record<string, string>
}

/** The switcher's choice, kept in localStorage between visits. */
export interface ThemeChoice {
  /** Key of `THEME_PRESETS`. */
  preset: string
  /** Panel mode handed to the package. */
  mode: PanelMode
}

// Only brand, shape and type: panel colours set this way would apply in both modes, and the point of the
// switcher is that light/dark stays the package's job.
/** The presets the playground offers. */
export const THEME_PRESETS: Record<string, ThemePreset> = {
  default: { label: 'Package default', properties: {} },
  ocean: {
    label: 'Ocean',
    properties: {
      '--esc-primary': '#0e7490',
      '--esc-radius': '0.75rem',
      '--esc-font-family': "'Avenir Next', 'Segoe UI', system-ui, sans-serif",
    },
  },
  forest: {
    label: 'Forest',
    properties: { '--esc-primary': '#15803d', '--esc-radius': '0.25rem' },
  },
  plum: {
    label: 'Plum',
    properties: { '--esc-primary': '#7e22ce', '--esc-radius': '1rem', '--esc-radius-lg': '1.5rem' },
  },
  square: {
    label: 'Square ink',
    properties: {
      '--esc-primary': '#111827',
      '--esc-radius': '0',
      '--esc-radius-lg': '0',
      '--esc-font-family': 'ui-monospace, SFMono-Regular, Menlo, monospace',
    },
  },
}

const STORAGE_KEY = 'escalated-playground:theme'
const MODES: readonly PanelMode[] = ['light', 'dark', 'auto']

/** Reads the saved choice, falling back to the package default in light mode. */
export function readThemeChoice(storage: Pick<Storage, 'getItem'>): ThemeChoice {
  const fallback: ThemeChoice = { preset: 'default', mode: 'light' }
  const raw = storage.getItem(STORAGE_KEY)
  if (!raw) return fallback
  try {
    const parsed: unknown = JSON.parse(raw)
    if (typeof parsed !== 'object' || parsed === null) return fallback
    const preset = 'preset' in parsed && typeof parsed.preset === 'string' ? parsed.preset : ''
    const mode = 'mode' in parsed ? MODES.find((m) => m === parsed.mode) : undefined
    return { preset: preset in THEME_PRESETS ? preset : 'default', mode: mode ?? 'light' }
  } catch {
    // Somebody edited the entry by hand: start over from the default.
    return fallback
  }
}

/** Saves the choice for the next visit. */
export function writeThemeChoice(storage: Pick<Storage, 'setItem'>, choice: ThemeChoice): void {
  storage.setItem(STORAGE_KEY, JSON.stringify(choice))
}

/** Sets the preset's custom properties on `root`, clearing those of every other preset. */
export function applyPreset(root: HTMLElement, presetKey: string): void {
  for (const preset of Object.values(THEME_PRESETS)) {
    for (const name of Object.keys(preset.properties)) root.style.removeProperty(name)
  }
  const preset = THEME_PRESETS[presetKey]
  if (!preset) return
  for (const [name, value] of Object.entries(preset.properties)) root.style.setProperty(name, value)
}
