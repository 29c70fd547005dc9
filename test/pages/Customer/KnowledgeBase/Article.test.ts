// @vitest-environment jsdom
// DOMPurify needs a real DOM implementation to sanitize correctly (STACK.md gotcha 10).
import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import Article from '@/pages/Customer/KnowledgeBase/Article.vue'
import type { VisitResult } from '@/plugin/transport'
import { makeSharedProps, toAdonisCase } from '../../../fixtures'
import { deferred } from '../../../helpers/recordingTransport'
import { mountPage } from '../mountPage'
import { makeKbArticle } from './kbFixtures'

const HOSTILE = makeKbArticle({
  body:
    '<h2>Steps</h2><ol><li>Open billing</li></ol>' +
    '<script>window.hacked = true</script><img src="x" onerror="window.hacked = true" alt="x">' +
    '<a href="javascript:alert(1)">bad link</a>',
})

function props(extra: Record<string, unknown> = {}) {
  return {
    ...makeSharedProps({ escalated: { knowledge_base_enabled: true } }),
    article: HOSTILE,
    related: [{ id: 2, title: 'Changing your plan', slug: 'changing-your-plan' }],
    feedbackEnabled: true,
    ...extra,
  }
}

function mount(pageProps: Record<string, unknown>) {
  return mountPage(Article, pageProps, { pageUrl: '/support/kb/how-refunds-work' })
}

describe('Customer/KnowledgeBase/Article', () => {
  it.each([
    ['snake_case', props()],
    ['camelCase', props({ article: toAdonisCase(HOSTILE) })],
  ])('renders the %s article sanitized, with its category trail', async (_name, pageProps) => {
    const { screen, wrapper } = mount(pageProps)
    await flushPromises()
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('How refunds work')
    const body = wrapper.find('[data-part="kb-article-body"]')
    expect(body.find('h2').text()).toBe('Steps')
    expect(body.find('li').text()).toBe('Open billing')
    expect(body.html()).not.toContain('<script')
    expect(body.html()).not.toContain('onerror')
    expect(body.html()).not.toContain('javascript:')
    const trail = screen.getByRole('navigation', { name: 'Breadcrumb' })
    expect(trail.querySelector('a[href="/support/kb?category=billing"]')?.textContent).toContain(
      'Billing',
    )
  })

  it('records a helpful vote once and thanks the reader', async () => {
    const { screen, requests, transport } = mount(props())
    const held = deferred<VisitResult>()
    transport.respondWith(() => held.promise)
    await flushPromises()
    screen.getByRole('button', { name: 'Yes' }).click()
    await flushPromises()
    expect(requests[0]).toMatchObject({
      url: '/support/kb/how-refunds-work/feedback',
      method: 'post',
      data: { helpful: true },
    })
    expect((screen.getByRole('button', { name: 'No' }) as HTMLButtonElement).disabled).toBe(true)
    held.resolve({ status: 'ok' })
    await flushPromises()
    const section = screen.getByRole('region', { name: 'Was this article helpful?' })
    expect(section.textContent).toContain('Thanks for your feedback.')
    expect(screen.queryByRole('button', { name: 'Yes' })).toBeNull()
  })

  it('offers no vote when the backend turned feedback off', async () => {
    const { screen } = mount(props({ feedbackEnabled: false }))
    await flushPromises()
    expect(screen.queryByRole('heading', { name: 'Was this article helpful?' })).toBeNull()
  })

  it('links related articles', async () => {
    const { screen } = mount(props())
    await flushPromises()
    expect(screen.getByRole('link', { name: 'Changing your plan' }).getAttribute('href')).toBe(
      '/support/kb/changing-your-plan',
    )
  })

  it('explains a missing article', async () => {
    const { screen } = mount(props({ article: null }))
    await flushPromises()
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      "This article isn't available",
    )
  })
})
