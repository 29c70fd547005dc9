// The public knowledge base (contract §1.5, §4.6; Laravel only). Article bodies are stored and sent as
// HTML, unsanitized, as Laravel sends them: sanitizing is the package's job.
import { currentUser } from '../auth.mjs'
import { HttpError, backUrl, readForm, readQuery, redirect, wantsJson } from '../http.mjs'
import { model, paginate } from '../serializers.mjs'
import { validate } from '../validation.mjs'

const PER_PAGE = 15

/**
 * @param {import('fastify').FastifyInstance} app
 * @param {import('./support.mjs').RouteContext} ctx
 */
export function registerKnowledgeBaseRoutes(app, ctx) {
  const { db, prefix } = ctx
  const base = `${prefix}/kb`
  /** Articles with their category, from one read of the (small) category table. */
  const withCategories = (/** @type {Array<Record<string, any>>} */ rows) => {
    const categories = new Map(db.all('SELECT * FROM kb_categories').map((row) => [row.id, row]))
    return rows.map((row) => ({ ...row, category: categories.get(row.category_id) ?? null }))
  }
  const published = (/** @type {string} */ slug) => {
    const article = db.get("SELECT * FROM kb_articles WHERE slug = ? AND status = 'published'", [
      slug,
    ])
    if (!article) throw new HttpError(404, 'Article not found.')
    return article
  }

  app.get(base, async (request, reply) => {
    const query = readQuery(request)
    const search = typeof query.search === 'string' ? query.search.trim() : ''
    const category = typeof query.category === 'string' ? query.category : ''
    const where = ["a.status = 'published'"]
    /** @type {Array<string | number>} */
    const params = []
    if (search) {
      const like = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
      where.push("(a.title LIKE ? ESCAPE '\\' OR a.body LIKE ? ESCAPE '\\')")
      params.push(like, like)
    }
    if (category) {
      where.push(
        'a.category_id IN (SELECT id FROM kb_categories WHERE slug = ? OR CAST(id AS TEXT) = ?)',
      )
      params.push(category, category)
    }
    const page = Math.max(1, Number.parseInt(String(query.page ?? '1'), 10) || 1)
    const whereSql = where.join(' AND ')
    const total = Number(
      db.get(`SELECT COUNT(*) AS n FROM kb_articles a WHERE ${whereSql}`, params)?.n ?? 0,
    )
    const rows = db.all(
      `SELECT a.* FROM kb_articles a WHERE ${whereSql} ORDER BY a.published_at DESC, a.id DESC LIMIT ? OFFSET ?`,
      [...params, PER_PAGE, (page - 1) * PER_PAGE],
    )
    /** @type {Record<string, string>} */
    const filters = {}
    if (search) filters.search = search
    if (category) filters.category = category
    return reply.inertia('Escalated/Customer/KnowledgeBase/Index', {
      categories: () =>
        model(
          db.all(
            `SELECT c.*, (SELECT COUNT(*) FROM kb_articles a WHERE a.category_id = c.id AND a.status = 'published') AS articles_count
             FROM kb_categories c WHERE c.parent_id IS NULL ORDER BY c.position`,
          ),
        ),
      articles: paginate({
        items: withCategories(rows),
        total,
        page,
        perPage: PER_PAGE,
        path: base,
        query,
      }),
      filters,
      feedbackEnabled: true,
    })
  })

  app.get(`${base}/:slug`, async (request, reply) => {
    const article = published(/** @type {{ slug: string }} */ (request.params).slug)
    db.run('UPDATE kb_articles SET view_count = view_count + 1 WHERE id = ?', [article.id])
    const fresh = /** @type {Record<string, any>} */ (
      db.get('SELECT * FROM kb_articles WHERE id = ?', [article.id])
    )
    return reply.inertia('Escalated/Customer/KnowledgeBase/Article', {
      article: model(withCategories([fresh])[0]),
      related: db.all(
        "SELECT id, title, slug FROM kb_articles WHERE category_id = ? AND id != ? AND status = 'published' ORDER BY published_at DESC LIMIT 5",
        [article.category_id, article.id],
      ),
      feedbackEnabled: true,
    })
  })

  app.post(`${base}/:slug/feedback`, async (request, reply) => {
    const article = published(/** @type {{ slug: string }} */ (request.params).slug)
    const input = validate((await readForm(request)).fields, { helpful: ['required', 'boolean'] })
    const user = currentUser(request, db)
    db.transaction(() => {
      db.run(
        'INSERT INTO kb_feedback (article_id, user_id, helpful, created_at) VALUES (?, ?, ?, ?)',
        [article.id, user?.id ?? null, input.helpful === true, ctx.clock().toISOString()],
      )
      const column = input.helpful === true ? 'helpful_count' : 'not_helpful_count'
      db.run(`UPDATE kb_articles SET ${column} = ${column} + 1 WHERE id = ?`, [article.id])
    })
    const message = 'Thank you for your feedback!'
    if (wantsJson(request)) return { message }
    request.session.flash('success', message)
    return redirect(reply, backUrl(request, `${base}/${article.slug}`))
  })
}
