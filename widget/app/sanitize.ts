/**
 * The widget's HTML sanitiser: an allowlist that rebuilds backend HTML (KB articles, replies) as
 * fresh DOM nodes. The package's DOMPurify-based `sanitizeHtml` alone is 11.7 KB gzip, more than
 * the widget's whole budget after Vue, so the widget uses this smaller design instead:
 * - the input is parsed by `DOMParser` into an inert document (no scripts run, nothing loads);
 * - only allowlisted HTML elements are recreated, in the target document; SVG, MathML and every
 *   other namespace never pass, unknown elements are unwrapped (their text kept), and
 *   script-like containers are dropped with their content;
 * - only allowlisted attributes are copied, URLs are checked with the browser's own URL parser
 *   (so `java\tscript:` and entity tricks resolve first), links always open in a new tab with
 *   `rel="noopener noreferrer"`, and 1×1 tracking pixels are dropped;
 * - the result is a DocumentFragment inserted as nodes: no HTML string is parsed a second time,
 *   which rules out mutation XSS.
 */

const ELEMENTS = new Set(
  (
    'a abbr b blockquote br caption code col colgroup dd del details dfn div dl dt em figcaption ' +
    'figure h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q s samp small span strong sub ' +
    'summary sup table tbody td tfoot th thead time tr u ul var wbr'
  ).split(' '),
)
const DROPPED = new Set(
  'script style template noscript iframe object embed svg math textarea select title head'.split(
    ' ',
  ),
)
const ATTRIBUTES = new Set(
  'href src alt title width height colspan rowspan scope start reversed datetime lang dir open'.split(
    ' ',
  ),
)
const HTML = 'http://www.w3.org/1999/xhtml'

// Relative URLs resolve against the backend, not the host page the widget sits on.
function safeUrl(value: string, base: string, isImage: boolean): string | null {
  try {
    const url = new URL(value, base)
    const allowed = isImage ? /^https?:$/ : /^(?:https?|mailto|tel):$/
    return allowed.test(url.protocol) ? url.href : null
  } catch (error) {
    // Not a URL the browser could follow: drop the attribute.
    if (error instanceof TypeError) return null
    throw error
  }
}

function copy(node: Node, into: Node, target: Document, base: string): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) {
      into.appendChild(target.createTextNode(child.nodeValue ?? ''))
      continue
    }
    // Comments, processing instructions and the like carry nothing to show.
    if (child.nodeType !== 1) continue
    const source = child as Element
    const tag = source.localName
    if (source.namespaceURI !== HTML || DROPPED.has(tag)) continue
    if (!ELEMENTS.has(tag)) {
      copy(source, into, target, base)
      continue
    }
    const element = target.createElement(tag)
    for (const { name, value } of Array.from(source.attributes)) {
      if (!ATTRIBUTES.has(name)) continue
      if (name === 'href' || name === 'src') {
        const url = safeUrl(value, base, name === 'src')
        if (url !== null) element.setAttribute(name, url)
      } else {
        element.setAttribute(name, value)
      }
    }
    if (tag === 'a') {
      element.setAttribute('target', '_blank')
      element.setAttribute('rel', 'noopener noreferrer')
    }
    if (tag === 'img') {
      const tiny = ['width', 'height'].every(
        (name) => Number.parseFloat(element.getAttribute(name) ?? '2') <= 1,
      )
      if (tiny || !element.hasAttribute('src')) continue
      element.setAttribute('loading', 'lazy')
      element.setAttribute('referrerpolicy', 'no-referrer')
    }
    copy(source, element, target, base)
    into.appendChild(element)
  }
}

/**
 * Backend HTML as a safe DocumentFragment of `target`, ready to insert; relative links and
 * images resolve against `base` (the backend's URL).
 */
export function sanitize(html: string, target: Document, base: string): DocumentFragment {
  const fragment = target.createDocumentFragment()
  copy(new DOMParser().parseFromString(html, 'text/html').body, fragment, target, base)
  return fragment
}
