import type { Component } from 'vue'
import type { Messages } from '@/i18n'

/**
 * Places where extension components render. Each name is rendered by the component named in its comment;
 * the list grows with the pages that render new slots.
 */
export interface ExtensionSlotProps {
  /** End of the agent top bar (AgentTopBar). */
  'agent.topbar': Record<string, never>
  /** Below the admin navigation (AdminSidebar). */
  'admin.sidebar': Record<string, never>
  /** End of the customer header navigation (CustomerShell / host header). */
  'customer.nav': Record<string, never>
  /** Below the agent dashboard's own cards (DashboardWidgets). */
  'dashboard.widgets': Record<string, never>
}

/** A slot name an extension can fill. */
export type ExtensionSlotName = keyof ExtensionSlotProps

/** A plugin extension registered in code by a host or a plugin package. */
export interface EscalatedExtension {
  /** Unique name, used in warnings. */
  name: string
  /** Components rendered into named slots, in registration order. */
  slots?: { [K in ExtensionSlotName]?: Component | Component[] }
  /**
   * Components a backend may reference by name: plugin pages (`Escalated/Plugin/Page` `component` prop) and
   * `escalated.plugin_dashboard_widgets` entries.
   */
  components?: Record<string, Component>
  /** Catalogues merged into the i18n instance, per locale. */
  messages?: Record<string, Messages>
}

/** Type helper for writing an extension with full inference. */
export function defineEscalatedPlugin(extension: EscalatedExtension): EscalatedExtension {
  return extension
}

/** Read side of the registered extensions. */
export interface ExtensionRegistry {
  /** Components registered for a slot, in registration order. */
  slot: (name: ExtensionSlotName) => Component[]
  /** A named component contributed by any extension. */
  component: (name: string) => Component | undefined
  /** Names of the registered extensions. */
  names: readonly string[]
}

/** Build the registry once at install, so render functions never recreate components. */
export function createExtensionRegistry(
  extensions: readonly EscalatedExtension[],
): ExtensionRegistry {
  const slots = new Map<ExtensionSlotName, Component[]>()
  const components = new Map<string, Component>()
  for (const extension of extensions) {
    for (const [name, value] of Object.entries(extension.slots ?? {}) as Array<
      [ExtensionSlotName, Component | Component[] | undefined]
    >) {
      if (!value) continue
      slots.set(name, [...(slots.get(name) ?? []), ...(Array.isArray(value) ? value : [value])])
    }
    for (const [name, component] of Object.entries(extension.components ?? {})) {
      components.set(name, component)
    }
  }
  return {
    slot: (name) => slots.get(name) ?? [],
    component: (name) => components.get(name),
    names: extensions.map((extension) => extension.name),
  }
}
