import { sanitize } from './sanitize'

/**
 * Backend HTML (an article, a reply) as a `.prose` element of sanitised nodes; no HTML string is
 * ever parsed into the page. Elements are kept per `key` and HTML, so that re-rendering a view
 * reuses the same nodes instead of sanitising again.
 */
export function createRichText(
  doc: Document,
  base: string,
): (key: string, html: string) => HTMLElement {
  const built = new Map<string, HTMLElement>()
  return (key, html) => {
    const id = `${key}\n${html}`
    let element = built.get(id)
    if (!element) {
      // A visitor reads a handful of articles; a long session must not keep every one.
      if (built.size >= 50) built.clear()
      element = doc.createElement('div')
      element.className = 'prose'
      element.append(sanitize(html, doc, base))
      built.set(id, element)
    }
    return element
  }
}
