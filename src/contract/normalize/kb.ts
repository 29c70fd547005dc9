import type { KbArticle, KbArticleRef, KbCategory } from '../models'
import { field, mapList, toId, toIsoDate, toNonEmptyString, toNumber, toStringOrNull } from './read'

/** A knowledge-base category; null without an id. */
export function normalizeKbCategory(raw: unknown): KbCategory | null {
  const id = toId(field(raw, 'id'))
  if (id === null) return null
  return {
    id,
    name: toStringOrNull(field(raw, 'name')) ?? '',
    slug: toNonEmptyString(field(raw, 'slug')),
    description: toNonEmptyString(field(raw, 'description')),
    parent_id: toId(field(raw, 'parent_id')),
    position: toNumber(field(raw, 'position')),
    articles_count: toNumber(field(raw, 'articles_count')),
  }
}

/** A list of knowledge-base categories. */
export function normalizeKbCategories(raw: unknown): KbCategory[] {
  return mapList(raw, normalizeKbCategory)
}

/** A knowledge-base article; null without an id. */
export function normalizeKbArticle(raw: unknown): KbArticle | null {
  const id = toId(field(raw, 'id'))
  if (id === null) return null
  return {
    id,
    title: toStringOrNull(field(raw, 'title')) ?? '',
    slug: toNonEmptyString(field(raw, 'slug')),
    body: toStringOrNull(field(raw, 'body')) ?? '',
    status: toNonEmptyString(field(raw, 'status')),
    category_id: toId(field(raw, 'category_id')),
    category: normalizeKbCategory(field(raw, 'category')),
    view_count: toNumber(field(raw, 'view_count')),
    helpful_count: toNumber(field(raw, 'helpful_count')),
    not_helpful_count: toNumber(field(raw, 'not_helpful_count')),
    published_at: toIsoDate(field(raw, 'published_at')),
    created_at: toIsoDate(field(raw, 'created_at')),
    updated_at: toIsoDate(field(raw, 'updated_at')),
  }
}

/** A short article link (`related`); null without an id or a slug. */
export function normalizeKbArticleRef(raw: unknown): KbArticleRef | null {
  const id = toId(field(raw, 'id'))
  const slug = toNonEmptyString(field(raw, 'slug'))
  if (id === null || slug === null) return null
  return { id, title: toStringOrNull(field(raw, 'title')) ?? '', slug }
}
