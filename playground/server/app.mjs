// Builds the playground server: a Laravel-shaped Escalated backend on SQLite, speaking Inertia.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import Fastify from 'fastify'
import cookie from '@fastify/cookie'
import formbody from '@fastify/formbody'
import multipart from '@fastify/multipart'
import fastifyStatic from '@fastify/static'
import { Unauthenticated, currentUser } from './auth.mjs'
import { resolveConfig } from './config.mjs'
import { openDatabase } from './db.mjs'
import { refreshSlaBreaches } from './domain/ticket-commands.mjs'
import { UPLOAD_LIMITS } from './domain/uploads.mjs'
import { HttpError, ValidationError, backUrl, escapeHtml, redirect, wantsJson } from './http.mjs'
import { installInertia, pageAttribute } from './inertia.mjs'
import { registerAgentRoutes } from './routes/agent.mjs'
import { registerAttachmentRoutes } from './routes/attachments.mjs'
import { registerCustomerRoutes } from './routes/customer.mjs'
import { registerGuestRoutes } from './routes/guest.mjs'
import { registerKnowledgeBaseRoutes } from './routes/kb.mjs'
import { registerPlaygroundRoutes } from './routes/playground.mjs'
import { registerStaffTicketRoutes } from './routes/staff-tickets.mjs'
import { registerSavedViewRoutes } from './routes/views.mjs'
import { seedDatabase } from './seed.mjs'
import { createSerializer } from './serializers.mjs'
import { installSession } from './session.mjs'
import { registerWidgetApi } from './widget-api.mjs'

const SLA_CHECK_INTERVAL_MS = 30_000

/**
 * The built client: entry script, stylesheets, and the asset version (a hash of Vite's manifest).
 * @param {string} distDir
 * @returns {{ version: string, script: string, styles: string[] } | null}
 */
export function readClientManifest(distDir) {
  const file = join(distDir, '.vite', 'manifest.json')
  if (!existsSync(file)) return null
  const text = readFileSync(file, 'utf8')
  const manifest =
    /** @type {Record<string, { file: string, css?: string[], isEntry?: boolean }>} */ (
      JSON.parse(text)
    )
  const entry = Object.values(manifest).find((chunk) => chunk.isEntry)
  if (!entry) return null
  return {
    version: createHash('sha256').update(text).digest('hex').slice(0, 16),
    script: `/build/${entry.file}`,
    styles: (entry.css ?? []).map((css) => `/build/${css}`),
  }
}

/**
 * @param {Record<string, unknown>} page
 * @param {ReturnType<typeof readClientManifest>} client
 */
