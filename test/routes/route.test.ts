import { describe, expect, it, vi } from 'vitest'
import { createRouteResolver, normalizePrefix, type HostRoute, type RouteName } from '@/routes'

describe('createRouteResolver', () => {
  const route = createRouteResolver()

  describe('with the default prefix', () => {
    it('builds the agent ticket URL from a positional reference', () => {
      expect(route('escalated.agent.tickets.show', 'ESC-00001')).toBe(
        '/support/agent/tickets/ESC-00001',
      )
    })

    it('resolves the customer index to the prefix itself', () => {
      expect(route('escalated.customer.tickets.index')).toBe('/support')
    })

    it('fills several parameters from an array, in path order', () => {
      expect(route('escalated.agent.tickets.custom-action', ['ESC-00001', 'sync-crm'])).toBe(
        '/support/agent/tickets/ESC-00001/actions/sync-crm',
      )
    })

    it('fills parameters by name from an object', () => {
      expect(
        route('escalated.agent.tickets.custom-action', { action: 'sync-crm', ticket: 'ESC-00001' }),
      ).toBe('/support/agent/tickets/ESC-00001/actions/sync-crm')
    })

    it('fills a numeric positional value', () => {
      expect(route('escalated.admin.workflows.edit', 7)).toBe('/support/admin/workflows/7')
    })

    it('URL-encodes parameter values', () => {
      expect(route('escalated.customer.kb.show', 'how to/reset ?')).toBe(
        '/support/kb/how%20to%2Freset%20%3F',
      )
    })
  })

  describe('with a custom prefix', () => {
    it('follows it', () => {
      const helpdesk = createRouteResolver({ prefix: 'helpdesk' })
      expect(helpdesk('escalated.agent.tickets.show', 'ESC-00001')).toBe(
        '/helpdesk/agent/tickets/ESC-00001',
      )
    })

    it.each(['support', '/support', '/support/', ' support//'])('normalizes %j', (prefix) => {
      expect(createRouteResolver({ prefix })('escalated.agent.dashboard')).toBe('/support/agent')
    })

    it.each(['', '/'])('mounts at the site root for %j', (prefix) => {
      const atRoot = createRouteResolver({ prefix })
      expect(atRoot('escalated.agent.dashboard')).toBe('/agent')
      expect(atRoot('escalated.customer.tickets.index')).toBe('/')
      expect(atRoot('escalated.customer.tickets.show', 'ESC-00002')).toBe('/ESC-00002')
    })

    it('keeps nested prefixes', () => {
      expect(createRouteResolver({ prefix: 'help/desk' })('escalated.customer.kb.index')).toBe(
        '/help/desk/kb',
      )
    })
  })

  describe('query strings', () => {
    it('sends object keys that are not parameters as the query', () => {
      expect(route('escalated.agent.tickets.show', { ticket: 'ESC-00001', tab: 'notes' })).toBe(
        '/support/agent/tickets/ESC-00001?tab=notes',
      )
    })

    it('writes arrays with brackets, drops empty values and encodes the rest', () => {
      const url = route('escalated.agent.tickets.index', {
        status: ['open', 'in_progress'],
        search: 'a&b c',
        assigned_to: null,
        department_id: undefined,
        unassigned: true,
        following: false,
      })
      expect(url).toBe(
        '/support/agent/tickets?status[]=open&status[]=in_progress&search=a%26b%20c&unassigned=1&following=0',
      )
    })

    it('takes a separate query argument, which wins over same-named object keys', () => {
      expect(
        route('escalated.agent.tickets.index', { page: 1 }, { page: 3, tag_ids: [1, 2] }),
      ).toBe('/support/agent/tickets?page=3&tag_ids[]=1&tag_ids[]=2')
    })

    it('writes nested objects with bracketed keys', () => {
      expect(route('escalated.admin.reports', {}, { filters: { from: '2026-01-01' } })).toBe(
        '/support/admin/reports?filters[from]=2026-01-01',
      )
    })
  })

  describe('when a parameter is missing', () => {
    it('throws, naming the route and the parameter', () => {
      expect(() => route('escalated.agent.tickets.custom-action', 'ESC-00001')).toThrow(
        'Route "escalated.agent.tickets.custom-action" needs the parameter "action".',
      )
    })

    it('treats an empty string as missing', () => {
      expect(() => route('escalated.agent.tickets.show', '')).toThrow(/"ticket"/)
    })

    it('throws when no parameters are given at all', () => {
      const untyped = route as (name: RouteName) => string
      expect(() => untyped('escalated.customer.tickets.show')).toThrow(
        /escalated\.customer\.tickets\.show.*"ticket"/,
      )
    })
  })

  it('throws when given more positional values than the path has parameters', () => {
    const untyped = route as (name: RouteName, params: unknown) => string
    expect(() => untyped('escalated.agent.tickets.show', ['ESC-1', 'extra'])).toThrow(
      /takes 1 parameter/,
    )
    expect(() => untyped('escalated.agent.dashboard', 'ESC-1')).toThrow(/takes no parameters/)
  })

  it('rejects misspelt names and misnamed parameters at compile time', () => {
    // @ts-expect-error a misspelt route name is a type error (and a runtime error for JS callers)
    expect(() => route('escalated.agent.ticket.show', 'ESC-1')).toThrow(/Unknown route/)
    // @ts-expect-error the object form must name the path's parameters
    expect(() => route('escalated.agent.tickets.show', { tickt: 'ESC-1' })).toThrow(/"ticket"/)
  })

  it('throws for an unknown name passed from JavaScript', () => {
    const untyped = route as (name: string) => string
    expect(() => untyped('escalated.admin.users.index')).toThrow(
      'Unknown route "escalated.admin.users.index"',
    )
  })

  it('never reads or writes a global route()', () => {
    const globals = globalThis as { route?: unknown }
    const spy = vi.fn(() => '/from-global')
    globals.route = spy
    try {
      expect(route('escalated.agent.dashboard')).toBe('/support/agent')
      expect(spy).not.toHaveBeenCalled()
      expect(globals.route).toBe(spy)
    } finally {
      delete globals.route
    }
  })

  describe('with a host route()', () => {
    it('asks the host first, with relative URLs, and appends the query argument', () => {
      const hostRoute = vi.fn<HostRoute>(() => '/desk/agent/tickets/ESC-00001')
      const withHost = createRouteResolver({ hostRoute })
      expect(withHost('escalated.agent.tickets.show', 'ESC-00001', { tab: 'notes' })).toBe(
        '/desk/agent/tickets/ESC-00001?tab=notes',
      )
      expect(hostRoute).toHaveBeenCalledWith('escalated.agent.tickets.show', 'ESC-00001', false)
    })

    it('falls back to the table when the host throws for the name', () => {
      const hostRoute: HostRoute = (name) => {
        throw new Error(`Ziggy error: route '${name}' is not in the route list.`)
      }
      const withHost = createRouteResolver({ prefix: 'helpdesk', hostRoute })
      expect(withHost('escalated.admin.workflows.toggle', 3)).toBe(
        '/helpdesk/admin/workflows/3/toggle',
      )
    })

    it('falls back to the table when the host returns no URL', () => {
      const withHost = createRouteResolver({ hostRoute: () => undefined })
      expect(withHost('escalated.agent.dashboard')).toBe('/support/agent')
    })

    it('resolves names only the host knows, such as plugin pages', () => {
      const hostRoute: HostRoute = (name) =>
        name === 'escalated.plugin.slack.page.settings'
          ? '/support/admin/plugins/slack/settings'
          : ''
      const withHost = createRouteResolver({ hostRoute }) as (name: string) => string
      expect(withHost('escalated.plugin.slack.page.settings')).toBe(
        '/support/admin/plugins/slack/settings',
      )
    })

    it('throws when neither the host nor the table knows the name', () => {
      const cause = new Error('not in the route list')
      const withHost = createRouteResolver({
        hostRoute: () => {
          throw cause
        },
      }) as (name: string) => string
      expect(() => withHost('escalated.plugin.missing')).toThrow(
        expect.objectContaining({ message: expect.stringContaining('neither the host'), cause }),
      )
    })
  })
})

describe('normalizePrefix', () => {
  it('defaults to /support when the backend shares no prefix', () => {
    expect(normalizePrefix(undefined)).toBe('/support')
    expect(normalizePrefix(null)).toBe('/support')
  })
})
