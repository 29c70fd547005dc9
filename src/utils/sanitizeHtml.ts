import createDOMPurify, { type Config, type WindowLike } from 'dompurify'

/** A window DOMPurify can parse with, plus its location (to tell external links apart). */
export type SanitizeWindow = WindowLike & Pick<Window, 'location'>

/** Options of `sanitizeHtml`. */
export interface SanitizeHtmlOptions {
  /** Keep `<img>` (remote, or inline PNG/JPEG/GIF/WebP data); tracking pixels are always dropped. @default true */
  allowImages?: boolean
  /** Window whose DOM parses the HTML (an iframe's, a test's). @default globalThis.window */
  window?: SanitizeWindow
}

const ALLOWED_TAGS = [
  'a', 'abbr', 'b', 'blockquote', 'br', 'caption', 'cite', 'code', 'col', 'colgroup', 'dd', 'del',
  'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'hr', 'i', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'pre', 'q', 's', 'samp', 'small', 'span',
  'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr',
  'u', 'ul', 'var', 'wbr',
] // prettier-ignore

// No class/id/style: backend HTML must not reach our utilities, our ids or fixed positioning.
const ALLOWED_ATTR = [
  'href', 'title', 'alt', 'src', 'width', 'height', 'colspan', 'rowspan', 'scope', 'headers',
  'start', 'reversed', 'type', 'lang', 'dir', 'cite', 'datetime', 'open', 'abbr', 'span',
] // prettier-ignore

// http(s), mailto and tel, or a relative URL / fragment; everything else (javascript:, data:,
// vbscript:, blob:…) goes. DOMPurify checks data: on <img> separately, see DATA_IMAGE.
const ALLOWED_URI_REGEXP = /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i
const DATA_IMAGE = /^data:image\/(?:png|jpe?g|gif|webp);base64,[a-z0-9+/=\s]+$/i
const CACHE_LIMIT = 200

// A memo of a pure function, keyed by window so a test or iframe DOM never sees another's output.
// Sharing it between two apps on one page is safe: equal input gives equal output.
const caches = new WeakMap<SanitizeWindow, Map<string, string>>()

function escapeText(html: string): string {
  return html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<[/!?]?[a-z][^>]*>?|<!--[\s\S]*?-->/gi, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

function isExternal(href: string, win: SanitizeWindow): boolean {
  try {
    const url = new URL(href, win.location.href)
    return /^https?:$/.test(url.protocol) && url.origin !== win.location.origin
  } catch {
    // An unparsable href cannot point at our origin; treat it as external.
    return true
  }
}

function isTrackingPixel(img: Element): boolean {
  const width = img.getAttribute('width')
  const height = img.getAttribute('height')
  if (width === null || height === null) return false
  return Number.parseFloat(width) <= 1 && Number.parseFloat(height) <= 1
}

function purify(html: string, win: SanitizeWindow, allowImages: boolean): string | null {
  // A fresh instance per parse: its hooks never reach the shared DOMPurify default export.
  const instance = createDOMPurify(win)
  if (!instance.isSupported) return null
  instance.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A' && node.hasAttribute('href')) {
      node.setAttribute('rel', 'noopener noreferrer')
      if (isExternal(node.getAttribute('href') ?? '', win)) node.setAttribute('target', '_blank')
    }
    if (node.nodeName === 'IMG') {
      const src = node.getAttribute('src') ?? ''
      if (isTrackingPixel(node) || (/^\s*data:/i.test(src) && !DATA_IMAGE.test(src))) {
        node.remove()
        return
      }
      node.setAttribute('loading', 'lazy')
      node.setAttribute('referrerpolicy', 'no-referrer')
    }
  })
  const config: Config = {
    ALLOWED_TAGS: allowImages ? [...ALLOWED_TAGS, 'img'] : ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOWED_URI_REGEXP,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ALLOW_UNKNOWN_PROTOCOLS: false,
    FORBID_TAGS: ['svg', 'math', 'style', 'form', 'script', 'iframe', 'object', 'embed', 'base'],
  }
  return instance.sanitize(html, config)
}

/**
 * Backend HTML made safe to render: an allowlist of text and table markup, http(s)/mailto/tel
 * links with `rel="noopener noreferrer"` (external ones open in a new tab), no SVG, MathML, styles,
 * forms or event handlers, no tracking pixels. Memoised per input. Without a DOM (SSR in Node)
 * it returns the text content, escaped, instead of throwing.
 */
export function sanitizeHtml(
  html: string | null | undefined,
  options: SanitizeHtmlOptions = {},
): string {
  if (html === null || html === undefined || html === '') return ''
  const { allowImages = true } = options
  const win = options.window ?? globalThis.window
  if (!win?.document) return escapeText(html)

  let cache = caches.get(win)
  if (!cache) {
    cache = new Map()
    caches.set(win, cache)
  }
  const key = `${allowImages ? 'i' : '-'}\u0000${html}`
  const hit = cache.get(key)
  if (hit !== undefined) {
    // Re-insert so the Map's order stays least-recently-used first.
    cache.delete(key)
    cache.set(key, hit)
    return hit
  }
  const clean = purify(html, win, allowImages)
  if (clean === null) return escapeText(html)
  cache.set(key, clean)
  if (cache.size > CACHE_LIMIT) {
    const oldest = cache.keys().next()
    if (!oldest.done) cache.delete(oldest.value)
  }
  return clean
}
