import { describe, expect, it } from 'vitest'
import { hasRoute, routeMethod, routeTable, type RouteName } from '@/routes'

const entries = Object.entries(routeTable) as [RouteName, { method: string; path: string }][]

const RESOURCES = [
  'departments',
  'sla-policies',
  'escalation-rules',
  'automations',
  'custom-fields',
  'statuses',
  'business-hours',
  'roles',
  'skills',
  'webhooks',
  'kb-articles',
  'custom-objects',
]

const TICKET_TWINS = [
  'show',
  'reply',
  'note',
  'assign',
  'status',
  'priority',
  'tags',
  'department',
  'macro',
  'follow',
  'presence',
  'pin',
  'typing',
]

describe('routeTable', () => {
  it('uses only the methods Inertia can send', () => {
    const methods = new Set(entries.map(([, route]) => route.method))
    expect([...methods].sort()).toEqual(['delete', 'get', 'patch', 'post', 'put'])
  })

  it('writes every path relative to the prefix, with a leading slash and no trailing one', () => {
    for (const [name, { path }] of entries) {
      expect(path, name).toMatch(/^\/(?:[a-z0-9\-/{}A-Z]*[^/])?$/)
    }
  })

  it('never registers two names for the same method and path', () => {
    const seen = new Map<string, string>()
    for (const [name, { method, path }] of entries) {
      const key = `${method} ${path.replace(/\{[^}]+\}/g, '{}')}`
      expect(seen.get(key), `${name} repeats ${key}`).toBeUndefined()
      seen.set(key, name)
    }
  })

  it('expands each §4.4 resource into its six actions', () => {
    for (const resource of RESOURCES) {
      const base = `/admin/${resource}`
      const expected: [string, string, string][] = [
        ['index', 'get', base],
        ['create', 'get', `${base}/create`],
        ['store', 'post', base],
        ['edit', 'get', `${base}/{id}/edit`],
        ['update', 'put', `${base}/{id}`],
        ['destroy', 'delete', `${base}/{id}`],
      ]
      for (const [action, method, path] of expected) {
        const name = `escalated.admin.${resource}.${action}`
        expect(hasRoute(name) ? routeTable[name] : null, name).toEqual({ method, path })
      }
    }
  })

  it('mirrors the agent ticket routes under /admin/tickets', () => {
    for (const action of TICKET_TWINS) {
      const agent = `escalated.agent.tickets.${action}`
      const admin = `escalated.admin.tickets.${action}`
      expect(hasRoute(agent) && hasRoute(admin), action).toBe(true)
      if (!hasRoute(agent) || !hasRoute(admin)) continue
      expect(routeTable[admin].method).toBe(routeTable[agent].method)
      expect(routeTable[admin].path).toBe(routeTable[agent].path.replace('/agent/', '/admin/'))
    }
  })

  describe('when the contract calls out a route', () => {
    it.each([
      ['escalated.agent.tickets.custom-action', 'post', '/agent/tickets/{ticket}/actions/{action}'],
      ['escalated.admin.workflows.toggle', 'post', '/admin/workflows/{id}/toggle'],
      ['escalated.admin.workflows.edit', 'get', '/admin/workflows/{id}'],
      ['escalated.admin.api-tokens.update', 'patch', '/admin/api-tokens/{id}'],
      ['escalated.admin.reports.export', 'get', '/admin/reports/export/{type}'],
      ['escalated.admin.reports.comparison', 'get', '/admin/reports/comparison'],
      ['escalated.admin.reports.frtByAgent', 'get', '/admin/reports/advanced/frt-by-agent'],
      ['escalated.admin.import.pause', 'post', '/admin/import/pause/{job}'],
      ['escalated.admin.import.saveMapping', 'post', '/admin/import/{id}/mapping'],
      ['escalated.admin.settings.public-tickets.update', 'put', '/admin/settings/public-tickets'],
      ['escalated.admin.two-factor.confirm', 'post', '/admin/settings/two-factor/confirm'],
      ['escalated.admin.saved-views.reorder', 'post', '/admin/saved-views/reorder'],
      ['escalated.agent.views.index', 'get', '/agent/views'],
      ['escalated.admin.chat.accept', 'post', '/admin/chat/{session}/accept'],
      ['escalated.agent.chats.message', 'post', '/agent/chats/{id}/message'],
      ['escalated.agent.tickets.pin', 'post', '/agent/tickets/{ticket}/replies/{reply}/pin'],
      ['escalated.agent.tickets.presence', 'post', '/agent/tickets/{ticket}/presence'],
      ['escalated.admin.tickets.merge-search', 'get', '/admin/tickets/merge-search'],
      [
        'escalated.admin.custom-objects.records.update',
        'put',
        '/admin/custom-objects/{obj}/records/{record}',
      ],
      ['escalated.admin.webhooks.retry', 'post', '/admin/webhooks/deliveries/{delivery}/retry'],
      ['escalated.admin.kb-categories.update', 'put', '/admin/kb-categories/{id}'],
      ['escalated.admin.plugins.deactivate', 'post', '/admin/plugins/{slug}/deactivate'],
      ['escalated.admin.audit-log', 'get', '/admin/audit-log'],
      ['escalated.customer.tickets.store', 'post', '/'],
      ['escalated.customer.kb.feedback', 'post', '/kb/{slug}/feedback'],
      ['escalated.guest.tickets.reply', 'post', '/guest/{token}/reply'],
      ['escalated.guest.verification', 'post', '/guest/verification'],
      ['escalated.attachments.download', 'get', '/attachments/{id}'],
    ])('registers %s as %s %s', (name, method, path) => {
      expect(hasRoute(name) ? routeTable[name] : null).toEqual({ method, path })
    })
  })

  describe('when a name was only ever called by the old UI', () => {
    it.each([
      'escalated.admin.users.index',
      'escalated.admin.users.role',
      'escalated.admin.reports.response-times',
      'escalated.admin.reports.resolution-times',
      'escalated.admin.tickets.update',
      'escalated.admin.kb-categories.create',
      'escalated.admin.workflows.show',
      'login',
    ])('does not know %s', (name) => {
      expect(hasRoute(name)).toBe(false)
    })
  })
})

describe('routeMethod', () => {
  it('tells the method a route is registered with', () => {
    expect(routeMethod('escalated.admin.workflows.toggle')).toBe('post')
    expect(routeMethod('escalated.admin.api-tokens.update')).toBe('patch')
    expect(routeMethod('escalated.admin.tickets.links.destroy')).toBe('delete')
  })

  it('throws for a name that is not in the table', () => {
    const name: string = 'escalated.admin.users.index'
    expect(() => routeMethod(name as RouteName)).toThrow(/escalated\.admin\.users\.index/)
  })
})

describe('hasRoute', () => {
  it('ignores names inherited from Object.prototype', () => {
    expect(hasRoute('toString')).toBe(false)
    expect(hasRoute('__proto__')).toBe(false)
  })
})
