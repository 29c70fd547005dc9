// Custom ticket actions, configured the way a Laravel host fills `escalated.ticket_actions` (contract §5):
// `key` and `label` required; `visible`, `enabled`, `variant`, `confirmation`, `metadata` optional, each a
// value or a function of the ticket and the user.

/**
 * @typedef {{ ticket: Record<string, any>, user: { id: number, name: string, is_admin: boolean } }} ActionContext
 * @typedef {<T>(value: T | ((context: ActionContext) => T)) => T} Resolve
 * @typedef {object} TicketActionConfig
 * @property {string} key
 * @property {string} label
 * @property {boolean | ((context: ActionContext) => boolean)} [visible]
 * @property {boolean | ((context: ActionContext) => boolean)} [enabled]
 * @property {'primary' | 'secondary' | 'danger' | ((context: ActionContext) => string)} [variant]
 * @property {string | null | ((context: ActionContext) => string | null)} [confirmation]
 * @property {Record<string, unknown> | ((context: ActionContext) => Record<string, unknown>)} [metadata]
 */

/** @type {TicketActionConfig[]} */
export const TICKET_ACTIONS = [
  {
    key: 'sync-crm',
    label: 'Sync CRM',
    variant: 'primary',
    confirmation: 'Sync this ticket to the CRM?',
    metadata: { icon: 'refresh-cw' },
  },
  {
    key: 'escalate-legal',
    label: 'Escalate to legal',
    variant: 'danger',
    confirmation: 'Escalate this ticket to the legal team? They will be notified right away.',
    visible: ({ user }) => user.is_admin,
    metadata: { icon: 'scale' },
  },
  {
    key: 'print-label',
    label: 'Print shipping label',
    variant: 'secondary',
    enabled: ({ ticket }) => ticket.department_id !== null,
    metadata: ({ ticket }) =>
      ticket.department_id === null
        ? { icon: 'printer', reason: 'Set a department first' }
        : { icon: 'printer' },
  },
]

/**
 * @template T
 * @param {T | ((context: ActionContext) => T)} value
 * @param {ActionContext} context
 * @returns {T}
 */
function resolve(value, context) {
  return typeof value === 'function'
    ? /** @type {(context: ActionContext) => T} */ (value)(context)
    : value
}

/**
 * The serialized action of §5 for one ticket and user, or null when it is hidden.
 * @param {TicketActionConfig} action
 * @param {ActionContext} context
 * @param {string} prefix route prefix, e.g. `/support`
 */
export function serializeAction(action, context, prefix) {
  if (!resolve(action.visible ?? true, context)) return null
  return {
    key: action.key,
    label: action.label,
    variant: resolve(action.variant ?? 'secondary', context),
    confirmation: resolve(action.confirmation ?? null, context),
    disabled: !resolve(action.enabled ?? true, context),
    metadata: resolve(action.metadata ?? {}, context),
    url: `${prefix}/agent/tickets/${encodeURIComponent(context.ticket.reference)}/actions/${encodeURIComponent(action.key)}`,
    method: 'post',
  }
}

/**
 * Every visible action for a ticket and user, in configuration order.
 * @param {ActionContext} context
 * @param {string} prefix
 */
export function actionsFor(context, prefix) {
  return TICKET_ACTIONS.map((action) => serializeAction(action, context, prefix)).filter(
    (action) => action !== null,
  )
}