function renderDocument(page, client) {
  const head = client
    ? [
        ...client.styles.map((href) => `<link rel="stylesheet" href="${href}">`),
        `<script type="module" src="${client.script}"></script>`,
      ].join('\n    ')
    : ''
  const notice = client
    ? ''
    : '<p>The playground client is not built yet. Run <code>npm start</code>, which builds it.</p>'
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Escalated Playground</title>
    <link rel="icon" href="data:,">
    ${head}
  </head>
  <body>
    ${notice}<div id="app" data-page="${pageAttribute(page)}"></div>
  </body>
</html>
`
}

/**
 * Creates the Fastify app (not listening). Opens the database, seeding it when empty or when `reset` is set.
 * @param {import('./config.mjs').PlaygroundOptions} [options]
 */
export async function buildApp(options = {}) {
  const config = resolveConfig(options)
  const db = openDatabase(config.dbFile)
  const reseed = () => seedDatabase(db, { now: config.clock(), uploadsDir: config.uploadsDir })
  if (config.reset || db.isEmpty()) reseed()
  mkdirSync(config.uploadsDir, { recursive: true })

  const client = readClientManifest(config.distDir)
  const version = config.assetVersion ?? client?.version ?? 'unbuilt'
  const serialize = createSerializer(config.casing)
  const ctx = {
    db,
    config,
    clock: config.clock,
    prefix: config.prefix,
    uploadsDir: config.uploadsDir,
    serialize,
    reseed,
  }

  const app = Fastify({ logger: config.logger, routerOptions: { ignoreTrailingSlash: true } })
  await app.register(cookie, { secret: config.secret })
  await app.register(formbody)
  await app.register(multipart, {
    limits: { fileSize: UPLOAD_LIMITS.fileSize, files: UPLOAD_LIMITS.files, fields: 200 },
  })
  // One registration gives reply.sendFile (attachments, widget); /build/ serves the client when built.
  await app.register(fastifyStatic, { root: config.uploadsDir, serve: false })
  if (client)
    await app.register(fastifyStatic, {
      root: config.distDir,
      prefix: '/build/',
      decorateReply: false,
      index: false,
    })

  const widgetBase = `${config.prefix}/widget/`
  installSession(app, {
    isCsrfExempt: (url) => url.startsWith(widgetBase) || url.split('?')[0] === '/_playground/reset',
  })
  installInertia(app, {
    version: () => version,
    renderHtml: (page) => renderDocument(page, client),
    serialize: (props) => serialize(props),
    sharedProps: (request) => {
      const user = currentUser(request, db)
      return {
        escalated: {
          prefix: config.prefix.replace(/^\//, ''),
          is_agent: Boolean(user && (user.is_agent || user.is_admin)),
          is_admin: Boolean(user?.is_admin),
          guest_tickets_enabled: true,
          show_powered_by: true,
          knowledge_base_enabled: true,
          knowledge_base_public: true,
          knowledge_base_feedback_enabled: true,
          agent_type: user?.agent_type ?? 'full',
        },
        auth: { user: user ? { id: user.id, name: user.name, email: user.email } : null },
        flash: request.session.takeFlash(),
        errors: request.session.takeErrors(),
      }
    },
  })

  let lastSlaCheck = 0
  app.addHook('preHandler', async (request) => {
    const now = config.clock()
    if (request.method === 'GET' && now.getTime() - lastSlaCheck > SLA_CHECK_INTERVAL_MS) {
      lastSlaCheck = now.getTime()
      refreshSlaBreaches(db, now)
    }
  })

  registerPlaygroundRoutes(app, ctx)
  registerWidgetApi(app, ctx)
  registerAttachmentRoutes(app, ctx)
  registerKnowledgeBaseRoutes(app, ctx)
  registerGuestRoutes(app, ctx)
  registerAgentRoutes(app, ctx)
  registerStaffTicketRoutes(app, ctx, 'agent')
  registerStaffTicketRoutes(app, ctx, 'admin')
  registerSavedViewRoutes(app, ctx)
  registerCustomerRoutes(app, ctx)
  app.get(`${config.prefix}/admin`, async (_request, reply) =>
    redirect(reply, `${config.prefix}/admin/tickets`),
  )

  /** JSON for API callers and the widget; a small HTML page otherwise (what Laravel's abort() renders). */
  const sendError = (
    /** @type {import('fastify').FastifyRequest} */ request,
    /** @type {import('fastify').FastifyReply} */ reply,
    /** @type {number} */ status,
    /** @type {string} */ message,
    /** @type {Record<string, unknown>} */ extra = {},
  ) => {
    reply.code(status)
    if (wantsJson(request) || request.url.startsWith(widgetBase))
      return reply.send({ message, ...extra })
    return reply
      .type('text/html; charset=utf-8')
      .send(`<!doctype html><title>${status}</title><h1>${status} | ${escapeHtml(message)}</h1>`)
  }

  app.setNotFoundHandler((request, reply) => sendError(request, reply, 404, 'Not Found'))

  app.setErrorHandler((error, request, reply) => {
    if (error instanceof ValidationError) {
      if (wantsJson(request) || request.url.startsWith(widgetBase))
        return reply.code(422).send({ message: error.message, errors: error.errors })
      const bag = Object.fromEntries(
        Object.entries(error.errors).map(([field, messages]) => [field, messages[0] ?? '']),
      )
      const errorBag = request.headers['x-inertia-error-bag']
      request.session.flashErrors(
        typeof errorBag === 'string' && errorBag ? { [errorBag]: bag } : bag,
      )
      return redirect(reply, backUrl(request, '/'))
    }
    if (error instanceof Unauthenticated) {
      if (wantsJson(request)) return reply.code(401).send({ message: error.message })
      return redirect(reply, '/')
    }
    if (error instanceof HttpError) {
      reply.headers(error.headers)
      return sendError(request, reply, error.status, error.message, error.body)
    }
    const status = /** @type {{ statusCode?: number }} */ (error).statusCode
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return sendError(
        request,
        reply,
        status,
        error instanceof Error ? error.message : 'Bad request.',
      )
    }
    if (config.logger) request.log.error(error)
    else console.error(error)
    return sendError(request, reply, 500, 'Server Error')
  })

  app.addHook('onClose', async () => db.close())
  return app
}
