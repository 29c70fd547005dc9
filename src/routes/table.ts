/**
 * The built-in route table (contract §4): every route name the Escalated backends register, with its
 * method and its path relative to the mount prefix (`/{prefix}`, default `/support`).
 *
 * Where Laravel (L) and Adonis (A) register the same name with a different method or path, the entry
 * follows Laravel and the comment names what Adonis does. Names only one backend registers are listed
 * too, marked L, L+ or A: the table builds URLs, it does not say whether this backend serves them (§4.7).
 *
 * Plugin pages are not listed: L registers them per plugin as `escalated.plugin.<slug>.page.<route>`
 * (`GET /admin/plugins/{slug}/{route}`), so they reach `route()` only through the host's route list.
 * The widget endpoints are not Inertia routes either; the widget adapters own those paths (§6).
 */

/** An HTTP method as Inertia's router spells it. */
export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete'

/** One entry of the table: how to call the route and where it lives below the prefix. */
export interface RouteDefinition {
  /** The method the backend registers (the first one, where it accepts several). */
  readonly method: HttpMethod
  /** Path relative to the prefix, with `{param}` placeholders. */
  readonly path: string
}

/** Route name → method and path. Names are verbatim from the backends. */
export const routeTable = {
  // §4.1 Customer
  'escalated.customer.tickets.index': { method: 'get', path: '/' },
  'escalated.customer.tickets.create': { method: 'get', path: '/create' },
  'escalated.customer.tickets.store': { method: 'post', path: '/' },
  'escalated.customer.tickets.show': { method: 'get', path: '/{ticket}' },
  'escalated.customer.tickets.reply': { method: 'post', path: '/{ticket}/reply' },
  'escalated.customer.tickets.close': { method: 'post', path: '/{ticket}/close' },
  'escalated.customer.tickets.reopen': { method: 'post', path: '/{ticket}/reopen' },
  'escalated.customer.tickets.rate': { method: 'post', path: '/{ticket}/rate' },

  // §4.1 Guest
  'escalated.guest.tickets.create': { method: 'get', path: '/guest/create' },
  'escalated.guest.tickets.store': { method: 'post', path: '/guest' },
  'escalated.guest.tickets.show': { method: 'get', path: '/guest/{token}' },
  'escalated.guest.tickets.reply': { method: 'post', path: '/guest/{token}/reply' },
  'escalated.guest.tickets.rate': { method: 'post', path: '/guest/{token}/rate' },
  // L+ only: verified guest access (§6.4).
  'escalated.guest.verification': { method: 'post', path: '/guest/verification' },
  'escalated.guest.lookup': { method: 'post', path: '/guest/lookup' },

  // §4.2 Agent
  'escalated.agent.dashboard': { method: 'get', path: '/agent' },
  'escalated.agent.tickets.index': { method: 'get', path: '/agent/tickets' },
  'escalated.agent.tickets.bulk': { method: 'post', path: '/agent/tickets/bulk' },
  'escalated.agent.tickets.show': { method: 'get', path: '/agent/tickets/{ticket}' },
  'escalated.agent.tickets.update': { method: 'put', path: '/agent/tickets/{ticket}' },
  'escalated.agent.tickets.reply': { method: 'post', path: '/agent/tickets/{ticket}/reply' },
  'escalated.agent.tickets.note': { method: 'post', path: '/agent/tickets/{ticket}/note' },
  'escalated.agent.tickets.assign': { method: 'post', path: '/agent/tickets/{ticket}/assign' },
  'escalated.agent.tickets.status': { method: 'post', path: '/agent/tickets/{ticket}/status' },
  'escalated.agent.tickets.priority': { method: 'post', path: '/agent/tickets/{ticket}/priority' },
  'escalated.agent.tickets.tags': { method: 'post', path: '/agent/tickets/{ticket}/tags' },
  'escalated.agent.tickets.department': {
    method: 'post',
    path: '/agent/tickets/{ticket}/department',
  },
  'escalated.agent.tickets.macro': { method: 'post', path: '/agent/tickets/{ticket}/macro' },
  'escalated.agent.tickets.follow': { method: 'post', path: '/agent/tickets/{ticket}/follow' },
  'escalated.agent.tickets.presence': { method: 'post', path: '/agent/tickets/{ticket}/presence' },
  'escalated.agent.tickets.pin': {
    method: 'post',
    path: '/agent/tickets/{ticket}/replies/{reply}/pin',
  },
  // L only.
  'escalated.agent.tickets.typing': { method: 'post', path: '/agent/tickets/{ticket}/typing' },
  // A only (L has these under admin.tickets).
  'escalated.agent.tickets.snooze': { method: 'post', path: '/agent/tickets/{ticket}/snooze' },
  'escalated.agent.tickets.unsnooze': { method: 'post', path: '/agent/tickets/{ticket}/unsnooze' },
  'escalated.agent.tickets.split': { method: 'post', path: '/agent/tickets/{ticket}/split' },
  // L+ only (§5); always prefer the action's own `url` and `method`.
  'escalated.agent.tickets.custom-action': {
    method: 'post',
    path: '/agent/tickets/{ticket}/actions/{action}',
  },
  // A only: saved views (L: admin.saved-views.*), JSON.
  'escalated.agent.views.index': { method: 'get', path: '/agent/views' },
  'escalated.agent.views.store': { method: 'post', path: '/agent/views' },
  'escalated.agent.views.update': { method: 'put', path: '/agent/views/{id}' },
  'escalated.agent.views.destroy': { method: 'delete', path: '/agent/views/{id}' },
  'escalated.agent.views.reorder': { method: 'post', path: '/agent/views/reorder' },
  // A only: live chat (L: admin.chat.*), JSON.
  'escalated.agent.chats.index': { method: 'get', path: '/agent/chats' },
  'escalated.agent.chats.queue': { method: 'get', path: '/agent/chats/queue' },
  'escalated.agent.chats.status': { method: 'post', path: '/agent/chats/status' },
  'escalated.agent.chats.accept': { method: 'post', path: '/agent/chats/{id}/accept' },
  'escalated.agent.chats.end': { method: 'post', path: '/agent/chats/{id}/end' },
  'escalated.agent.chats.transfer': { method: 'post', path: '/agent/chats/{id}/transfer' },
  'escalated.agent.chats.message': { method: 'post', path: '/agent/chats/{id}/message' },
  'escalated.agent.chats.typing': { method: 'post', path: '/agent/chats/{id}/typing' },

  // §4.3 Admin tickets: the agent ticket routes again, under /admin/tickets.
  'escalated.admin.tickets.index': { method: 'get', path: '/admin/tickets' },
  'escalated.admin.tickets.bulk': { method: 'post', path: '/admin/tickets/bulk' },
  'escalated.admin.tickets.show': { method: 'get', path: '/admin/tickets/{ticket}' },
  'escalated.admin.tickets.reply': { method: 'post', path: '/admin/tickets/{ticket}/reply' },
  'escalated.admin.tickets.note': { method: 'post', path: '/admin/tickets/{ticket}/note' },
  'escalated.admin.tickets.assign': { method: 'post', path: '/admin/tickets/{ticket}/assign' },
  'escalated.admin.tickets.status': { method: 'post', path: '/admin/tickets/{ticket}/status' },
  'escalated.admin.tickets.priority': { method: 'post', path: '/admin/tickets/{ticket}/priority' },
  'escalated.admin.tickets.tags': { method: 'post', path: '/admin/tickets/{ticket}/tags' },
  'escalated.admin.tickets.department': {
    method: 'post',
    path: '/admin/tickets/{ticket}/department',
  },
  'escalated.admin.tickets.macro': { method: 'post', path: '/admin/tickets/{ticket}/macro' },
  'escalated.admin.tickets.follow': { method: 'post', path: '/admin/tickets/{ticket}/follow' },
  'escalated.admin.tickets.presence': { method: 'post', path: '/admin/tickets/{ticket}/presence' },
  'escalated.admin.tickets.pin': {
    method: 'post',
    path: '/admin/tickets/{ticket}/replies/{reply}/pin',
  },
  // L only from here to the end of §4.3.
  'escalated.admin.tickets.typing': { method: 'post', path: '/admin/tickets/{ticket}/typing' },
  'escalated.admin.tickets.snooze': { method: 'post', path: '/admin/tickets/{ticket}/snooze' },
  'escalated.admin.tickets.unsnooze': { method: 'post', path: '/admin/tickets/{ticket}/unsnooze' },
  'escalated.admin.tickets.split': { method: 'post', path: '/admin/tickets/{ticket}/split' },
  'escalated.admin.tickets.merge': { method: 'post', path: '/admin/tickets/{ticket}/merge' },
  'escalated.admin.tickets.merge-search': { method: 'get', path: '/admin/tickets/merge-search' },
  'escalated.admin.tickets.links.index': { method: 'get', path: '/admin/tickets/{ticket}/links' },
  'escalated.admin.tickets.links.store': { method: 'post', path: '/admin/tickets/{ticket}/links' },
  'escalated.admin.tickets.links.destroy': {
    method: 'delete',
    path: '/admin/tickets/{ticket}/links/{link}',
  },
  'escalated.admin.tickets.side-conversations.index': {
    method: 'get',
    path: '/admin/tickets/{ticket}/side-conversations',
  },
  'escalated.admin.tickets.side-conversations.store': {
    method: 'post',
    path: '/admin/tickets/{ticket}/side-conversations',
  },
  'escalated.admin.tickets.side-conversations.reply': {
    method: 'post',
    path: '/admin/tickets/{ticket}/side-conversations/{id}/reply',
  },
  'escalated.admin.tickets.side-conversations.close': {
    method: 'post',
    path: '/admin/tickets/{ticket}/side-conversations/{id}/close',
  },
  'escalated.admin.saved-views.index': { method: 'get', path: '/admin/saved-views' },
  'escalated.admin.saved-views.store': { method: 'post', path: '/admin/saved-views' },
  'escalated.admin.saved-views.update': { method: 'put', path: '/admin/saved-views/{id}' },
  'escalated.admin.saved-views.destroy': { method: 'delete', path: '/admin/saved-views/{id}' },
  'escalated.admin.saved-views.reorder': { method: 'post', path: '/admin/saved-views/reorder' },
  'escalated.admin.agents.search': { method: 'get', path: '/admin/agents/search' },
  'escalated.admin.chat.status': { method: 'post', path: '/admin/chat/status' },
  'escalated.admin.chat.active': { method: 'get', path: '/admin/chat/active' },
  'escalated.admin.chat.queue': { method: 'get', path: '/admin/chat/queue' },
  'escalated.admin.chat.accept': { method: 'post', path: '/admin/chat/{session}/accept' },
  'escalated.admin.chat.end': { method: 'post', path: '/admin/chat/{session}/end' },
  'escalated.admin.chat.transfer': { method: 'post', path: '/admin/chat/{session}/transfer' },
  'escalated.admin.chat.message': { method: 'post', path: '/admin/chat/{session}/message' },
  'escalated.admin.chat.typing': { method: 'post', path: '/admin/chat/{session}/typing' },
  'escalated.admin.chat.routing-rules.index': { method: 'get', path: '/admin/chat/routing-rules' },
  'escalated.admin.chat.routing-rules.store': { method: 'post', path: '/admin/chat/routing-rules' },
  'escalated.admin.chat.routing-rules.update': {
    method: 'put',
    path: '/admin/chat/routing-rules/{id}',
  },
  'escalated.admin.chat.routing-rules.destroy': {
    method: 'delete',
    path: '/admin/chat/routing-rules/{id}',
  },
  'escalated.admin.chat.settings': { method: 'get', path: '/admin/chat/settings' },
  'escalated.admin.chat.settings.update': { method: 'post', path: '/admin/chat/settings' },

  // §4.4 Resources: `update` is PUT (L also accepts PATCH). L and A: departments, sla-policies,
  // escalation-rules, automations. L only: the rest.
  'escalated.admin.departments.index': { method: 'get', path: '/admin/departments' },
  'escalated.admin.departments.create': { method: 'get', path: '/admin/departments/create' },
  'escalated.admin.departments.store': { method: 'post', path: '/admin/departments' },
  'escalated.admin.departments.edit': { method: 'get', path: '/admin/departments/{id}/edit' },
  'escalated.admin.departments.update': { method: 'put', path: '/admin/departments/{id}' },
  'escalated.admin.departments.destroy': { method: 'delete', path: '/admin/departments/{id}' },
  'escalated.admin.sla-policies.index': { method: 'get', path: '/admin/sla-policies' },
  'escalated.admin.sla-policies.create': { method: 'get', path: '/admin/sla-policies/create' },
  'escalated.admin.sla-policies.store': { method: 'post', path: '/admin/sla-policies' },
  'escalated.admin.sla-policies.edit': { method: 'get', path: '/admin/sla-policies/{id}/edit' },
  'escalated.admin.sla-policies.update': { method: 'put', path: '/admin/sla-policies/{id}' },
  'escalated.admin.sla-policies.destroy': { method: 'delete', path: '/admin/sla-policies/{id}' },
  'escalated.admin.escalation-rules.index': { method: 'get', path: '/admin/escalation-rules' },
  'escalated.admin.escalation-rules.create': {
    method: 'get',
    path: '/admin/escalation-rules/create',
  },
  'escalated.admin.escalation-rules.store': { method: 'post', path: '/admin/escalation-rules' },
  'escalated.admin.escalation-rules.edit': {
    method: 'get',
    path: '/admin/escalation-rules/{id}/edit',
  },
  'escalated.admin.escalation-rules.update': {
    method: 'put',
    path: '/admin/escalation-rules/{id}',
  },
  'escalated.admin.escalation-rules.destroy': {
    method: 'delete',
    path: '/admin/escalation-rules/{id}',
  },
  'escalated.admin.automations.index': { method: 'get', path: '/admin/automations' },
  'escalated.admin.automations.create': { method: 'get', path: '/admin/automations/create' },
  'escalated.admin.automations.store': { method: 'post', path: '/admin/automations' },
  'escalated.admin.automations.edit': { method: 'get', path: '/admin/automations/{id}/edit' },
  'escalated.admin.automations.update': { method: 'put', path: '/admin/automations/{id}' },
  'escalated.admin.automations.destroy': { method: 'delete', path: '/admin/automations/{id}' },
  'escalated.admin.custom-fields.index': { method: 'get', path: '/admin/custom-fields' },
  'escalated.admin.custom-fields.create': { method: 'get', path: '/admin/custom-fields/create' },
  'escalated.admin.custom-fields.store': { method: 'post', path: '/admin/custom-fields' },
  'escalated.admin.custom-fields.edit': { method: 'get', path: '/admin/custom-fields/{id}/edit' },
  'escalated.admin.custom-fields.update': { method: 'put', path: '/admin/custom-fields/{id}' },
  'escalated.admin.custom-fields.destroy': { method: 'delete', path: '/admin/custom-fields/{id}' },
  'escalated.admin.custom-fields.reorder': { method: 'post', path: '/admin/custom-fields/reorder' },
  'escalated.admin.statuses.index': { method: 'get', path: '/admin/statuses' },
  'escalated.admin.statuses.create': { method: 'get', path: '/admin/statuses/create' },
  'escalated.admin.statuses.store': { method: 'post', path: '/admin/statuses' },
  'escalated.admin.statuses.edit': { method: 'get', path: '/admin/statuses/{id}/edit' },
  'escalated.admin.statuses.update': { method: 'put', path: '/admin/statuses/{id}' },
  'escalated.admin.statuses.destroy': { method: 'delete', path: '/admin/statuses/{id}' },
  'escalated.admin.business-hours.index': { method: 'get', path: '/admin/business-hours' },
  'escalated.admin.business-hours.create': { method: 'get', path: '/admin/business-hours/create' },
  'escalated.admin.business-hours.store': { method: 'post', path: '/admin/business-hours' },
  'escalated.admin.business-hours.edit': { method: 'get', path: '/admin/business-hours/{id}/edit' },
  'escalated.admin.business-hours.update': { method: 'put', path: '/admin/business-hours/{id}' },
  'escalated.admin.business-hours.destroy': {
    method: 'delete',
    path: '/admin/business-hours/{id}',
  },
  'escalated.admin.roles.index': { method: 'get', path: '/admin/roles' },
  'escalated.admin.roles.create': { method: 'get', path: '/admin/roles/create' },
  'escalated.admin.roles.store': { method: 'post', path: '/admin/roles' },
  'escalated.admin.roles.edit': { method: 'get', path: '/admin/roles/{id}/edit' },
  'escalated.admin.roles.update': { method: 'put', path: '/admin/roles/{id}' },
  'escalated.admin.roles.destroy': { method: 'delete', path: '/admin/roles/{id}' },
  'escalated.admin.skills.index': { method: 'get', path: '/admin/skills' },
  'escalated.admin.skills.create': { method: 'get', path: '/admin/skills/create' },
  'escalated.admin.skills.store': { method: 'post', path: '/admin/skills' },
  'escalated.admin.skills.edit': { method: 'get', path: '/admin/skills/{id}/edit' },
  'escalated.admin.skills.update': { method: 'put', path: '/admin/skills/{id}' },
  'escalated.admin.skills.destroy': { method: 'delete', path: '/admin/skills/{id}' },
  'escalated.admin.webhooks.index': { method: 'get', path: '/admin/webhooks' },
  'escalated.admin.webhooks.create': { method: 'get', path: '/admin/webhooks/create' },
  'escalated.admin.webhooks.store': { method: 'post', path: '/admin/webhooks' },
  'escalated.admin.webhooks.edit': { method: 'get', path: '/admin/webhooks/{id}/edit' },
  'escalated.admin.webhooks.update': { method: 'put', path: '/admin/webhooks/{id}' },
  'escalated.admin.webhooks.destroy': { method: 'delete', path: '/admin/webhooks/{id}' },
  'escalated.admin.webhooks.deliveries': { method: 'get', path: '/admin/webhooks/{id}/deliveries' },
  'escalated.admin.webhooks.retry': {
    method: 'post',
    path: '/admin/webhooks/deliveries/{delivery}/retry',
  },
  'escalated.admin.kb-articles.index': { method: 'get', path: '/admin/kb-articles' },
  'escalated.admin.kb-articles.create': { method: 'get', path: '/admin/kb-articles/create' },
  'escalated.admin.kb-articles.store': { method: 'post', path: '/admin/kb-articles' },
  'escalated.admin.kb-articles.edit': { method: 'get', path: '/admin/kb-articles/{id}/edit' },
  'escalated.admin.kb-articles.update': { method: 'put', path: '/admin/kb-articles/{id}' },
  'escalated.admin.kb-articles.destroy': { method: 'delete', path: '/admin/kb-articles/{id}' },
  'escalated.admin.custom-objects.index': { method: 'get', path: '/admin/custom-objects' },
  'escalated.admin.custom-objects.create': { method: 'get', path: '/admin/custom-objects/create' },
  'escalated.admin.custom-objects.store': { method: 'post', path: '/admin/custom-objects' },
  'escalated.admin.custom-objects.edit': { method: 'get', path: '/admin/custom-objects/{id}/edit' },
  'escalated.admin.custom-objects.update': { method: 'put', path: '/admin/custom-objects/{id}' },
  'escalated.admin.custom-objects.destroy': {
    method: 'delete',
    path: '/admin/custom-objects/{id}',
  },
  'escalated.admin.custom-objects.records': {
    method: 'get',
    path: '/admin/custom-objects/{obj}/records',
  },
  'escalated.admin.custom-objects.records.store': {
    method: 'post',
    path: '/admin/custom-objects/{obj}/records',
  },
  'escalated.admin.custom-objects.records.update': {
    method: 'put',
    path: '/admin/custom-objects/{obj}/records/{record}',
  },
  'escalated.admin.custom-objects.records.destroy': {
    method: 'delete',
    path: '/admin/custom-objects/{obj}/records/{record}',
  },

  // §4.4 Inline-edited lists (no create/edit pages). kb-categories is L only.
  'escalated.admin.tags.index': { method: 'get', path: '/admin/tags' },
  'escalated.admin.tags.store': { method: 'post', path: '/admin/tags' },
  'escalated.admin.tags.update': { method: 'put', path: '/admin/tags/{id}' },
  'escalated.admin.tags.destroy': { method: 'delete', path: '/admin/tags/{id}' },
  'escalated.admin.canned-responses.index': { method: 'get', path: '/admin/canned-responses' },
  'escalated.admin.canned-responses.store': { method: 'post', path: '/admin/canned-responses' },
  'escalated.admin.canned-responses.update': {
    method: 'put',
    path: '/admin/canned-responses/{id}',
  },
  'escalated.admin.canned-responses.destroy': {
    method: 'delete',
    path: '/admin/canned-responses/{id}',
  },
  'escalated.admin.macros.index': { method: 'get', path: '/admin/macros' },
  'escalated.admin.macros.store': { method: 'post', path: '/admin/macros' },
  'escalated.admin.macros.update': { method: 'put', path: '/admin/macros/{id}' },
  'escalated.admin.macros.destroy': { method: 'delete', path: '/admin/macros/{id}' },
  'escalated.admin.kb-categories.index': { method: 'get', path: '/admin/kb-categories' },
  'escalated.admin.kb-categories.store': { method: 'post', path: '/admin/kb-categories' },
  'escalated.admin.kb-categories.update': { method: 'put', path: '/admin/kb-categories/{id}' },
  'escalated.admin.kb-categories.destroy': { method: 'delete', path: '/admin/kb-categories/{id}' },

  // §4.4 API tokens; L registers them only while the REST API is enabled.
  'escalated.admin.api-tokens.index': { method: 'get', path: '/admin/api-tokens' },
  'escalated.admin.api-tokens.store': { method: 'post', path: '/admin/api-tokens' },
  // A registers update as PUT.
  'escalated.admin.api-tokens.update': { method: 'patch', path: '/admin/api-tokens/{id}' },
  'escalated.admin.api-tokens.destroy': { method: 'delete', path: '/admin/api-tokens/{id}' },

  // §4.4 Workflows (L only): `edit` has no /edit suffix, and `toggle` is POST (the old UI sent PUT).
  'escalated.admin.workflows.index': { method: 'get', path: '/admin/workflows' },
  'escalated.admin.workflows.create': { method: 'get', path: '/admin/workflows/create' },
  'escalated.admin.workflows.store': { method: 'post', path: '/admin/workflows' },
  'escalated.admin.workflows.edit': { method: 'get', path: '/admin/workflows/{id}' },
  'escalated.admin.workflows.update': { method: 'put', path: '/admin/workflows/{id}' },
  'escalated.admin.workflows.destroy': { method: 'delete', path: '/admin/workflows/{id}' },
  'escalated.admin.workflows.toggle': { method: 'post', path: '/admin/workflows/{id}/toggle' },
  'escalated.admin.workflows.reorder': { method: 'post', path: '/admin/workflows/reorder' },
  'escalated.admin.workflows.logs': { method: 'get', path: '/admin/workflows/{id}/logs' },
  'escalated.admin.workflows.test': { method: 'post', path: '/admin/workflows/{id}/test' },

  // §4.4 Plugins (L and A), capacity and audit log (L only).
  'escalated.admin.plugins.index': { method: 'get', path: '/admin/plugins' },
  'escalated.admin.plugins.upload': { method: 'post', path: '/admin/plugins/upload' },
  'escalated.admin.plugins.activate': { method: 'post', path: '/admin/plugins/{slug}/activate' },
  'escalated.admin.plugins.deactivate': {
    method: 'post',
    path: '/admin/plugins/{slug}/deactivate',
  },
  'escalated.admin.plugins.destroy': { method: 'delete', path: '/admin/plugins/{slug}' },
  'escalated.admin.capacity.index': { method: 'get', path: '/admin/capacity' },
  'escalated.admin.capacity.update': { method: 'put', path: '/admin/capacity/{id}' },
  'escalated.admin.audit-log': { method: 'get', path: '/admin/audit-log' },

  // §4.4 Import. L's step names first; `index` is the same on both.
  'escalated.admin.import.index': { method: 'get', path: '/admin/import' },
  'escalated.admin.import.connect': { method: 'get', path: '/admin/import/{platform}/connect' },
  'escalated.admin.import.test-connection': {
    method: 'post',
    path: '/admin/import/{platform}/test-connection',
  },
  // A: GET /admin/import/{id}/mapping.
  'escalated.admin.import.mapping': { method: 'get', path: '/admin/import/{platform}/mapping' },
  'escalated.admin.import.review': { method: 'post', path: '/admin/import/{platform}/review' },
  // A: POST /admin/import/{id}/start.
  'escalated.admin.import.start': { method: 'post', path: '/admin/import/{platform}/start' },
  'escalated.admin.import.progress': { method: 'get', path: '/admin/import/progress/{job}' },
  'escalated.admin.import.status': { method: 'get', path: '/admin/import/status/{job}' },
  // A: POST /admin/import/{id}/pause.
  'escalated.admin.import.pause': { method: 'post', path: '/admin/import/pause/{job}' },
  'escalated.admin.import.resume': { method: 'post', path: '/admin/import/resume/{job}' },
  'escalated.admin.import.cancel': { method: 'post', path: '/admin/import/cancel/{job}' },
  // A only.
  'escalated.admin.import.create': { method: 'get', path: '/admin/import/create' },
  'escalated.admin.import.store': { method: 'post', path: '/admin/import' },
  'escalated.admin.import.show': { method: 'get', path: '/admin/import/{id}' },
  'escalated.admin.import.saveMapping': { method: 'post', path: '/admin/import/{id}/mapping' },
  'escalated.admin.import.destroy': { method: 'delete', path: '/admin/import/{id}' },

  // §4.5 Reports. `days` (L) or `from`/`to` (A) go in the query.
  'escalated.admin.reports': { method: 'get', path: '/admin/reports' },
  'escalated.admin.reports.dashboard': { method: 'get', path: '/admin/reports/dashboard' },
  'escalated.admin.reports.agents': { method: 'get', path: '/admin/reports/agents' },
  'escalated.admin.reports.sla': { method: 'get', path: '/admin/reports/sla' },
  'escalated.admin.reports.csat': { method: 'get', path: '/admin/reports/csat' },
  'escalated.admin.reports.sla-trends': { method: 'get', path: '/admin/reports/sla-trends' },
  'escalated.admin.reports.agent-ranking': { method: 'get', path: '/admin/reports/agent-ranking' },
  'escalated.admin.reports.cohorts': { method: 'get', path: '/admin/reports/cohorts' },
  // A: /admin/reports/advanced/comparison.
  'escalated.admin.reports.comparison': { method: 'get', path: '/admin/reports/comparison' },
  'escalated.admin.reports.frt': { method: 'get', path: '/admin/reports/frt' },
  'escalated.admin.reports.resolution': { method: 'get', path: '/admin/reports/resolution' },
  'escalated.admin.reports.agent-detail': {
    method: 'get',
    path: '/admin/reports/agent/{id}/detail',
  },
  // A: /admin/reports/advanced/export, with no {type}.
  'escalated.admin.reports.export': { method: 'get', path: '/admin/reports/export/{type}' },
  // A only: the advanced reports, named in camelCase.
  'escalated.admin.reports.slaTrends': {
    method: 'get',
    path: '/admin/reports/advanced/sla-trends',
  },
  'escalated.admin.reports.frtDistribution': {
    method: 'get',
    path: '/admin/reports/advanced/frt-distribution',
  },
  'escalated.admin.reports.frtTrends': {
    method: 'get',
    path: '/admin/reports/advanced/frt-trends',
  },
  'escalated.admin.reports.frtByAgent': {
    method: 'get',
    path: '/admin/reports/advanced/frt-by-agent',
  },
  'escalated.admin.reports.resolutionDistribution': {
    method: 'get',
    path: '/admin/reports/advanced/resolution-distribution',
  },
  'escalated.admin.reports.resolutionTrends': {
    method: 'get',
    path: '/admin/reports/advanced/resolution-trends',
  },
  'escalated.admin.reports.agentRanking': {
    method: 'get',
    path: '/admin/reports/advanced/agent-ranking',
  },
  'escalated.admin.reports.cohort': { method: 'get', path: '/admin/reports/advanced/cohort' },

  // §4.5 Settings. settings and public-tickets: L and A; the rest L only.
  'escalated.admin.settings': { method: 'get', path: '/admin/settings' },
  'escalated.admin.settings.update': { method: 'post', path: '/admin/settings' },
  'escalated.admin.settings.public-tickets': {
    method: 'get',
    path: '/admin/settings/public-tickets',
  },
  'escalated.admin.settings.public-tickets.update': {
    method: 'put',
    path: '/admin/settings/public-tickets',
  },
  'escalated.admin.settings.csat': { method: 'get', path: '/admin/settings/csat' },
  'escalated.admin.settings.csat.update': { method: 'post', path: '/admin/settings/csat' },
  'escalated.admin.settings.sso': { method: 'get', path: '/admin/settings/sso' },
  'escalated.admin.settings.sso.update': { method: 'post', path: '/admin/settings/sso' },
  'escalated.admin.settings.data-retention': {
    method: 'get',
    path: '/admin/settings/data-retention',
  },
  'escalated.admin.settings.data-retention.update': {
    method: 'post',
    path: '/admin/settings/data-retention',
  },
  'escalated.admin.settings.email': { method: 'get', path: '/admin/settings/email' },
  'escalated.admin.settings.email.update': { method: 'post', path: '/admin/settings/email' },
  'escalated.admin.two-factor.index': { method: 'get', path: '/admin/settings/two-factor' },
  'escalated.admin.two-factor.setup': { method: 'post', path: '/admin/settings/two-factor/setup' },
  'escalated.admin.two-factor.confirm': {
    method: 'post',
    path: '/admin/settings/two-factor/confirm',
  },
  'escalated.admin.two-factor.disable': {
    method: 'post',
    path: '/admin/settings/two-factor/disable',
  },

  // §4.6 Knowledge base (L only) and signed attachment downloads (L+ only).
  'escalated.customer.kb.index': { method: 'get', path: '/kb' },
  'escalated.customer.kb.show': { method: 'get', path: '/kb/{slug}' },
  'escalated.customer.kb.feedback': { method: 'post', path: '/kb/{slug}/feedback' },
  'escalated.attachments.download': { method: 'get', path: '/attachments/{id}' },
} as const satisfies Record<string, RouteDefinition>

/** Every route name the package knows; a misspelt name is a type error. */
export type RouteName = keyof typeof routeTable

type PathParams<P extends string> = P extends `${string}{${infer Param}}${infer Rest}`
  ? Param | PathParams<Rest>
  : never

/** The `{param}` names in a route's path, e.g. `'ticket' | 'action'` for the custom-action route. */
export type RouteParamName<N extends RouteName> = PathParams<(typeof routeTable)[N]['path']>
