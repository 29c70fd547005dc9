import type { WidgetHttp } from '../http'
import { list, nameOf, pick, record, text } from './read'
import type {
  Article,
  ArticleSummary,
  StatusReply,
  TicketStatusResult,
  WidgetConfig,
} from './types'

/** The configuration of a widget the backend turned off. */
export const DISABLED: WidgetConfig = {
  enabled: false,
  departments: [],
  kbEnabled: false,
  guestTicketsEnabled: false,
  verificationRequired: false,
}

/** `encodeURIComponent` for one path segment. */
export const segment = (value: string): string => encodeURIComponent(value)

// Plain text for a list excerpt; the text is interpolated (escaped), never rendered as HTML.
const plain = (html: string): string =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()

/** A search hit from `{title, slug, excerpt}` (L) or an article entity (N). */
export function articleSummary(value: unknown): ArticleSummary {
  const raw = record(value)
  const excerpt = text(raw, 'excerpt') || text(raw, 'summary') || plain(articleBody(raw))
  return { slug: text(raw, 'slug'), title: text(raw, 'title'), excerpt: excerpt.slice(0, 200) }
}

const articleBody = (raw: Record<string, unknown>): string =>
  text(raw, 'body') || text(raw, 'content')

/** A full article: `{title, slug, body}` (L) or an entity with `body`/`content` (N). */
export function article(value: unknown): Article {
  const raw = record(value)
  return { ...articleSummary(raw), body: articleBody(raw) }
}

/** L's KB endpoints (A serves the same paths, always empty or 404). */
export const laravelKb = (http: WidgetHttp) => ({
  search: async (query: string, signal: AbortSignal) =>
    list(record(await http(`/articles?q=${segment(query)}`, { signal })).articles).map(
      articleSummary,
    ),
  article: async (slug: string) => article(await http(`/articles/${segment(slug)}`)),
})

function reply(value: unknown): StatusReply {
  const raw = record(value)
  const isAgent = pick(raw, 'is_agent')
  const authorType = pick(raw, 'author_type')
  return {
    body: text(raw, 'body'),
    authorName: nameOf(pick(raw, 'author') ?? pick(raw, 'author_name')),
    // L sends is_agent; A only author_type, where anything but a guest is staff (contract §6.3).
    isAgent:
      isAgent === undefined
        ? typeof authorType === 'string' && authorType !== 'Guest'
        : isAgent === true || isAgent === 1,
    createdAt: text(raw, 'created_at'),
  }
}

/** A status result from L's, A's or N's ticket payload, in either casing. */
export function statusResult(value: unknown): TicketStatusResult {
  const raw = record(value)
  return {
    reference: text(raw, 'reference'),
    subject: text(raw, 'subject'),
    status: text(raw, 'status'),
    statusLabel: text(raw, 'status_label') || undefined,
    statusColor: text(raw, 'status_color') || undefined,
    department: nameOf(pick(raw, 'department')),
    createdAt: text(raw, 'created_at'),
    replies: list(pick(raw, 'replies')).map(reply),
  }
}
