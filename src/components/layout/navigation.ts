import type { SharedProps } from '@/contract'
import type { I18n } from '@/i18n'
import { hasRoute, type RouteName, type RouteResolver } from '@/routes'

/** The chrome a page sits in; chosen by the page, never by the URL. */
export type LayoutSection = 'customer' | 'guest' | 'agent' | 'admin'

/** One navigation entry. */
export interface NavItem {
  key: string
  label: string
  href: string
  /** Also active on sub-paths (`/agent/tickets/ESC-1` for Tickets). */
  matchPrefix: boolean
}

interface NavSpec {
  key: string
  route: RouteName
  label: string
  matchPrefix?: boolean
  when?: (shared: SharedProps) => boolean
}

const CUSTOMER_NAV: readonly NavSpec[] = [
  { key: 'my-tickets', route: 'escalated.customer.tickets.index', label: 'layout.nav.my_tickets' },
  { key: 'new-ticket', route: 'escalated.customer.tickets.create', label: 'layout.nav.new_ticket' },
  {
    key: 'kb',
    route: 'escalated.customer.kb.index',
    label: 'layout.nav.knowledge_base',
    matchPrefix: true,
    when: (s) => s.escalated.knowledge_base_enabled,
  },
  {
    key: 'agent',
    route: 'escalated.agent.dashboard',
    label: 'layout.nav.agent_panel',
    when: (s) => s.escalated.is_agent || s.escalated.is_admin,
  },
]

const GUEST_NAV: readonly NavSpec[] = [
  {
    key: 'kb',
    route: 'escalated.customer.kb.index',
    label: 'layout.nav.knowledge_base',
    matchPrefix: true,
    when: (s) => s.escalated.knowledge_base_enabled && s.escalated.knowledge_base_public,
  },
]

const AGENT_NAV: readonly NavSpec[] = [
  { key: 'dashboard', route: 'escalated.agent.dashboard', label: 'layout.nav.dashboard' },
  {
    key: 'tickets',
    route: 'escalated.agent.tickets.index',
    label: 'layout.nav.tickets',
    matchPrefix: true,
  },
  {
    key: 'admin',
    route: 'escalated.admin.tickets.index',
    label: 'layout.nav.admin_panel',
    when: (s) => s.escalated.is_admin,
  },
]

const ADMIN_NAV: readonly NavSpec[] = [
  {
    key: 'tickets',
    route: 'escalated.admin.tickets.index',
    label: 'layout.nav.tickets',
    matchPrefix: true,
  },
  { key: 'dashboard', route: 'escalated.agent.dashboard', label: 'layout.nav.agent_panel' },
  {
    key: 'reports',
    route: 'escalated.admin.reports',
    label: 'layout.nav.reports',
    matchPrefix: true,
  },
  {
    key: 'departments',
    route: 'escalated.admin.departments.index',
    label: 'layout.nav.departments',
    matchPrefix: true,
  },
  {
    key: 'sla',
    route: 'escalated.admin.sla-policies.index',
    label: 'layout.nav.sla_policies',
    matchPrefix: true,
  },
  {
    key: 'escalation-rules',
    route: 'escalated.admin.escalation-rules.index',
    label: 'layout.nav.escalation_rules',
    matchPrefix: true,
  },
  {
    key: 'automations',
    route: 'escalated.admin.automations.index',
    label: 'layout.nav.automations',
    matchPrefix: true,
  },
  { key: 'tags', route: 'escalated.admin.tags.index', label: 'layout.nav.tags' },
  {
    key: 'canned',
    route: 'escalated.admin.canned-responses.index',
    label: 'layout.nav.canned_responses',
  },
  { key: 'macros', route: 'escalated.admin.macros.index', label: 'layout.nav.macros' },
  { key: 'api-tokens', route: 'escalated.admin.api-tokens.index', label: 'layout.nav.api_tokens' },
  { key: 'plugins', route: 'escalated.admin.plugins.index', label: 'layout.nav.plugins' },
  {
    key: 'settings',
    route: 'escalated.admin.settings',
    label: 'layout.nav.settings',
    matchPrefix: true,
  },
]

const SPECS: Record<LayoutSection, readonly NavSpec[]> = {
  customer: CUSTOMER_NAV,
  guest: GUEST_NAV,
  agent: AGENT_NAV,
  admin: ADMIN_NAV,
}

/** Navigation entries of a section, for the routes the table has and the features the backend enables. */
export function buildNav(
  section: LayoutSection,
  shared: SharedProps,
  route: RouteResolver,
  t: I18n['t'],
): NavItem[] {
  const items: NavItem[] = SPECS[section]
    .filter((spec) => hasRoute(spec.route) && (spec.when?.(shared) ?? true))
    .map((spec) => ({
      key: spec.key,
      label: t(spec.label),
      href: route(spec.route),
      matchPrefix: spec.matchPrefix ?? false,
    }))
  if (section === 'admin') {
    // Plugin menu entries have no fixed shape across backends; use those that carry a label and a URL.
    for (const entry of shared.escalated.plugin_menu_items) {
      const label = entry.label ?? entry.name
      const href = entry.url ?? entry.href
      if (typeof label === 'string' && typeof href === 'string') {
        items.push({ key: `plugin:${label}`, label, href, matchPrefix: true })
      }
    }
  }
  return items
}

function pathOf(url: string): string {
  try {
    return new URL(url, 'http://escalated.invalid').pathname.replace(/\/+$/, '') || '/'
  } catch {
    return url
  }
}

/** Whether a nav item is the current page. */
export function isActive(item: NavItem, currentUrl: string): boolean {
  const current = pathOf(currentUrl)
  const target = pathOf(item.href)
  return current === target || (item.matchPrefix && current.startsWith(`${target}/`))
}
