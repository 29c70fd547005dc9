import { vi } from 'vitest'
import type { FetchLike, ResponseLike, UploadProgressEventLike, XhrLike } from '@/api'

/** A fetch Response stand-in with a status, a text body and headers. */
export function reply(
  status: number,
  text = '',
  headers: Record<string, string> = {},
): ResponseLike {
  const lower = new Map(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]))
  return {
    status,
    headers: { get: (name) => lower.get(name.toLowerCase()) ?? null },
    text: async () => text,
  }
}

/** A JSON response. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}) {
  return reply(status, JSON.stringify(body), { 'Content-Type': 'application/json', ...headers })
}

/** A recording fake fetch answering every call with `respond(url, init)`. */
export function fakeFetch(
  respond: (url: string, init: RequestInit) => ResponseLike | Promise<ResponseLike>,
) {
  const fetch = vi.fn<FetchLike>(async (url, init) => respond(url, init))
  const lastCall = () => {
    const call = fetch.mock.calls.at(-1)
    if (!call) throw new Error('fetch was not called')
    const [url, init] = call
    return { url, init, headers: new Headers(init.headers) }
  }
  return { fetch, lastCall }
}

/** A controllable XMLHttpRequest stand-in; instances are collected per factory. */
export function fakeXhrFactory() {
  const instances: FakeXhr[] = []

  class FakeXhr implements XhrLike {
    method = ''
    url = ''
    requestHeaders = new Map<string, string>()
    body: unknown = undefined
    withCredentials = false
    status = 0
    responseText = ''
    responseHeaders = new Map<string, string>()
    aborted = false
    private listeners = new Map<string, (() => void)[]>()
    private progressListeners: ((event: UploadProgressEventLike) => void)[] = []
    readonly upload = {
      addEventListener: (_type: 'progress', listener: (event: UploadProgressEventLike) => void) => {
        this.progressListeners.push(listener)
      },
    }

    constructor() {
      instances.push(this)
    }
    open(method: string, url: string) {
      this.method = method
      this.url = url
    }
    setRequestHeader(name: string, value: string) {
      this.requestHeaders.set(name.toLowerCase(), value)
    }
    getResponseHeader(name: string) {
      return this.responseHeaders.get(name.toLowerCase()) ?? null
    }
    send(body?: unknown) {
      this.body = body
    }
    abort() {
      this.aborted = true
      this.emit('abort')
    }
    addEventListener(type: string, listener: () => void) {
      this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener])
    }
    emit(type: string) {
      for (const listener of this.listeners.get(type) ?? []) listener()
    }
    progress(loaded: number, total: number, lengthComputable = true) {
      for (const listener of this.progressListeners) listener({ loaded, total, lengthComputable })
    }
    respond(status: number, text: string, headers: Record<string, string> = {}) {
      this.status = status
      this.responseText = text
      for (const [name, value] of Object.entries(headers))
        this.responseHeaders.set(name.toLowerCase(), value)
      this.emit('load')
    }
  }

  const last = () => {
    const xhr = instances.at(-1)
    if (!xhr) throw new Error('no XMLHttpRequest was created')
    return xhr
  }
  return { XMLHttpRequest: FakeXhr, instances, last }
}

/** A document stand-in with a cookie string and `<meta>` tags by name. */
export function fakeDocument(cookie: string, meta: Record<string, string> = {}) {
  return {
    cookie,
    querySelector: (selector: string) => {
      const name = /^meta\[name="(.+)"\]$/.exec(selector)?.[1]
      const content = name === undefined ? undefined : meta[name]
      return content === undefined
        ? null
        : { getAttribute: (attr: string) => (attr === 'content' ? content : null) }
    },
  }
}
