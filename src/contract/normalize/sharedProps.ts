import type { AgentType, FlashMessages, SharedProps } from '../shared'
import { normalizeUser } from './people'
import {
  field,
  firstPresent,
  isRecord,
  toBoolean,
  toNonEmptyString,
  toRecord,
  toStringList,
} from './read'

/** The route prefix when the backend sends none (L and A default to `support`). */
export const DEFAULT_PREFIX = '/support'

/** `support`, `/support/` and ` /support ` all become `/support`; an empty prefix is the root `/`. */
export function normalizePrefix(raw: unknown): string {
  const text = toNonEmptyString(raw)
  if (text === null) return typeof raw === 'string' ? '/' : DEFAULT_PREFIX
  const trimmed = text.trim().replace(/^\/+|\/+$/g, '')
  return `/${trimmed}`
}

/** Keeps the plain objects of a plugin list. */
function objectList(raw: unknown): Record<string, unknown>[] {
  return Array.isArray(raw) ? raw.filter(isRecord).map((entry) => ({ ...entry })) : []
}

const FLASH_KEYS = ['success', 'error', 'notice', 'alert', 'plain_text_token']

/** Flash messages; rails also flashes `notice`/`alert`, read as success/error when those are empty. */
function normalizeFlash(raw: unknown): FlashMessages {
  const extras: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(toRecord(raw))) {
    if (!FLASH_KEYS.includes(key) && value !== null && value !== undefined) extras[key] = value
  }
  return {
    success: toNonEmptyString(firstPresent(field(raw, 'success'), field(raw, 'notice'))),
    error: toNonEmptyString(firstPresent(field(raw, 'error'), field(raw, 'alert'))),
    plain_text_token: toNonEmptyString(field(raw, 'plain_text_token')),
    extras,
  }
}

/** Validation messages per field; a list of messages keeps its first one. */
function normalizeErrors(raw: unknown): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const [key, value] of Object.entries(toRecord(raw))) {
    const message = toStringList(value)[0]
    if (message !== undefined) errors[key] = message
  }
  return errors
}

/**
 * The shared props with the defaults of contract §2: every part is optional (stock A sends no
 * `escalated` block at all), and absent knowledge-base flags mean there is no knowledge base.
 */
export function normalizeSharedProps(raw: unknown): SharedProps {
  const escalated = field(raw, 'escalated')
  const agentType: AgentType = field(escalated, 'agent_type') === 'light' ? 'light' : 'full'
  return {
    escalated: {
      // rails shares the prefix as `route_prefix`.
      prefix: normalizePrefix(
        firstPresent(field(escalated, 'prefix'), field(escalated, 'route_prefix')),
      ),
      is_agent: toBoolean(field(escalated, 'is_agent')),
      is_admin: toBoolean(field(escalated, 'is_admin')),
      guest_tickets_enabled: toBoolean(field(escalated, 'guest_tickets_enabled'), true),
      show_powered_by: toBoolean(field(escalated, 'show_powered_by'), true),
      knowledge_base_enabled: toBoolean(field(escalated, 'knowledge_base_enabled')),
      knowledge_base_public: toBoolean(field(escalated, 'knowledge_base_public')),
      knowledge_base_feedback_enabled: toBoolean(
        field(escalated, 'knowledge_base_feedback_enabled'),
      ),
      agent_type: agentType,
      plugin_menu_items: objectList(field(escalated, 'plugin_menu_items')),
      plugin_dashboard_widgets: objectList(field(escalated, 'plugin_dashboard_widgets')),
      plugin_pages: objectList(field(escalated, 'plugin_pages')),
    },
    auth: { user: normalizeUser(field(field(raw, 'auth'), 'user')) },
    flash: normalizeFlash(field(raw, 'flash')),
    errors: normalizeErrors(field(raw, 'errors')),
  }
}
