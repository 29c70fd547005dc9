import { safeCssValue } from './cssValue'
import type { EscalatedTheme, PanelTheme } from './types'

type ColourKey = Exclude<keyof PanelTheme, 'mode' | 'appName' | 'logo'>
type BrandKey = Exclude<keyof EscalatedTheme, 'panel'>

/** Theme option → the public custom property it sets on the root. */
export const themeProperties = {
  primary: '--esc-primary',
  primaryHover: '--esc-primary-hover',
  primaryContrast: '--esc-primary-contrast',
  radius: '--esc-radius',
  radiusLg: '--esc-radius-lg',
  fontFamily: '--esc-font-family',
} as const satisfies Record<BrandKey, `--esc-${string}`>

/** Panel option → the public custom property it sets on the root. */
export const panelThemeProperties = {
  bg: '--esc-panel-bg',
  surface: '--esc-panel-surface',
  surfaceAlt: '--esc-panel-surface-alt',
  input: '--esc-panel-input',
  border: '--esc-panel-border',
  borderStrong: '--esc-panel-border-strong',
  text: '--esc-panel-text',
  textMuted: '--esc-panel-text-muted',
  sidebar: '--esc-panel-sidebar',
  sidebarText: '--esc-panel-sidebar-text',
  sidebarMuted: '--esc-panel-sidebar-muted',
  sidebarActive: '--esc-panel-sidebar-active',
  sidebarActiveText: '--esc-panel-sidebar-active-text',
  topbar: '--esc-panel-topbar',
  topbarText: '--esc-panel-topbar-text',
  overlay: '--esc-panel-overlay',
} as const satisfies Record<ColourKey, `--esc-panel-${string}`>

/**
 * The public custom properties to set inline on the Escalated root for `theme`: only the
 * options given (CSS derives the rest), values that could escape the declaration dropped.
 */
export function themeStyle(theme?: EscalatedTheme): Record<string, string> {
  const style: Record<string, string> = {}
  if (!theme) return style
  for (const [key, property] of Object.entries(themeProperties)) {
    const value = safeCssValue(theme[key as BrandKey])
    if (value !== null) style[property] = value
  }
  const panel = theme.panel ?? {}
  for (const [key, property] of Object.entries(panelThemeProperties)) {
    const value = safeCssValue(panel[key as ColourKey])
    if (value !== null) style[property] = value
  }
  return style
}
