// @vitest-environment jsdom
// DOMPurify is wrong under happy-dom (STACK.md gotcha 10), so these run in jsdom.
import DOMPurify from 'dompurify'
import { describe, expect, it, vi } from 'vitest'
import { sanitizeHtml, type SanitizeWindow } from '@/utils/sanitizeHtml'

const { factory } = vi.hoisted(() => ({ factory: { calls: 0 } }))
vi.mock('dompurify', async (importOriginal) => {
  const original = (await importOriginal<{ default: typeof DOMPurify }>()).default
  const counted = Object.assign((...args: Parameters<typeof original>) => {
    factory.calls++
    return original(...args)
  }, original)
  return { default: counted }
})

function parse(html: string): HTMLElement {
  const host = document.createElement('div')
  host.innerHTML = html
  return host
}

describe('sanitizeHtml', () => {
  describe('when given the vectors that passed the 0.9 sanitizer', () => {
    it('removes SVG with an animate that sets a javascript: href', () => {
      const out = sanitizeHtml(
        '<svg><a><animate attributeName="href" values="javascript:alert(1)"/><text x="0" y="20">Click</text></a></svg>',
      )
      expect(out).not.toMatch(/svg|animate|javascript/i)
    })

    it('drops a data:image/svg+xml link target', () => {
      const out = parse(
        sanitizeHtml('<a href="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">see</a>'),
      )
      expect(out.querySelector('a')?.hasAttribute('href')).toBe(false)
      expect(out.textContent).toBe('see')
    })

    it('forces rel="noopener noreferrer" and a new tab on external links (tabnabbing)', () => {
      const link = parse(
        sanitizeHtml('<a href="https://evil.example/" target="_self" rel="opener">x</a>'),
      ).querySelector('a')
      expect(link?.getAttribute('rel')).toBe('noopener noreferrer')
      expect(link?.getAttribute('target')).toBe('_blank')
    })

    it('strips onerror from images', () => {
      const out = sanitizeHtml('<img src="x.png" onerror="alert(1)" alt="a">')
      expect(out).not.toMatch(/onerror|alert/)
      expect(parse(out).querySelector('img')?.getAttribute('alt')).toBe('a')
    })

    it('removes onload on an svg g together with the svg', () => {
      expect(sanitizeHtml('<svg><g onload="alert(1)"></g></svg><p>ok</p>')).toBe('<p>ok</p>')
    })

    it('removes style tags and their content', () => {
      expect(sanitizeHtml('<style>body { display: none }</style><p>hi</p>')).toBe('<p>hi</p>')
    })
  })

  describe('when given other hostile markup', () => {
    it.each([
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      '&#106;avascript:alert(1)',
      ' javascript:alert(1)',
      'vbscript:msgbox(1)',
    ])('drops the href %s', (href) => {
      const link = parse(sanitizeHtml(`<a href="${href}">x</a>`)).querySelector('a')
      expect(link?.hasAttribute('href')).toBe(false)
    })

    it('removes forms and their controls, keeping the text', () => {
      const out = sanitizeHtml(
        '<form action="https://evil.example"><input name="password"><button>Log in</button></form>',
      )
      expect(out).toBe('Log in')
    })

    it('removes script, iframe and math elements', () => {
      const out = sanitizeHtml(
        '<script>alert(1)</script><iframe src="https://evil.example"></iframe><math><mi>x</mi></math>',
      )
      expect(out).not.toMatch(/script|iframe|math|alert/)
    })

    it('drops class, id and style attributes so content cannot use our styles or ids', () => {
      const p = parse(
        sanitizeHtml(
          '<p class="esc:fixed esc:inset-0" id="escalated-main" style="position:fixed">x</p>',
        ),
      ).querySelector('p')
      expect(p?.attributes.length).toBe(0)
    })

    it('removes 1×1 tracking pixels', () => {
      const out = sanitizeHtml(
        '<p>Hi</p><img src="https://track.example/p.gif" width="1" height="1" alt="">',
      )
      expect(out).toBe('<p>Hi</p>')
    })

    it('removes images with a data: URL that is not a raster image', () => {
      const out = sanitizeHtml('<img src="data:image/svg+xml;base64,PHN2Zz4=" alt="x">')
      expect(parse(out).querySelector('img')).toBeNull()
    })
  })

  describe('when given harmless markup', () => {
    it('keeps paragraphs, emphasis, lists, code and tables', () => {
      const html =
        '<p>Hello <strong>there</strong> <em>you</em></p><ul><li>one</li></ul><ol start="3"><li>two</li></ol>' +
        '<pre><code>npm test</code></pre><table><thead><tr><th scope="col">A</th></tr></thead>' +
        '<tbody><tr><td colspan="2">1</td></tr></tbody></table><blockquote>q</blockquote>'
      expect(sanitizeHtml(html)).toBe(html)
    })

    it('keeps images with their alt text, lazy and without referrer', () => {
      const img = parse(
        sanitizeHtml(
          '<img src="https://cdn.example/shot.png" alt="Screenshot" width="640" height="480">',
        ),
      ).querySelector('img')
      expect(img?.getAttribute('src')).toBe('https://cdn.example/shot.png')
      expect(img?.getAttribute('alt')).toBe('Screenshot')
      expect(img?.getAttribute('loading')).toBe('lazy')
      expect(img?.getAttribute('referrerpolicy')).toBe('no-referrer')
    })

    it('keeps inline PNG images', () => {
      const src = 'data:image/png;base64,iVBORw0KGgo='
      expect(
        parse(sanitizeHtml(`<img src="${src}" alt="inline">`))
          .querySelector('img')
          ?.getAttribute('src'),
      ).toBe(src)
    })

    it('keeps same-origin and relative links in the same tab, with rel set', () => {
      const links = parse(
        sanitizeHtml(
          `<a href="/support/tickets/ESC-00001">a</a><a href="${location.origin}/kb">b</a><a href="#top">c</a>`,
        ),
      ).querySelectorAll('a')
      for (const link of links) {
        expect(link.hasAttribute('target')).toBe(false)
        expect(link.getAttribute('rel')).toBe('noopener noreferrer')
      }
      expect(links[0]?.getAttribute('href')).toBe('/support/tickets/ESC-00001')
    })

    it('keeps mailto and tel links', () => {
      const out = parse(
        sanitizeHtml('<a href="mailto:help@example.com">m</a><a href="tel:+15551234">t</a>'),
      )
      expect([...out.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
        'mailto:help@example.com',
        'tel:+15551234',
      ])
    })
  })

  it('returns an empty string for null, undefined and empty input', () => {
    expect(sanitizeHtml(null)).toBe('')
    expect(sanitizeHtml(undefined)).toBe('')
    expect(sanitizeHtml('')).toBe('')
  })

  it('drops images when allowImages is false', () => {
    expect(
      sanitizeHtml('<p>a</p><img src="https://cdn.example/a.png" alt="a">', { allowImages: false }),
    ).toBe('<p>a</p>')
  })

  it('parses each distinct input once', () => {
    const html = `<p>memo ${Math.random()}</p>`
    const before = factory.calls
    const first = sanitizeHtml(html)
    const second = sanitizeHtml(html)
    expect(second).toBe(first)
    expect(factory.calls - before).toBe(1)
  })

  it('leaves the shared DOMPurify instance without our hooks', () => {
    sanitizeHtml('<a href="https://elsewhere.example/">x</a>')
    expect(DOMPurify.sanitize('<a href="https://elsewhere.example/">x</a>')).toBe(
      '<a href="https://elsewhere.example/">x</a>',
    )
  })

  it('returns escaped text instead of throwing when there is no DOM', () => {
    const noDom = {} as SanitizeWindow
    expect(sanitizeHtml('<p>a < b & "c"</p><script>alert(1)</script>', { window: noDom })).toBe(
      'a &lt; b &amp; &quot;c&quot;',
    )
  })
})
