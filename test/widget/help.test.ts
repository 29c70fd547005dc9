// @vitest-environment jsdom
// Articles render through the widget sanitiser, which these tests check against a real parser.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fireEvent } from '@testing-library/dom'
import { LARAVEL_CONFIG, mountPanel, settle, type FakeRoutes } from './helpers'

const ARTICLES = {
  articles: [
    { title: 'Reset your password', slug: 'reset-password', excerpt: 'Use the sign-in page.' },
    { title: 'Two-factor codes', slug: 'two-factor', excerpt: 'Codes from the app.' },
  ],
}
const ROUTES: FakeRoutes = {
  'GET /config': { body: LARAVEL_CONFIG },
  'GET /articles': ({ url }) =>
    new URL(url).searchParams.get('q') === 'zz' ? { body: { articles: [] } } : { body: ARTICLES },
  'GET /articles/reset-password': {
    body: {
      title: 'Reset your password',
      slug: 'reset-password',
      body:
        '<p>Open the <a href="/support/login">sign-in page</a>.</p>' +
        '<img src="x.png" onerror="alert(1)" alt="Screen"><script>alert(2)</script>' +
        '<svg><a href="javascript:alert(3)">svg</a></svg><a href=" java\tscript:alert(4)">x</a>',
    },
  },
}

beforeEach(() => {
  vi.useFakeTimers()
})

async function help(routes: FakeRoutes = ROUTES) {
  const mounted = await mountPanel({ routes })
  const search = mounted.screen.getByRole('searchbox', { name: 'Search help articles' })
  const type = async (value: string) => {
    ;(search as HTMLInputElement).value = value
    fireEvent.input(search)
    await settle()
  }
  return { ...mounted, search, type }
}

const searches = (calls: { path: string }[]) => calls.filter((c) => c.path.startsWith('/articles?'))

describe('the Help view', () => {
  it('searches after a pause in typing, from 2 characters', async () => {
    const { type, calls, screen } = await help()
    await type('p')
    await vi.advanceTimersByTimeAsync(300)
    expect(searches(calls)).toHaveLength(0)
    await type('pa')
    await type('pas')
    expect(searches(calls)).toHaveLength(0)
    await vi.advanceTimersByTimeAsync(250)
    await settle()
    expect(searches(calls).map((c) => c.path)).toEqual(['/articles?q=pas'])
    expect(screen.getByRole('button', { name: /Reset your password/ }).textContent).toContain(
      'Use the sign-in page.',
    )
  })

  it('announces the number of results', async () => {
    const { type, container } = await help()
    await type('password')
    await vi.advanceTimersByTimeAsync(250)
    await settle()
    expect(container.querySelector('[aria-live]')?.textContent).toBe('2 articles found')
  })

  it('says when nothing matches', async () => {
    const { type, screen } = await help()
    await type('zz')
    await vi.advanceTimersByTimeAsync(250)
    await settle()
    expect(screen.getByRole('tabpanel').textContent).toContain('No articles match “zz”.')
  })

  it('offers a retry when the search fails', async () => {
    let fail = true
    const { type, screen, calls } = await help({
      ...ROUTES,
      'GET /articles': () => (fail ? { status: 500 } : { body: ARTICLES }),
    })
    await type('password')
    await vi.advanceTimersByTimeAsync(250)
    await settle()
    expect(screen.getByRole('alert').textContent).toContain('Something went wrong on our side.')
    fail = false
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }))
    await settle()
    expect(searches(calls)).toHaveLength(2)
    expect(screen.getByRole('button', { name: /Two-factor codes/ })).toBeTruthy()
  })

  it('moves through the results with the arrow keys', async () => {
    const { type, screen, search, root } = await help()
    await type('password')
    await vi.advanceTimersByTimeAsync(250)
    await settle()
    const [first, second] = screen.getAllByRole('button', { name: /Reset|Two-factor/ })
    fireEvent.keyDown(search, { key: 'ArrowDown' })
    expect(root.activeElement).toBe(first)
    fireEvent.keyDown(first as HTMLElement, { key: 'ArrowDown' })
    expect(root.activeElement).toBe(second)
    fireEvent.keyDown(second as HTMLElement, { key: 'ArrowUp' })
    fireEvent.keyDown(first as HTMLElement, { key: 'ArrowUp' })
    expect(root.activeElement).toBe(search)
  })

  describe('the article view', () => {
    async function openArticle() {
      const mounted = await help()
      await mounted.type('password')
      await vi.advanceTimersByTimeAsync(250)
      await settle()
      fireEvent.click(mounted.screen.getByRole('button', { name: /Reset your password/ }))
      await settle()
      return mounted
    }

    it('shows the article with its heading focused and reports the view', async () => {
      const { screen, root, emit } = await openArticle()
      const heading = screen.getByRole('heading', { name: 'Reset your password' })
      expect(root.activeElement).toBe(heading)
      expect(emit).toHaveBeenCalledWith('article-viewed', {
        slug: 'reset-password',
        title: 'Reset your password',
      })
    })

    it('renders the body sanitised', async () => {
      const { container } = await openArticle()
      const prose = container.querySelector('.prose') as HTMLElement
      expect(prose.querySelector('script, svg, [onerror]')).toBeNull()
      expect(prose.innerHTML).not.toMatch(/alert|javascript/i)
      const link = prose.querySelector('a') as HTMLAnchorElement
      expect(link.getAttribute('href')).toBe('https://help.example.test/support/login')
      expect(link.getAttribute('rel')).toBe('noopener noreferrer')
      expect(link.getAttribute('target')).toBe('_blank')
      expect(prose.querySelector('img')?.getAttribute('alt')).toBe('Screen')
    })

    it('goes back to the results, focusing the article it came from', async () => {
      const { screen, root } = await openArticle()
      fireEvent.click(screen.getByRole('button', { name: 'Back to results' }))
      await settle()
      expect(root.activeElement).toBe(screen.getByRole('button', { name: /Reset your password/ }))
    })

    it('offers a retry when the article cannot load', async () => {
      const { controller, screen } = await help({
        ...ROUTES,
        'GET /articles/gone': { status: 404 },
      })
      controller.run(['openArticle', ['gone']])
      await settle()
      expect(screen.getByRole('alert').textContent).toContain('This is no longer available.')
      expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy()
    })
  })

  it('searches at once for the search() API call', async () => {
    const { controller, calls, screen } = await help()
    controller.run(['search', ['password']])
    await settle()
    expect(searches(calls)).toHaveLength(1)
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('password')
  })

  it('links to the ticket form', async () => {
    const { screen } = await help()
    fireEvent.click(screen.getByRole('button', { name: 'Still need help? Contact us' }))
    await settle()
    expect(screen.getByRole('tab', { name: 'Contact' }).getAttribute('aria-selected')).toBe('true')
  })
})
