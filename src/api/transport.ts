/** The parts of a fetch `Response` the client reads. */
export interface ResponseLike {
  readonly status: number
  readonly headers: { get(name: string): string | null }
  text(): Promise<string>
}

/** A `fetch` implementation; the global one, or a fake in tests. */
export type FetchLike = (url: string, init: RequestInit) => Promise<ResponseLike>

/** The upload-progress event fields the client reads. */
export interface UploadProgressEventLike {
  readonly loaded: number
  readonly total: number
  readonly lengthComputable: boolean
}

/** The parts of an `XMLHttpRequest` the client uses, for upload progress. */
export interface XhrLike {
  open(method: string, url: string): void
  setRequestHeader(name: string, value: string): void
  getResponseHeader(name: string): string | null
  send(body?: Document | XMLHttpRequestBodyInit | null): void
  abort(): void
  withCredentials: boolean
  readonly status: number
  readonly responseText: string
  readonly upload: {
    addEventListener(type: 'progress', listener: (event: UploadProgressEventLike) => void): void
  }
  addEventListener(type: 'load' | 'error' | 'abort' | 'timeout', listener: () => void): void
}

/** An `XMLHttpRequest` constructor; the global one, or a fake in tests. */
export type XhrConstructor = new () => XhrLike

/** Upload progress; `total` and `fraction` are `null` when the size is unknown. */
export interface UploadProgress {
  /** Bytes sent so far. */
  loaded: number
  /** Bytes to send in all, when known. */
  total: number | null
  /** `loaded / total` between 0 and 1, when the total is known. */
  fraction: number | null
}

/** A response as both transports hand it back. */
export interface RawResponse {
  status: number
  header(name: string): string | null
  text: string
}

/** One request, ready to send. */
export interface TransportRequest {
  method: string
  url: string
  headers: Headers
  body: XMLHttpRequestBodyInit | undefined
  credentials: RequestCredentials
  signal: AbortSignal | undefined
}

/** Sends a request with `fetch`; rejects only when no response arrives. */
export async function sendWithFetch(fetchImpl: FetchLike, request: TransportRequest) {
  const init: RequestInit = {
    method: request.method,
    headers: request.headers,
    credentials: request.credentials,
  }
  if (request.body !== undefined) init.body = request.body
  if (request.signal) init.signal = request.signal
  const response = await fetchImpl(request.url, init)
  const text = await response.text()
  return {
    status: response.status,
    header: (name) => response.headers.get(name),
    text,
  } satisfies RawResponse
}

function abortReason(signal: AbortSignal | undefined): unknown {
  return signal?.reason ?? new DOMException('The request was aborted.', 'AbortError')
}

/**
 * Sends a request with XMLHttpRequest, the one browser API that reports upload progress.
 * Rejects with a TypeError when no response arrives, and with the abort reason when aborted.
 */
export function sendWithXhr(
  Xhr: XhrConstructor,
  request: TransportRequest,
  onUploadProgress: (progress: UploadProgress) => void,
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const { signal } = request
    if (signal?.aborted) {
      reject(abortReason(signal))
      return
    }
    const xhr = new Xhr()
    xhr.open(request.method, request.url)
    request.headers.forEach((value, name) => xhr.setRequestHeader(name, value))
    // XHR always sends cookies to its own origin; only 'include' changes anything cross-origin.
    xhr.withCredentials = request.credentials === 'include'
    xhr.upload.addEventListener('progress', (event) => {
      const total = event.lengthComputable && event.total > 0 ? event.total : null
      onUploadProgress({
        loaded: event.loaded,
        total,
        fraction: total === null ? null : Math.min(1, event.loaded / total),
      })
    })
    const onAbort = () => xhr.abort()
    signal?.addEventListener('abort', onAbort, { once: true })
    const settle = () => signal?.removeEventListener('abort', onAbort)
    xhr.addEventListener('load', () => {
      settle()
      // Status 0 means the browser blocked or lost the response (CORS, offline).
      if (xhr.status === 0) reject(new TypeError('Network request failed'))
      else
        resolve({
          status: xhr.status,
          header: (name) => xhr.getResponseHeader(name),
          text: xhr.responseText,
        })
    })
    xhr.addEventListener('error', () => {
      settle()
      reject(new TypeError('Network request failed'))
    })
    xhr.addEventListener('timeout', () => {
      settle()
      reject(new TypeError('Network request timed out'))
    })
    xhr.addEventListener('abort', () => {
      settle()
      reject(abortReason(signal))
    })
    xhr.send(request.body ?? null)
  })
}
