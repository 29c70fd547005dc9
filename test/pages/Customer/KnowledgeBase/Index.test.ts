import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import Index from '@/pages/Customer/KnowledgeBase/Index.vue'
import { makePaginator, makeSharedProps, toAdonisCase } from '../../../fixtures'
import { mountPage } from '../mountPage'
import { makeKbArticle, makeKbCategory } from './kbFixtures'

const ARTICLES = [
  makeKbArticle(),
  makeKbArticle({
    id: 2,
    title: 'Changing your plan',
    slug: 'changing-your-plan',
    body: '<p>Open <em>Settings</em>.</p><script>alert(1)</script>',
  }),
]
const CATEGORIES = [makeKbCategory(), makeKbCategory({ id: 2, name: 'Shipping', slug: 'shipping' })]

function props(extra: Record<string, unknown> = {}, user = makeSharedProps().auth.user) {
  return {
    ...makeSharedProps({
      user,
      escalated: { knowledge_base_enabled: true, knowledge_base_public: true },
    }),
    categories: CATEGORIES,
    articles: makePaginator(ARTICLES, 'length-aware'),
    filters: {},
    feedbackEnabled: true,
    ...extra,
  }
}

const titles = (screen: ReturnType<typeof mountPage>['screen']) =>
  screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent?.trim())

describe('Customer/KnowledgeBase/Index', () => {
  it('lists categories with counts and articles with a plain-text excerpt', async () => {
    const { screen } = mountPage(Index, props(), { pageUrl: '/support/kb' })
    await flushPromises()
    const categories = screen.getByRole('navigation', { name: 'Categories' })
    expect(categories.textContent).toContain('Billing')
    expect(categories.textContent).toContain('2 articles')
    expect(screen.getByRole('link', { name: 'How refunds work' }).getAttribute('href')).toBe(
      '/support/kb/how-refunds-work',
    )
    expect(screen.getByText('Refunds Refunds take 5 days.')).toBeTruthy()
    expect(screen.getByText('Open Settings.')).toBeTruthy()
    expect(screen.queryByText(/alert\(1\)/)).toBeNull()
  })

  it('shows the same articles from a camelCase payload with Lucid meta', async () => {
    const snake = mountPage(Index, props())
    await flushPromises()
    const expected = titles(snake.screen)
    snake.wrapper.unmount()
    const camel = mountPage(
      Index,
      props({
        categories: toAdonisCase(CATEGORIES),
        articles: makePaginator(toAdonisCase(ARTICLES) as unknown[], 'lucid'),
      }),
    )
    await flushPromises()
    expect(titles(camel.screen)).toEqual(expected)
    expect(camel.screen.getByRole('navigation', { name: 'Categories' }).textContent).toContain(
      '2 articles',
    )
  })

  it('searches, keeping the category filter', async () => {
    const { wrapper, requests, screen } = mountPage(
      Index,
      props({ filters: { category: 'billing' } }),
    )
    await flushPromises()
    expect(screen.getByRole('link', { name: /Billing/ }).getAttribute('aria-current')).toBe('page')
    await wrapper.find('input[type="search"]').setValue('refund')
    await wrapper.find('form[role="search"]').trigger('submit')
    await flushPromises()
    expect(requests.at(-1)?.url).toBe('/support/kb?search=refund&category=billing')
  })

  it('filters by category in place', async () => {
    const { screen, requests } = mountPage(Index, props())
    await flushPromises()
    screen.getByRole('link', { name: /Shipping/ }).click()
    await flushPromises()
    expect(requests.at(-1)).toMatchObject({ url: '/support/kb?category=shipping', method: 'get' })
  })

  it('says when a search finds nothing and offers to clear it', async () => {
    const { screen, requests } = mountPage(
      Index,
      props({ articles: makePaginator([], 'length-aware'), filters: { search: 'zzz' } }),
    )
    await flushPromises()
    expect(screen.getByRole('heading', { name: 'Results for “zzz”' })).toBeTruthy()
    expect(screen.getByRole('heading', { name: 'No articles match' })).toBeTruthy()
    screen.getByRole('button', { name: 'Show all articles' }).click()
    await flushPromises()
    expect(requests.at(-1)?.url).toBe('/support/kb')
  })

  it('uses the guest chrome for anonymous visitors', async () => {
    const { wrapper } = mountPage(Index, props({}, null))
    await flushPromises()
    expect(wrapper.find('[data-escalated]').attributes('data-section')).toBe('guest')
  })
})
