// Story support for the queue pages: page props as the backends send them, and decorators that swap
// the app's transport or HTTP client for one story (nothing is ever fetched).
import type { Decorator } from '@storybook/vue3-vite'
import { h, provide } from 'vue'
import {
  ESCALATED_CONTEXT,
  injectEscalatedContext,
  type EscalatedContext,
} from '../../../src/plugin/context'
import { createExtensionRegistry, type EscalatedExtension } from '../../../src/plugin/extensions'
import { createHttpClient, type HttpClient } from '../../../src/api'
import type { Transport } from '../../../src/plugin/transport'
import {
  makePaginator,
  makeSharedProps,
  makeTag,
  makeTicket,
  makeUser,
  toAdonisCase,
  type PaginatorShape,
  type RawTicket,
} from '../../../test/fixtures'

const HOUR = 3_600_000
const STATUSES = ['open', 'in_progress', 'waiting_on_customer', 'escalated', 'resolved', 'reopened']
const PRIORITIES = ['low', 'medium', 'high', 'urgent', 'critical']
const SUBJECTS = [
  'Export to CSV crashes the app',
  'Refund for a double charge',
  'Cannot sign in after password reset',
  'Invoice shows the wrong VAT number',
  'Feature request: dark mode for reports',
  'Webhook deliveries time out',
]

export const agents = [
  makeUser({ id: 1, name: 'Alice Admin', email: 'alice@example.test' }),
  makeUser(),
  makeUser({ id: 3, name: 'Carol Agent', email: 'carol@example.test' }),
]
export const tags = [
  makeTag(),
  makeTag({ id: 2, name: 'Refund', slug: 'refund', color: '#10b981' }),
  makeTag({ id: 3, name: 'VIP', slug: 'vip', color: '#f59e0b' }),
]

/** `count` varied tickets: statuses, priorities, assignees, tags and SLA targets around now. */
export function queueTickets(count: number, now = Date.now()): RawTicket[] {
  return Array.from({ length: count }, (_, index) => {
    const agent = index % 3 === 0 ? null : (agents[index % agents.length] ?? null)
    return makeTicket({
      id: index + 1,
      subject: SUBJECTS[index % SUBJECTS.length] ?? 'Ticket',
      status: STATUSES[index % STATUSES.length],
      priority: PRIORITIES[(index * 2) % PRIORITIES.length],
      assigned_to: agent?.id ?? null,
      assignee: agent,
      tags: index % 4 === 0 ? tags : index % 5 === 0 ? [tags[1] ?? makeTag()] : [],
      sla_first_response_breached: index % 7 === 3,
      first_response_due_at: new Date(now + ((index % 9) - 2) * HOUR).toISOString(),
      updated_at: new Date(now - index * 37 * 60_000).toISOString(),
      created_at: new Date(now - index * 3 * HOUR).toISOString(),
    })
  })
}

/** Raw `Escalated/Agent/TicketIndex` (or admin) props in one paginator shape. */
export function queueProps(
  options: {
    count?: number
    shape?: PaginatorShape
    filters?: Record<string, string>
    perPage?: number
    total?: number
    admin?: boolean
  } = {},
): Record<string, unknown> {
  const { count = 15, shape = 'length-aware', filters = {}, admin = false } = options
  const raw = queueTickets(count)
  const items = shape === 'length-aware' ? raw : raw.map(toAdonisCase)
  return {
    ...makeSharedProps({ user: admin ? agents[0] : agents[1], escalated: { is_admin: admin } }),
    tickets: makePaginator(items, shape, {
      perPage: options.perPage ?? 15,
      total: options.total ?? Math.max(count, 42),
    }),
    filters,
    departments: [
      { id: 1, name: 'Support' },
      { id: 2, name: 'Billing' },
    ],
    tags: tags.map(({ id, name, color }) => ({ id, name, color })),
    ...(admin
      ? {
          agents,
          savedViews: [
            {
              id: 1,
              name: 'SLA breached',
              filters: { sla_breached: '1' },
              is_shared: false,
              user_id: 1,
            },
            {
              id: 2,
              name: 'VIP customers',
              filters: { tag_ids: ['3'] },
              is_shared: true,
              user_id: 1,
            },
          ],
        }
      : {}),
  }
}

interface StoryView {
  id: number
  name: string
  filters: Record<string, unknown>
  is_shared: boolean
  user_id: number
}

/** The real JSON client over an in-memory saved-view API, answering like Adonis (`{views: []}`). */
export function storyViewsClient(initial: StoryView[]): HttpClient {
  let views = [...initial]
  let next = 100
  const answer = (status: number, body: unknown) => ({
    status,
    headers: new Headers({ 'content-type': 'application/json' }),
    text: async () => JSON.stringify(body),
  })
  return createHttpClient({
    csrf: [],
    origin: null,
    fetch: async (url, init) => {
      const method = (init.method ?? 'GET').toUpperCase()
      const id = Number(url.split('?')[0]?.split('/').pop())
      const parsed: unknown = typeof init.body === 'string' ? JSON.parse(init.body) : {}
      const input = typeof parsed === 'object' && parsed !== null ? parsed : {}
      const name = 'name' in input && typeof input.name === 'string' ? input.name : ''
      const filters =
        'filters' in input && typeof input.filters === 'object' && input.filters !== null
          ? { ...input.filters }
          : {}
      const shared = 'is_shared' in input && input.is_shared === true
      if (method === 'GET') return answer(200, { views })
      if (method === 'POST') {
        const view = { id: next++, name, filters, is_shared: shared, user_id: 2 }
        views = [...views, view]
        return answer(201, { message: 'View saved.', view })
      }
      if (method === 'PUT') {
        views = views.map((view) =>
          view.id === id ? { ...view, name, filters, is_shared: shared } : view,
        )
        return answer(200, { message: 'View updated.' })
      }
      views = views.filter((view) => view.id !== id)
      return answer(200, { message: 'View deleted.' })
    },
  })
}

/** The views an agent sees in the stories. */
export const storyViews: StoryView[] = [
  {
    id: 1,
    name: 'My urgent tickets',
    filters: { assigned_to: '2', priority: 'urgent' },
    is_shared: false,
    user_id: 2,
  },
  { id: 2, name: 'Unassigned', filters: { unassigned: '1' }, is_shared: true, user_id: 2 },
  { id: 3, name: 'VIP customers', filters: { tag_ids: ['3'] }, is_shared: true, user_id: 1 },
]

/** A transport whose visits never finish: the page stays in its loading state. */
export const pendingTransport: Transport = {
  visit: () => new Promise(() => undefined),
  reload: () => new Promise(() => undefined),
}

/** Replaces parts of the app's context for one story (transport, HTTP client, extensions). */
export function withContext(
  overrides: Partial<Pick<EscalatedContext, 'transport' | 'http'>> & {
    plugins?: EscalatedExtension[]
  },
): Decorator {
  return (story) => ({
    setup() {
      const context = injectEscalatedContext()
      const { plugins, ...rest } = overrides
      provide(ESCALATED_CONTEXT, {
        ...context,
        ...rest,
        ...(plugins ? { extensions: createExtensionRegistry(plugins) } : {}),
      })
      return () => h(story())
    },
  })
}
