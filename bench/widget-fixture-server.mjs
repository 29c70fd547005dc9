// A static host page server for the built widget (dist/widget/ at /widget/) with a small in-memory
// Laravel-shaped widget API at /support/widget (contract §6.2, column L+). Used by the widget bench
// and the artifact tests; no dependencies beyond Node.
import { createServer } from 'node:http'
import { readFile } from 'node:fs/promises'
import { extname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const widgetDir = join(root, 'dist', 'widget')
const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.ts': 'text/plain' }

/** Pages: the embed tag is the same everywhere; only the surroundings differ. */
const embed = (attributes = '') =>
  `<script src="/widget/escalated-widget.js" data-base-url="" ${attributes}></script>`
const page = (head, body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8">` +
  `<title>Widget host</title>${head}</head><body>${body}</body></html>`
const PAGES = {
  '/': () => page('', `<main><h1>Host page</h1><p>Content.</p></main>${embed('async')}`),
  '/defer': () => page(embed('defer'), '<main><h1>Deferred</h1></main>'),
  '/head': () => page(embed(), '<main><h1>Script in head, no body yet</h1></main>'),
  '/twice': () => page('', `<main><h1>Twice</h1></main>${embed()}${embed()}`),
  '/csp': () => page('', `<main><h1>Strict CSP</h1></main>${embed('async')}`),
  '/hostile': () =>
    page(
      '<link rel="stylesheet" href="/hostile.css">',
      `<main><h1>Hostile styles</h1><p>Dark page.</p></main>${embed('async')}`,
    ),
}
// A page author's worst case: reset everything, shrink rem, go dark.
const HOSTILE_CSS = `* { all: revert !important; }
html { font-size: 10px !important; background: #0b0b0f !important; color: #e5e5e5 !important; }
body { font: 30px/3 serif !important; color: #e5e5e5 !important; }
button, input, textarea { font-size: 40px !important; border: 5px dotted red !important; }`
// No unsafe-inline, no unsafe-eval: scripts and styles only from this origin.
const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'"

const ARTICLES = [
  {
    slug: 'reset-password',
    title: 'Reset your password',
    excerpt: 'Use the link on the sign-in page.',
    body: '<p>Use the <a href="/login">sign-in page</a>.</p><img src="/favicon.ico" alt="" onerror="window.__pwned=1"><script>window.__pwned=1</script>',
  },
  {
    slug: 'billing-cycle',
    title: 'Billing cycle',
    excerpt: 'Invoices go out monthly.',
    body: '<p>Invoices go out on the first of the month.</p>',
  },
]

/**
 * Starts the server on 127.0.0.1 (a random port unless given). Resolves with its origin, the
 * tickets it holds and `close()`.
 */
export async function startWidgetFixtureServer({ port = 0 } = {}) {
  const tickets = new Map()
  const grants = new Map()
  let sequence = 0

  function json(response, status, body, headers = {}) {
    response.writeHead(status, { 'Content-Type': 'application/json', ...headers })
    response.end(JSON.stringify(body))
  }

  async function api(request, response, path, url) {
    if (path === '/config') {
      return json(response, 200, {
        enabled: true,
        color: '#0f766e',
        position: 'bottom-right',
        greeting: 'Hi! How can we help?',
        departments: [
          { id: 1, name: 'Support' },
          { id: 2, name: 'Billing' },
        ],
        kb_enabled: true,
        guest_tickets_enabled: true,
      })
    }
    if (path === '/articles') {
      const q = (url.searchParams.get('q') ?? '').toLowerCase()
      if (q.length < 2) return json(response, 422, { message: 'The q field is required.' })
      const articles = ARTICLES.filter((a) => `${a.title} ${a.body}`.toLowerCase().includes(q))
      return json(response, 200, {
        articles: articles.map(({ slug, title, excerpt }) => ({ slug, title, excerpt })),
      })
    }
    const article = /^\/articles\/([\w-]+)$/.exec(path)
    if (article) {
      const found = ARTICLES.find((a) => a.slug === article[1])
      return found ? json(response, 200, found) : json(response, 404, { message: 'Not found.' })
    }
    if (path === '/tickets' && request.method === 'POST') {
      let body = ''
      for await (const chunk of request) body += chunk
      const input = JSON.parse(body || '{}')
      const errors = {}
      for (const field of ['name', 'email', 'subject', 'description']) {
        if (!String(input[field] ?? '').trim()) errors[field] = [`The ${field} field is required.`]
      }
      if (Object.keys(errors).length) {
        return json(response, 422, { message: 'The given data was invalid.', errors })
      }
      sequence += 1
      const reference = `ESC-${String(sequence).padStart(5, '0')}`
      const token = `grant-${sequence}-${Math.random().toString(36).slice(2)}`
      tickets.set(reference, { ...input, reference, createdAt: new Date().toISOString() })
      grants.set(token, reference)
      return json(response, 201, {
        message: 'Ticket created successfully.',
        reference,
        guest_access_token: token,
        expires_at: new Date(Date.now() + 86_400_000).toISOString(),
      })
    }
    const status = /^\/tickets\/([\w-]+)$/.exec(path)
    if (status) {
      const bearer = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1]
      const ticket = tickets.get(status[1])
      if (!ticket || grants.get(bearer) !== ticket.reference) {
        return json(response, 404, { message: 'Ticket not found.' })
      }
      return json(response, 200, {
        reference: ticket.reference,
        subject: ticket.subject,
        status: 'open',
        status_label: 'Open',
        status_color: '#3B82F6',
        created_at: ticket.createdAt,
        department: { id: 1, name: 'Support' },
        replies: [
          {
            body: '<p>Thanks, we are on it.</p>',
            author: 'Alice',
            is_agent: true,
            created_at: ticket.createdAt,
          },
        ],
      })
    }
    return json(response, 404, { message: 'Not found.' })
  }

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    const path = url.pathname
    try {
      if (path.startsWith('/support/widget/')) {
        return await api(request, response, path.slice('/support/widget'.length), url)
      }
      if (path.startsWith('/widget/')) {
        const file = normalize(path.slice('/widget/'.length)).replace(/^(\.\.[/\\])+/, '')
        const content = await readFile(join(widgetDir, file))
        response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'text/plain' })
        return response.end(content)
      }
      if (path === '/favicon.ico') {
        response.writeHead(204)
        return response.end()
      }
      if (path === '/hostile.css') {
        response.writeHead(200, { 'Content-Type': 'text/css' })
        return response.end(HOSTILE_CSS)
      }
      const render = PAGES[path]
      if (!render) {
        response.writeHead(404, { 'Content-Type': 'text/plain' })
        return response.end('Not found')
      }
      response.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        ...(path === '/csp' ? { 'Content-Security-Policy': STRICT_CSP } : {}),
      })
      return response.end(render())
    } catch (error) {
      const missing =
        error && typeof error === 'object' && 'code' in error && error.code === 'ENOENT'
      response.writeHead(missing ? 404 : 500, { 'Content-Type': 'text/plain' })
      return response.end(missing ? 'Not found (run npm run build first)' : String(error))
    }
  })
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve))
  const address = server.address()
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`
  return {
    origin,
    tickets,
    close: () => new Promise((resolve) => server.close(resolve)),
  }
}
