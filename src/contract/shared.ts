/** The shared Inertia props every page receives (contract §2). */
import type { User } from './models'

/** A plugin menu entry; the contract does not fix its fields, so entries are kept as sent. */
export type PluginMenuItem = Readonly<Record<string, unknown>>

/** A plugin dashboard widget; kept as sent. */
export type PluginDashboardWidget = Readonly<Record<string, unknown>>

/** A plugin page entry; kept as sent. */
export type PluginPageEntry = Readonly<Record<string, unknown>>

/** Agent seat kind: light agents may only add notes. */
export type AgentType = 'full' | 'light'

/** The `escalated` block with the contract's defaults applied. */
export interface EscalatedSharedProps {
  /** Route prefix with a leading `/` and no trailing one (`/support` by default, `/` for the root). */
  prefix: string
  /** Whether the viewer passes the agent gate. */
  is_agent: boolean
  /** Whether the viewer passes the admin gate. */
  is_admin: boolean
  /** Whether guests may open tickets (default `true`). */
  guest_tickets_enabled: boolean
  /** Whether to show the "powered by" footer (default `true`). */
  show_powered_by: boolean
  /** Whether the backend has a knowledge base; absent means none (A). */
  knowledge_base_enabled: boolean
  /** Whether anonymous visitors may read the knowledge base. */
  knowledge_base_public: boolean
  /** Whether article feedback is on. */
  knowledge_base_feedback_enabled: boolean
  /** The viewer's agent seat kind (default `full`). */
  agent_type: AgentType
  /** Plugin menu entries (default `[]`). */
  plugin_menu_items: PluginMenuItem[]
  /** Plugin dashboard widgets (default `[]`). */
  plugin_dashboard_widgets: PluginDashboardWidget[]
  /** Plugin pages (default `[]`). */
  plugin_pages: PluginPageEntry[]
}

/** Flash messages of the last redirect. */
export interface FlashMessages {
  /** Success message, or null. */
  success: string | null
  /** Error message, or null. */
  error: string | null
  /** The API token shown once after it was created (UI). */
  plain_text_token: string | null
  /** Every other non-null flash key as sent (e.g. `two_factor_setup`). */
  extras: Record<string, unknown>
}

/** Shared props with defaults for everything a backend may leave out. */
export interface SharedProps {
  /** The package's own block. */
  escalated: EscalatedSharedProps
  /** The signed-in user. */
  auth: { user: User | null }
  /** Flash messages. */
  flash: FlashMessages
  /** Validation messages per field. */
  errors: Record<string, string>
}
