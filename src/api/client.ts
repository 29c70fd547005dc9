import { type CsrfDocument, type CsrfStrategy, defaultCsrf, resolveCsrfToken } from './csrf'
import { ApiError, errorFromResponse, fallbackMessage } from './errors'
import { appendQuery as withQuery, type QueryParams as ApiQuery } from '@/routes'
import {
  type FetchLike,
  type RawResponse,
  type TransportRequest,
  type UploadProgress,
  type XhrConstructor,
  sendWithFetch,
  sendWithXhr,
} from './transport'

/** An HTTP method, in either case; it is sent upper-case. */
export type RequestMethod =
  'get' | 'post' | 'put' | 'patch' | 'delete' | 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

/** Per-request options. */
export interface RequestOptions {
  /** A JSON-serialisable value, or `FormData` / `URLSearchParams` / `Blob` sent as is. Not allowed on GET. */
  body?: unknown
  /** Query parameters, appended to the URL (arrays as `key[]=a&key[]=b`). */
  query?: ApiQuery
  /** Extra headers; they override the client's. */
  headers?: Record<string, string>
  /** Cancels the request; the promise then rejects with the abort reason, not an ApiError. */
  signal?: AbortSignal
  /** Upload progress callback; the request then goes through XMLHttpRequest when available. */
  onUploadProgress?: (progress: UploadProgress) => void
}

/** Options for {@link createHttpClient}. */
export interface HttpClientOptions {
  /** Prepended to relative URLs, e.g. the backend origin for a cross-origin widget. @default '' */
  baseUrl?: string
  /** The fetch implementation. @default globalThis.fetch */
  fetch?: FetchLike
  /** The XMLHttpRequest constructor used for upload progress. @default globalThis.XMLHttpRequest */
  XMLHttpRequest?: XhrConstructor
  /** Where CSRF tokens come from, tried in order; `[]` sends none. @default defaultCsrf() */
  csrf?: CsrfStrategy | readonly CsrfStrategy[]
  /** fetch's credentials mode. @default 'same-origin' */
  credentials?: RequestCredentials
  /** Headers sent with every request. */
  headers?: Record<string, string>
  /** The document CSRF strategies read; `null` for none. @default globalThis.document */
  document?: CsrfDocument | null
  /** The page's origin; tokens are sent only to it. @default globalThis.location.origin */
  origin?: string | null
}

/** Verb helpers take everything but the body in their options. */
export type BodylessOptions = Omit<RequestOptions, 'body'>

/** The JSON client: resolves with the parsed body (`null` when empty), rejects with an ApiError. */
export interface HttpClient {
  /** Sends one request. `T` only names what the caller expects; normalise the payload before trusting it. */
  request<T = unknown>(
    method: RequestMethod,
    url: string,
    options?: RequestOptions,
  ): Promise<T | null>
  /** GET, with optional `query`. */
  get<T = unknown>(url: string, options?: BodylessOptions): Promise<T | null>
  /** POST `body`. */
  post<T = unknown>(url: string, body?: unknown, options?: BodylessOptions): Promise<T | null>
  /** PUT `body`. */
  put<T = unknown>(url: string, body?: unknown, options?: BodylessOptions): Promise<T | null>
  /** PATCH `body`. */
  patch<T = unknown>(url: string, body?: unknown, options?: BodylessOptions): Promise<T | null>
  /** DELETE, with an optional `body` in the options. */
  delete<T = unknown>(url: string, options?: RequestOptions): Promise<T | null>
}

const ABSOLUTE_URL = /^(?:[a-z][a-z\d+.-]*:|\/\/)/i

function joinUrl(baseUrl: string, url: string): string {
  if (!baseUrl || ABSOLUTE_URL.test(url)) return url
  return `${baseUrl.replace(/\/+$/, '')}/${url.replace(/^\/+/, '')}`
}

function isSameOrigin(url: string, pageOrigin: string | null): boolean {
  if (!ABSOLUTE_URL.test(url)) return true
  if (!pageOrigin) return false
  try {
    return new URL(url, pageOrigin).origin === pageOrigin
  } catch (error) {
    // An unparsable absolute URL is not provably ours, so it gets no token.
    if (error instanceof TypeError) return false
    throw error
  }
}

function isRawBody(body: unknown): body is XMLHttpRequestBodyInit {
  return (
    (typeof FormData !== 'undefined' && body instanceof FormData) ||
    (typeof URLSearchParams !== 'undefined' && body instanceof URLSearchParams) ||
    (typeof Blob !== 'undefined' && body instanceof Blob) ||
    body instanceof ArrayBuffer ||
    ArrayBuffer.isView(body)
  )
}

