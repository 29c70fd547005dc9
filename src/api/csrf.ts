/** The element API a CSRF strategy reads (`<meta content>`). */
export interface CsrfElement {
  getAttribute(name: string): string | null
}

/** The slice of `document` the CSRF strategies read; inject a fake in tests and Node. */
export interface CsrfDocument {
  readonly cookie: string
  querySelector(selectors: string): CsrfElement | null
}

/** What a strategy receives for one request. */
export interface CsrfContext {
  /** The client's document (its `document` option, else the global one); `null` outside a browser. */
  document: CsrfDocument | null
}

/** A header to send with a state-changing, same-origin request. */
export interface CsrfToken {
  header: string
  value: string
}

/** Finds a CSRF token for one request, or `null` when this source has none. */
export type CsrfStrategy = (context: CsrfContext) => CsrfToken | null

/** Options shared by the document-reading strategies. */
export interface CsrfDocumentOptions {
  /** Read this document instead of the client's. */
  document?: CsrfDocument | null
}

/** Reads `<meta name="csrf-token" content>` (Laravel's Blade layout) into `X-CSRF-TOKEN`. */
export function metaTagCsrf(
  name = 'csrf-token',
  header = 'X-CSRF-TOKEN',
  options: CsrfDocumentOptions = {},
): CsrfStrategy {
  const selector = `meta[name="${name.replace(/["\\]/g, '\\$&')}"]`
  return (context) => {
    const doc = options.document ?? context.document
    const value = doc?.querySelector(selector)?.getAttribute('content')
    return value ? { header, value } : null
  }
}

function decodeCookie(raw: string): string {
  try {
    return decodeURIComponent(raw)
  } catch (error) {
    // A malformed escape cannot be decoded; the raw value is still the best token we have.
    if (error instanceof URIError) return raw
    throw error
  }
}

/** Reads the `XSRF-TOKEN` cookie (Laravel, Adonis Shield), URL-decoded, into `X-XSRF-TOKEN`. */
export function cookieCsrf(
  cookie = 'XSRF-TOKEN',
  header = 'X-XSRF-TOKEN',
  options: CsrfDocumentOptions = {},
): CsrfStrategy {
  return (context) => {
    const doc = options.document ?? context.document
    if (!doc) return null
    for (const part of doc.cookie.split(';')) {
      const pair = part.trim()
      const equals = pair.indexOf('=')
      if (equals === -1 || pair.slice(0, equals) !== cookie) continue
      const value = decodeCookie(pair.slice(equals + 1))
      return value ? { header, value } : null
    }
    return null
  }
}

/** Sends a fixed token, or one read at request time, in the given header. */
export function headerCsrf(
  header: string,
  valueOrGetter: string | (() => string | null | undefined),
): CsrfStrategy {
  return () => {
    const value = typeof valueOrGetter === 'function' ? valueOrGetter() : valueOrGetter
    return value ? { header, value } : null
  }
}

/** The default: the `XSRF-TOKEN` cookie, then `<meta name="csrf-token">`. */
export function defaultCsrf(): readonly CsrfStrategy[] {
  return [cookieCsrf(), metaTagCsrf()]
}

/** The first token the strategies find, in order. */
export function resolveCsrfToken(
  strategies: readonly CsrfStrategy[],
  context: CsrfContext,
): CsrfToken | null {
  for (const strategy of strategies) {
    const token = strategy(context)
    if (token) return token
  }
  return null
}
