import { FIXED_TIME } from '../../../fixtures'

/** A KB category as L serializes it on the index page. */
export function makeKbCategory(overrides: Record<string, unknown> = {}) {
  return {
    id: 1,
    name: 'Billing',
    slug: 'billing',
    description: 'Invoices and payments',
    parent_id: null,
    position: 1,
    articles_count: 2,
    created_at: FIXED_TIME,
    updated_at: FIXED_TIME,
    ...overrides,
  }
}

/** A published KB article with its category (L). */
export function makeKbArticle(overrides: Record<string, unknown> = {}) {
  return {
    id: 1,
    title: 'How refunds work',
    slug: 'how-refunds-work',
    body: '<h2>Refunds</h2><p>Refunds take <strong>5&nbsp;days</strong>.</p>',
    status: 'published',
    category_id: 1,
    category: makeKbCategory(),
    view_count: 12,
    helpful_count: 3,
    not_helpful_count: 0,
    published_at: FIXED_TIME,
    created_at: FIXED_TIME,
    updated_at: FIXED_TIME,
    ...overrides,
  }
}