function decode(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    // Error pages (HTML, plain text) are kept as text; only the status decides the error kind.
    if (error instanceof SyntaxError) return text
    throw error
  }
}

function parseSuccess(response: RawResponse): unknown {
  if (response.text.trim() === '') return null
  try {
    return JSON.parse(response.text)
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error
    // A 2xx that is not JSON: an HTML login page after a redirect, or an Inertia document.
    throw new ApiError({
      kind: 'invalid-response',
      status: response.status,
      message: fallbackMessage('invalid-response', response.status),
      body: response.text,
      cause: error,
    })
  }
}

/**
 * Creates the one HTTP client for JSON requests that are not Inertia visits (presence, saved views,
 * uploads, custom actions). It sends CSRF tokens only on state-changing, same-origin requests,
 * checks the status before parsing, and turns every failure into an {@link ApiError}.
 */
export function createHttpClient(options: HttpClientOptions = {}): HttpClient {
  const baseUrl = options.baseUrl ?? ''
  const credentials = options.credentials ?? 'same-origin'
  const strategies: readonly CsrfStrategy[] =
    options.csrf === undefined
      ? defaultCsrf()
      : typeof options.csrf === 'function'
        ? [options.csrf]
        : options.csrf

  function pageOrigin(): string | null {
    if (options.origin !== undefined) return options.origin
    return typeof location === 'undefined' ? null : location.origin
  }

  function pageDocument(): CsrfDocument | null {
    if (options.document !== undefined) return options.document
    return typeof document === 'undefined' ? null : document
  }

  function buildHeaders(
    method: string,
    url: string,
    body: unknown,
    extra?: Record<string, string>,
  ) {
    const headers = new Headers({
      Accept: 'application/json',
      'X-Requested-With': 'XMLHttpRequest',
    })
    for (const [name, value] of Object.entries({ ...options.headers, ...extra })) {
      headers.set(name, value)
    }
    if (body !== undefined && !isRawBody(body) && !headers.has('Content-Type')) {
      headers.set('Content-Type', 'application/json')
    }
    // Tokens go only with state-changing requests, and never to another origin.
    if (method !== 'GET' && isSameOrigin(url, pageOrigin())) {
      const token = resolveCsrfToken(strategies, { document: pageDocument() })
      if (token && !headers.has(token.header)) headers.set(token.header, token.value)
    }
    return headers
  }

  async function request<T = unknown>(
    method: RequestMethod,
    url: string,
    requestOptions: RequestOptions = {},
  ): Promise<T | null> {
    const verb = method.toUpperCase()
    const { body, signal, onUploadProgress } = requestOptions
    if (verb === 'GET' && body !== undefined) {
      throw new Error('GET requests carry no body; pass `query` instead.')
    }
    const target = withQuery(joinUrl(baseUrl, url), requestOptions.query)
    const transportRequest: TransportRequest = {
      method: verb,
      url: target,
      headers: buildHeaders(verb, target, body, requestOptions.headers),
      body: body === undefined || isRawBody(body) ? body : JSON.stringify(body),
      credentials,
      signal,
    }
    const Xhr =
      options.XMLHttpRequest ?? (typeof XMLHttpRequest === 'undefined' ? undefined : XMLHttpRequest)
    const fetchImpl = options.fetch ?? (typeof fetch === 'undefined' ? undefined : fetch)
    let send: () => Promise<RawResponse>
    if (onUploadProgress && Xhr) {
      send = () => sendWithXhr(Xhr, transportRequest, onUploadProgress)
    } else if (fetchImpl) {
      send = () => sendWithFetch(fetchImpl, transportRequest)
    } else {
      throw new Error('No fetch implementation: pass `fetch` to createHttpClient().')
    }

    let response: RawResponse
    try {
      response = await send()
    } catch (error) {
      // A cancelled request is the caller's decision, not a failure to report.
      if (signal?.aborted) throw error
      throw new ApiError({
        kind: 'network',
        status: 0,
        message: fallbackMessage('network', 0),
        cause: error,
      })
    }

    // Status first (flaw 46): an error body may be HTML or empty, so it is decoded leniently.
    if (response.status < 200 || response.status >= 300) {
      const errorBody = response.text.trim() === '' ? null : decode(response.text)
      throw errorFromResponse(response.status, errorBody, response.header('Retry-After'))
    }
    // The generic only names what the caller expects; callers normalise before trusting it.
    return parseSuccess(response) as T | null
  }

  return {
    request,
    get: (url, opts) => request('GET', url, opts),
    post: (url, body, opts) => request('POST', url, { ...opts, body }),
    put: (url, body, opts) => request('PUT', url, { ...opts, body }),
    patch: (url, body, opts) => request('PATCH', url, { ...opts, body }),
    delete: (url, opts) => request('DELETE', url, opts),
  }
}
