import { reactive } from 'vue'
import type { Article, ArticleSummary } from './adapters'
import type { PanelContext } from './context'

/** The search results area. */
export type SearchState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'done'; query: string; items: ArticleSummary[] }
  | { status: 'failed'; error: unknown }

/** The article view, when one is open. */
export type ArticleState =
  | { status: 'loading'; slug: string }
  | { status: 'ready'; slug: string; article: Article }
  | { status: 'failed'; slug: string; error: unknown }

/** State and actions of the Help view. */
export interface Help {
  state: { query: string; results: SearchState; article: ArticleState | null }
  /** Sets the query and searches after a pause in typing (at least 2 characters). */
  type(query: string): void
  /** Sets the query and searches at once (the `search()` API call, a retry). */
  search(query: string): void
  /** Opens an article. */
  open(slug: string): Promise<void>
  /** Leaves the article view. */
  back(): void
}

const DEBOUNCE_MS = 250

/** Creates the Help view's state: debounced, cancellable KB search and the article view. */
export function createHelp(context: PanelContext): Help {
  const state = reactive<Help['state']>({ query: '', results: { status: 'idle' }, article: null })
  let timer: ReturnType<typeof setTimeout> | undefined
  let controller: AbortController | undefined

  async function run(query: string): Promise<void> {
    controller?.abort()
    const current = (controller = new AbortController())
    state.results = { status: 'loading' }
    try {
      const items = await context.adapter.search(query, current.signal)
      state.results = { status: 'done', query, items }
      context.announce(
        items.length
          ? context.t('help.results', { count: items.length })
          : context.t('help.none', { query }),
      )
    } catch (error) {
      // A newer search replaced this one; its result no longer matters.
      if (current.signal.aborted) return
      state.results = { status: 'failed', error }
      context.report('search', error)
    }
  }

  function search(query: string, delay = 0): void {
    state.query = query
    clearTimeout(timer)
    controller?.abort()
    const trimmed = query.trim().slice(0, 200)
    if (trimmed.length < 2) {
      state.results = { status: 'idle' }
      return
    }
    if (delay) timer = setTimeout(() => void run(trimmed), delay)
    else void run(trimmed)
  }

  return {
    state,
    type: (query) => search(query, DEBOUNCE_MS),
    search: (query) => search(query),
    async open(slug) {
      state.article = { status: 'loading', slug }
      try {
        const article = await context.adapter.article(slug)
        if (state.article?.slug !== slug) return
        state.article = { status: 'ready', slug, article }
        context.announce(article.title)
        context.emit('article-viewed', { slug, title: article.title })
      } catch (error) {
        if (state.article?.slug !== slug) return
        state.article = { status: 'failed', slug, error }
        context.report('article', error)
      }
    },
    back() {
      state.article = null
    },
  }
}
