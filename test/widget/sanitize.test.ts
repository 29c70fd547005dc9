// @vitest-environment jsdom
// The widget sanitiser parses with DOMParser; jsdom parses like a browser (happy-dom does not).
import { describe, expect, it } from 'vitest'
import { sanitize } from '../../widget/app/sanitize'

const BASE = 'https://help.example.test/support/widget'

function clean(html: string): HTMLElement {
  const host = document.createElement('div')
  host.append(sanitize(html, document, BASE))
  return host
}

describe('the widget sanitiser', () => {
  it('keeps text markup, lists, code and tables', () => {
    const html =
      '<p>Hello <strong>there</strong> <em>you</em></p><ul><li>one</li></ul><ol start="3"><li>two</li></ol>' +
      '<pre><code>npm test</code></pre><table><thead><tr><th scope="col">A</th></tr></thead>' +
      '<tbody><tr><td colspan="2">1</td></tr></tbody></table><blockquote>q</blockquote>'
    expect(clean(html).innerHTML).toBe(html)
  })

  it.each([
    ['script', '<script>alert(1)</script><p>ok</p>'],
    ['style', '<style>p{display:none}</style><p>ok</p>'],
    ['iframe', '<iframe src="https://evil.example"></iframe><p>ok</p>'],
    [
      'svg with a javascript: link',
      '<svg><a href="javascript:alert(1)"><text>x</text></a></svg><p>ok</p>',
    ],
    [
      'svg animate',
      '<svg><animate attributeName="href" values="javascript:alert(1)"/></svg><p>ok</p>',
    ],
    ['math', '<math><mi>x</mi></math><p>ok</p>'],
    ['template', '<template><img src=x onerror=alert(1)></template><p>ok</p>'],
  ])('drops %s with its content', (_, html) => {
    expect(clean(html).innerHTML).toBe('<p>ok</p>')
  })

  it('drops event handlers, classes, ids and styles', () => {
    const p = clean(
      '<p onclick="alert(1)" class="panel" id="x" style="position:fixed">t</p>',
    ).querySelector('p')
    expect(p?.attributes).toHaveLength(0)
  })

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '&#106;avascript:alert(1)',
    ' java\tscript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  ])('drops the href %s', (href) => {
    const link = clean(`<a href="${href}">x</a>`).querySelector('a')
    expect(link?.hasAttribute('href')).toBe(false)
    expect(link?.textContent).toBe('x')
  })

  it('opens links in a new tab without opener or referrer, relative ones on the backend', () => {
    const [relative, external] = clean(
      '<a href="/support/kb/x">a</a><a href="https://docs.example/" target="_self" rel="opener">b</a>',
    ).querySelectorAll('a')
    expect(relative?.getAttribute('href')).toBe('https://help.example.test/support/kb/x')
    for (const link of [relative, external]) {
      expect(link?.getAttribute('target')).toBe('_blank')
      expect(link?.getAttribute('rel')).toBe('noopener noreferrer')
    }
  })

  it('keeps images lazy and without referrer, but drops tracking pixels and data URLs', () => {
    const host = clean(
      '<img src="https://cdn.example/a.png" alt="A" width="640" height="480">' +
        '<img src="https://track.example/p.gif" width="1" height="1" alt="">' +
        '<img src="data:image/svg+xml;base64,PHN2Zz4=" alt="svg">',
    )
    const images = host.querySelectorAll('img')
    expect(images).toHaveLength(1)
    expect(images[0]?.getAttribute('loading')).toBe('lazy')
    expect(images[0]?.getAttribute('referrerpolicy')).toBe('no-referrer')
    expect(images[0]?.getAttribute('alt')).toBe('A')
  })

  it('unwraps unknown elements and forms, keeping their text', () => {
    expect(
      clean('<form action="https://evil.example"><input name="p"><button>Log in</button></form>')
        .innerHTML,
    ).toBe('Log in')
    expect(clean('<custom-card><b>bold</b></custom-card>').innerHTML).toBe('<b>bold</b>')
  })

  it('never re-parses markup: text that looks like HTML stays text', () => {
    const host = clean('<p>&lt;img src=x onerror=alert(1)&gt;</p>')
    expect(host.querySelector('img')).toBeNull()
    expect(host.textContent).toBe('<img src=x onerror=alert(1)>')
  })
})
