/**
 * A stateful fake Laravel widget API for browser tests: KB search and articles, ticket creation
 * with an L+ grant, and status lookups by grant.
 */
import type { PanelModule } from '../../widget/loader/bridge'
import { LARAVEL_CONFIG, routedFetch } from './fakeFetch'

const ARTICLE = {
  title: 'Reset your password',
  slug: 'reset-password',
  excerpt: 'Use the link on the sign-in page.',
  body: '<p>Use the <a href="/login">sign-in page</a>.</p><img src="x" onerror="window.__pwned = true">',
}

/** The fake backend's routed fetch and a panel module that uses it. */
export function fakeBackend() {
  const tickets = new Map<string, { subject: string; token: string }>()
  const { fetch, calls } = routedFetch({
    'GET /config': { body: { ...LARAVEL_CONFIG, position: 'bottom-right' } },
    'GET /articles': ({ url }) => ({
      body: {
        articles: (new URL(url).searchParams.get('q') ?? '').startsWith('pass')
          ? [{ title: ARTICLE.title, slug: ARTICLE.slug, excerpt: ARTICLE.excerpt }]
          : [],
      },
    }),
    'GET /articles/reset-password': { body: ARTICLE },
    'POST /tickets': ({ body }) => {
      const reference = `ESC-${String(tickets.size + 1).padStart(5, '0')}`
      const subject = String((body as { subject?: unknown }).subject ?? '')
      tickets.set(reference, { subject, token: `grant-${reference}` })
      return {
        status: 201,
        body: {
          reference,
          guest_access_token: `grant-${reference}`,
          expires_at: '2999-01-01T00:00:00Z',
        },
      }
    },
    'GET /tickets/ESC-00001': ({ headers }) => {
      const ticket = tickets.get('ESC-00001')
      return ticket && headers.get('Authorization') === `Bearer ${ticket.token}`
        ? {
            body: {
              reference: 'ESC-00001',
              subject: ticket.subject,
              status: 'open',
              // A custom colour: the badge gets it as a CSSOM custom property (the CSP test).
              status_color: '#0E7490',
              created_at: '2026-05-01T10:00:00Z',
              replies: [
                {
                  body: '<p>Thanks!</p>',
                  author: 'Alice',
                  is_agent: true,
                  created_at: '2026-05-01T11:00:00Z',
                },
              ],
            },
          }
        : { status: 404, body: { message: 'Ticket not found.' } }
    },
  })
  const importPanel = async (): Promise<PanelModule> => {
    const { createPanel } = await import('../../widget/app/index')
    return { createPanel: (host) => createPanel(host, fetch) }
  }
  return { fetch, calls, importPanel }
}
