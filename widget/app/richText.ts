import { sanitize } from './sanitize'

/** Sanitised elements kept for reuse; more than any view shows at once. */
const KEEP = 400

/**
 * Backend HTML (an article, a reply) as a `.prose` element of sanitised nodes; no HTML string is
 * ever parsed into the page. Elements are kept per `key` and HTML, so that re-rendering a view
 * reuses the same nodes (a selection or a focused link inside survives) instead of sanitising
 * again. The least recently shown are dropped first.
 */
export function createRichText(
  doc: Document,
  base: string,
): (key: string, html: string) => HTMLElement {
  const built = new Map<string, HTMLElement>()
  return (key, html) => {
    const id = `${key}\n${html}`
    let element = built.get(id)
    if (element) {
      built.delete(id)
    } else {
      element = doc.createElement('div')
      element.className = 'prose'
      element.append(sanitize(html, doc, base))
    }
    // Map order is insertion order: the entry moves to the end, the oldest is first.
    built.set(id, element)
    if (built.size > KEEP) built.delete(built.keys().next().value ?? '')
    return element
  }
}
