import { ApiError, errorFromResponse } from '@/api/errors'

/** One widget request: a body and extra headers (a Bearer grant, N's guest token). */
export interface WidgetRequest {
  /** JSON body, or multipart form data with files; the request is then a POST. */
  body?: Record<string, unknown> | FormData
  /** Extra headers. */
  headers?: Record<string, string>
  /** Cancels the request; the promise then rejects with the abort reason. */
  signal?: AbortSignal
}

/** Sends a widget API request and resolves with the parsed JSON body (`null` when empty). */
export type WidgetHttp = (path: string, request?: WidgetRequest) => Promise<unknown>

/**
 * The widget's JSON transport, relative to `{baseUrl}{widgetPath}`. Like the package's HTTP
 * client it checks the status before parsing and rejects with the same normalised `ApiError`
 * (field errors, `Retry-After`), but it is a fraction of the size: the widget sends no cookies
 * and no CSRF token, as every backend's widget API expects of a cross-origin embed (contract §6.2).
 */
export function createWidgetHttp(base: string, fetchImpl: typeof fetch = fetch): WidgetHttp {
  return async (path, { body, headers, signal } = {}) => {
    let response: Response
    let text: string
    // The browser writes a multipart body's Content-Type itself (with its boundary).
    const json = body && !(body instanceof FormData)
    try {
      response = await fetchImpl(base + path, {
        method: body ? 'POST' : 'GET',
        headers: {
          Accept: 'application/json',
          ...(json ? { 'Content-Type': 'application/json' } : {}),
          ...headers,
        },
        body: json ? JSON.stringify(body) : (body ?? null),
        credentials: 'omit',
        signal: signal ?? null,
      })
      text = await response.text()
    } catch (error) {
      // A cancelled request is the caller's decision, not a failure to show.
      if (signal?.aborted) throw error
      throw new ApiError({
        kind: 'network',
        status: 0,
        message: 'The server could not be reached.',
        cause: error,
      })
    }
    const parsed = parse(text)
    if (!response.ok) {
      throw errorFromResponse(response.status, parsed, response.headers.get('Retry-After'))
    }
    if (typeof parsed === 'string') {
      throw new ApiError({
        kind: 'invalid-response',
        status: response.status,
        message: 'The server sent an unexpected response.',
        body: parsed,
      })
    }
    return parsed
  }
}

// Error pages may be HTML or empty: decoded leniently, the status decides what failed.
function parse(text: string): unknown {
  if (text.trim() === '') return null
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    if (error instanceof SyntaxError) return text
    throw error
  }
}
