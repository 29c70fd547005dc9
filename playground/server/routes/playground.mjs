// The host's own routes and the test hooks: the "sign in as" screen, role logins, sign-out, reseeding,
// the custom-action event log, and the static widget demo page.
import { existsSync, readFileSync } from 'node:fs'
import { join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'
import { currentUser } from '../auth.mjs'
import { parseJson } from '../domain/present.mjs'
import { HttpError, backUrl, redirect, wantsJson } from '../http.mjs'
import { SEEDED_USERS } from '../seed.mjs'

/** Each role's seeded account and home page. */
const ROLES = {
  customer: {
    userId: SEEDED_USERS.customer,
    home: '/support',
    label: 'Customer',
    description: 'Their own tickets, new tickets and the knowledge base.',
  },
  agent: {
    userId: SEEDED_USERS.agent,
    home: '/support/agent',
    label: 'Agent',
    description: 'The dashboard, the ticket queue and every ticket action.',
  },
  admin: {
    userId: SEEDED_USERS.admin,
    home: '/support/admin/tickets',
    label: 'Admin',
    description: 'Admin ticket pages, saved views, and the agent area too.',
  },
  guest: {
    userId: null,
    home: '/support/guest/create',
    label: 'Guest',
    description: 'Signed out: the guest ticket form.',
  },
}

/**
 * @param {import('fastify').FastifyInstance} app
 * @param {import('./support.mjs').RouteContext & { reseed: () => void }} ctx
 */
export function registerPlaygroundRoutes(app, ctx) {
  const { db } = ctx
  const demoPage = fileURLToPath(new URL('../public/widget-demo.html', import.meta.url))

  app.get('/', async (request, reply) => {
    currentUser(request, db)
    const accounts = Object.entries(ROLES).map(([role, config]) => {
      const user =
        config.userId === null
          ? undefined
          : db.get('SELECT name, email FROM users WHERE id = ?', [config.userId])
      return {
        role,
        label: config.label,
        description: config.description,
        name: user ? String(user.name) : null,
        email: user ? String(user.email) : null,
        url: `/_playground/login/${role}`,
        home: config.home,
      }
    })
    return reply.inertia('Playground/SignIn', {
      accounts,
      casing: ctx.config.casing,
      links: {
        widgetDemo: '/widget-demo',
        events: '/_playground/events',
        knowledgeBase: '/support/kb',
      },
    })
  })

  app.get('/_playground/login/:role', async (request, reply) => {
    const role = /** @type {{ role: string }} */ (request.params).role
    const config = Object.hasOwn(ROLES, role)
      ? ROLES[/** @type {keyof typeof ROLES} */ (role)]
      : undefined
    if (!config)
      throw new HttpError(404, `Unknown role "${role}". Use customer, agent, admin or guest.`)
    request.session.signIn(config.userId)
    return redirect(reply, config.home)
  })

  app.post('/_playground/logout', async (request, reply) => {
    request.session.signIn(null)
    request.session.flash('success', 'Signed out.')
    return redirect(reply, '/')
  })

  app.post('/_playground/reset', async (request, reply) => {
    ctx.reseed()
    const message = 'Database reseeded.'
    if (wantsJson(request) || !request.headers.accept?.includes('text/html')) return { message }
    request.session.flash('success', message)
    return redirect(reply, backUrl(request, '/'))
  })

  app.get('/_playground/events', async (_request, reply) =>
    reply.inertia('Playground/Events', {
      events: db
        .all('SELECT * FROM events ORDER BY id DESC LIMIT 100')
        .map((row) => ({ ...row, payload: parseJson(row.payload) })),
    }),
  )

  app.get('/widget-demo', async (_request, reply) =>
    reply.type('text/html; charset=utf-8').send(readFileSync(demoPage)),
  )

  // The widget bundle is built separately into dist/widget/; the demo page loads without it.
  app.get('/widget/*', async (request, reply) => {
    const file = normalize(/** @type {{ '*': string }} */ (request.params)['*']).replace(
      /^(\.\.[/\\])+/,
      '',
    )
    if (!existsSync(join(ctx.config.widgetDir, file)))
      throw new HttpError(404, 'The widget is not built. Run the widget build first.')
    return reply.sendFile(file, ctx.config.widgetDir)
  })
}
