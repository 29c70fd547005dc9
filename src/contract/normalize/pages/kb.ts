import type { KbArticleProps, KbIndexProps } from '../../pages'
import { normalizeKbArticle, normalizeKbArticleRef, normalizeKbCategories } from '../kb'
import { normalizePaginator } from '../paginator'
import { field, mapList, toBoolean, toStringOrNull } from '../read'

/** Props of `Escalated/Customer/KnowledgeBase/Index` (L). */
export function normalizeKbIndexProps(raw: unknown): KbIndexProps {
  const filters = field(raw, 'filters')
  return {
    categories: normalizeKbCategories(field(raw, 'categories')),
    articles: normalizePaginator(field(raw, 'articles'), normalizeKbArticle),
    filters: {
      search: toStringOrNull(field(filters, 'search')) ?? '',
      category: toStringOrNull(field(filters, 'category')) ?? '',
    },
    feedbackEnabled: toBoolean(field(raw, 'feedback_enabled')),
  }
}

/** Props of `Escalated/Customer/KnowledgeBase/Article` (L). */
export function normalizeKbArticleProps(raw: unknown): KbArticleProps {
  return {
    article: normalizeKbArticle(field(raw, 'article')),
    related: mapList(field(raw, 'related'), normalizeKbArticleRef),
    feedbackEnabled: toBoolean(field(raw, 'feedback_enabled')),
  }
}
