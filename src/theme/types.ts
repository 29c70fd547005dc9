/** How the staff panels pick their palette: fixed light, fixed dark, or the OS preference. */
export type PanelMode = 'light' | 'dark' | 'auto'

/**
 * Panel options: the mode, branding, and one optional colour per public panel token
 * (`surfaceAlt` sets `--esc-panel-surface-alt`). A colour set here applies in every mode.
 */
export interface PanelTheme {
  /** Palette mode of the root. @default 'light' */
  mode?: PanelMode
  /** Product name shown in the panel chrome. */
  appName?: string
  /** URL of the logo shown in the panel chrome. */
  logo?: string
  /** Page background behind cards (`--esc-panel-bg`). */
  bg?: string
  /** Card and dialog background (`--esc-panel-surface`). */
  surface?: string
  /** Alternate surface: table stripes, hover rows, code (`--esc-panel-surface-alt`). */
  surfaceAlt?: string
  /** Background of inputs, selects and textareas (`--esc-panel-input`). */
  input?: string
  /** Hairlines between sections and around cards (`--esc-panel-border`). */
  border?: string
  /** Borders of inputs and other controls, which need 3:1 contrast (`--esc-panel-border-strong`). */
  borderStrong?: string
  /** Body text (`--esc-panel-text`). */
  text?: string
  /** Secondary text: hints, timestamps (`--esc-panel-text-muted`). */
  textMuted?: string
  /** Sidebar background (`--esc-panel-sidebar`). */
  sidebar?: string
  /** Sidebar text (`--esc-panel-sidebar-text`). */
  sidebarText?: string
  /** Sidebar section headings and icons (`--esc-panel-sidebar-muted`). */
  sidebarMuted?: string
  /** Background of the active sidebar item (`--esc-panel-sidebar-active`). */
  sidebarActive?: string
  /** Text of the active sidebar item (`--esc-panel-sidebar-active-text`). */
  sidebarActiveText?: string
  /** Top bar background (`--esc-panel-topbar`). */
  topbar?: string
  /** Top bar text (`--esc-panel-topbar-text`). */
  topbarText?: string
  /** Backdrop behind dialogs (`--esc-panel-overlay`). */
  overlay?: string
}

/** Theme options of the plugin; anything left out keeps the default from `tokens.css`. */
export interface EscalatedTheme {
  /** Brand colour: primary buttons, links, focus ring (`--esc-primary`). Any CSS colour. */
  primary?: string
  /** Hover colour of primary buttons (`--esc-primary-hover`). @default primary mixed 15% towards black */
  primaryHover?: string
  /** Text on the brand colour (`--esc-primary-contrast`). @default white */
  primaryContrast?: string
  /** Base corner radius (`--esc-radius`), any CSS length. @default 0.5rem */
  radius?: string
  /** Radius of cards and dialogs (`--esc-radius-lg`). @default 1.5 × radius */
  radiusLg?: string
  /** Font stack of the whole UI (`--esc-font-family`). @default the system UI font */
  fontFamily?: string
  /** Panel mode, branding and palette. */
  panel?: PanelTheme
}
