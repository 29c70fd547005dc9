// Raw page props for the portal page stories, built from the shared test factories.
import {
  FIXED_TIME,
  makeAttachment,
  makePaginator,
  makeReply,
  makeSharedProps,
  makeTicket,
  makeUser,
  toAdonisCase,
  type PaginatorShape,
  type RawTicket,
} from '../../../test/fixtures'

const FRANK = makeUser({ id: 4, name: 'Frank Customer', email: 'frank@example.test' })
const SUBJECTS = [
  'Export to CSV crashes the app',
  'Billing address change',
  'Invoice A-1001 shows the wrong VAT rate',
  'Cannot invite a teammate',
  'Two-factor codes are rejected',
  'Parcel arrived damaged',
]
const STATUSES = ['open', 'in_progress', 'waiting_on_customer', 'resolved', 'closed', 'reopened']
const PRIORITIES = ['low', 'medium', 'high', 'urgent', 'critical']

/** Shared props of a signed-in customer (or a guest with `user: null`). */
export function customerShared(escalated: Record<string, unknown> = {}, user = true) {
  return makeSharedProps({
    user: user ? FRANK : null,
    escalated: { knowledge_base_enabled: true, knowledge_base_public: true, ...escalated },
  })
}

/** `count` tickets of Frank's across statuses and priorities. */
export function customerTickets(count: number): RawTicket[] {
  return Array.from({ length: count }, (_, index) =>
    makeTicket({
      id: index + 1,
      subject: SUBJECTS[index % SUBJECTS.length] ?? 'Ticket',
      status: STATUSES[index % STATUSES.length] ?? 'open',
      priority: PRIORITIES[index % PRIORITIES.length] ?? 'medium',
    }),
  )
}

/** Props of `Customer/Index`; `adonis` camelCases the models and uses the Lucid paginator. */
export function indexProps(
  options: { count?: number; total?: number; adonis?: boolean; filters?: object } = {},
) {
  const items = customerTickets(options.count ?? 6)
  const shape: PaginatorShape = options.adonis ? 'lucid' : 'length-aware'
  return {
    ...customerShared(),
    tickets: makePaginator(options.adonis ? (toAdonisCase(items) as unknown[]) : items, shape, {
      total: options.total ?? items.length,
    }),
    filters: options.filters ?? {},
  }
}

const LONG_BODY = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i + 1}: the export stops at the same row every time. ` +
    'It seems related to a cell that contains a very long, unbroken value such as ' +
    'https://example.test/a/really/long/url/that/does/not/wrap/naturally/at/all/in/the/thread.</p>',
).join('')

/** A ticket with a public conversation, newest reply first as backends send them. */
export function conversationTicket(overrides: Partial<RawTicket> = {}, replyCount = 3): RawTicket {
  const replies = Array.from({ length: replyCount }, (_, index) => {
    const fromAgent = index % 2 === 0
    return makeReply({
      id: replyCount - index,
      author_id: fromAgent ? 2 : 4,
      author: fromAgent ? makeUser() : null,
      body: fromAgent
        ? `<p>Thanks, we are looking into it (update ${replyCount - index}).</p>`
        : 'Still happening on my side.\nAnything I can try?',
      created_at: new Date(Date.parse(FIXED_TIME) + (replyCount - index) * 3_600_000).toISOString(),
      attachments:
        index === replyCount - 1 ? [makeAttachment({ original_filename: 'export-log.txt' })] : [],
    })
  })
  return makeTicket({ replies, ...overrides })
}

/** Props of `Customer/Show`. */
export function showProps(
  options: { ticket?: Partial<RawTicket>; replies?: number; adonis?: boolean; long?: boolean } = {},
) {
  const ticket = conversationTicket(
    { ...(options.long ? { description: LONG_BODY } : {}), ...options.ticket },
    options.replies ?? 3,
  )
  return { ...customerShared(), ticket: options.adonis ? toAdonisCase(ticket) : ticket }
}

/** Props of the create pages (customer and guest). */
export function createProps(extra: Record<string, unknown> = {}, user = true) {
  return {
    ...customerShared({}, user),
    departments: [
      { id: 1, name: 'Support' },
      { id: 2, name: 'Billing' },
      { id: 3, name: 'Shipping' },
    ],
    priorities: PRIORITIES,
    ...extra,
  }
}

/** The custom fields a host might send with the create page. */
export const CUSTOM_FIELDS = [
  { id: 1, name: 'order_number', label: 'Order number', type: 'text', required: true },
  { id: 2, name: 'plan', label: 'Plan', type: 'select', options: ['Free', 'Pro', 'Enterprise'] },
  {
    id: 3,
    name: 'areas',
    label: 'Affected areas',
    type: 'multi_select',
    options: ['API', 'Web app', 'Mobile'],
  },
]

/** A guest's token (64 alphanumerics, as L issues them). */
export const GUEST_TOKEN = 'aroD2Grrx0X8KsmnVf82y31nCDMCjY71gYnopZQmctwUh3ElXB0xt5jVf1HV8rKV'

/** Props of `Guest/Show`. */
export function guestShowProps(options: { adonis?: boolean; ticket?: Partial<RawTicket> } = {}) {
  const ticket = conversationTicket({
    id: 5,
    requester_type: null,
    requester_id: null,
    guest_name: 'Gina Guest',
    guest_email: 'gina@example.test',
    subject: 'Invoice copy needed',
    description: 'Please resend invoice A-1001.',
    ...options.ticket,
  })
  // Guest replies carry no author id; agent replies keep theirs.
  ticket.replies = (ticket.replies ?? []).map((reply) =>
    reply.author_id === 4 ? { ...reply, author_type: 'Guest', author_id: null } : reply,
  )
  return {
    ...customerShared({}, false),
    ticket: options.adonis ? toAdonisCase(ticket) : ticket,
    token: GUEST_TOKEN,
  }
}
