// Raw page props for the knowledge-base page stories.
import { FIXED_TIME, makePaginator, toAdonisCase } from '../../../../test/fixtures'
import { customerShared } from '../portalData'

const CATEGORIES = [
  {
    id: 1,
    name: 'Getting started',
    slug: 'getting-started',
    description: 'First steps',
    articles_count: 3,
  },
  {
    id: 2,
    name: 'Billing',
    slug: 'billing',
    description: 'Invoices, refunds and plans',
    articles_count: 3,
  },
  {
    id: 3,
    name: 'Shipping',
    slug: 'shipping',
    description: 'Orders and deliveries',
    articles_count: 2,
  },
]

const TITLES = [
  'Create your workspace',
  'Invite teammates',
  'Request a refund',
  'Switch to annual billing',
  'Track your order',
  'Report a damaged parcel',
]

/** A long article body with every element the prose styles cover. */
export const RICH_BODY = [
  '<p>Refunds go back to the card you paid with. Most arrive within <strong>5 business days</strong>.</p>',
  '<h2>Before you start</h2><ul><li>Find the invoice number (it starts with <code>A-</code>).</li><li>Check the order is less than 30 days old.</li></ul>',
  '<h2>Request the refund</h2><ol><li>Open <em>Billing → Invoices</em>.</li><li>Choose <kbd>Request refund</kbd>.</li><li>Tell us why, then send.</li></ol>',
  '<blockquote>Partial refunds are possible for annual plans.</blockquote>',
  '<h3>Refund times</h3><table><thead><tr><th>Method</th><th>Time</th></tr></thead><tbody><tr><td>Card</td><td>5 days</td></tr><tr><td>Bank transfer</td><td>10 days</td></tr></tbody></table>',
  '<pre><code>curl https://api.example.test/refunds \\\n  -d invoice=A-1001</code></pre>',
  '<hr><p>Still stuck? <a href="https://example.test/contact">Contact us</a>.</p>',
].join('')

function articles(count: number) {
  return Array.from({ length: count }, (_, index) => ({
    id: index + 1,
    title: TITLES[index % TITLES.length] ?? 'Article',
    slug: `article-${index + 1}`,
    body: RICH_BODY,
    status: 'published',
    category_id: (index % 3) + 1,
    category: CATEGORIES[index % 3],
    view_count: 40 + index,
    published_at: FIXED_TIME,
  }))
}

/** Props of `Customer/KnowledgeBase/Index`. */
export function kbIndexProps(
  options: { count?: number; total?: number; adonis?: boolean; filters?: object } = {},
) {
  const items = articles(options.count ?? 6)
  return {
    ...customerShared(),
    categories: options.adonis ? toAdonisCase(CATEGORIES) : CATEGORIES,
    articles: makePaginator(
      options.adonis ? (toAdonisCase(items) as unknown[]) : items,
      options.adonis ? 'lucid' : 'length-aware',
      { total: options.total ?? items.length },
    ),
    filters: options.filters ?? {},
    feedbackEnabled: true,
  }
}

/** Props of `Customer/KnowledgeBase/Article`. */
export function kbArticleProps(options: { adonis?: boolean; feedback?: boolean } = {}) {
  const article = articles(3)[2]
  return {
    ...customerShared(),
    article: options.adonis ? toAdonisCase(article) : article,
    related: [
      { id: 4, title: 'Switch to annual billing', slug: 'article-4' },
      { id: 7, title: 'Download invoices and receipts', slug: 'article-7' },
    ],
    feedbackEnabled: options.feedback ?? true,
  }
}
