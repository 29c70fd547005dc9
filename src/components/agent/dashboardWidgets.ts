import type { PluginDashboardWidget } from '@/contract'

/** A plugin dashboard widget as the dashboard renders it. */
export interface DashboardWidgetEntry {
  /** Stable key for rendering. */
  key: string
  /** Name of the component an extension registered (`components: {…}`), or null when none was sent. */
  component: string | null
  /** Heading the backend gave the widget, if any. */
  title: string | null
  /** Props for the component (`props` of the entry; `{}` when none). */
  props: Record<string, unknown>
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null
}

/**
 * Reads `escalated.plugin_dashboard_widgets` entries. The contract fixes no shape, so this takes the
 * old UI's fields: `component` (a registered component name), `title` (or `label`/`name`) and `props`.
 */
export function readDashboardWidgets(
  entries: readonly PluginDashboardWidget[],
): DashboardWidgetEntry[] {
  return entries.map((entry, index) => {
    const props = entry.props
    const component = text(entry.component)
    return {
      key: text(entry.key) ?? text(entry.id) ?? `${component ?? 'widget'}-${index}`,
      component,
      title: text(entry.title) ?? text(entry.label) ?? text(entry.name),
      props:
        typeof props === 'object' && props !== null && !Array.isArray(props) ? { ...props } : {},
    }
  })
}
