/** Test support for the queue: a fake JSON backend behind `fetch` for the saved-view API. */
import { vi } from 'vitest'

/** One request the fake backend received. */
export interface FakeRequest {
  method: string
  url: string
  body: unknown
}

/** What the fake answers. */
export interface FakeResponse {
  status: number
  body?: unknown
}

/** Replaces `fetch` with `handler`; returns the requests it saw. Undo with `vi.unstubAllGlobals()`. */
export function stubFetch(handler: (request: FakeRequest) => FakeResponse | Promise<FakeResponse>) {
  const requests: FakeRequest[] = []
  vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
    const body = typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : null
    const request: FakeRequest = {
      method: (init.method ?? 'GET').toUpperCase(),
      url: String(url),
      body,
    }
    requests.push(request)
    const response = await handler(request)
    const text = response.body === undefined ? '' : JSON.stringify(response.body)
    return {
      status: response.status,
      headers: new Headers({ 'content-type': 'application/json' }),
      text: async () => text,
    }
  })
  return { requests }
}

/** A stored view as the playground and Laravel serialize it. */
export interface FakeView {
  id: number
  name: string
  filters: Record<string, unknown>
  is_shared: boolean
  user_id: number
}

/**
 * An in-memory saved-view API under `base` (`/support/agent/views` or `/support/admin/saved-views`);
 * any other path answers 404, as a backend without that API would.
 */
export function fakeViewsApi(base: string, initial: FakeView[] = [], userId = 2) {
  let views = initial.map((view) => ({ ...view, filters: { ...view.filters } }))
  let nextId = Math.max(0, ...views.map((view) => view.id)) + 1
  const stub = stubFetch(({ method, url, body }) => {
    const path = url.split('?')[0] ?? ''
    if (!path.startsWith(base)) return { status: 404, body: { message: 'Not found.' } }
    const input = (typeof body === 'object' && body !== null ? body : {}) as Partial<FakeView>
    const id = Number(path.slice(base.length + 1))
    if (method === 'GET') return { status: 200, body: { views } }
    if (method === 'POST') {
      if (!input.name)
        return {
          status: 422,
          body: {
            message: 'The name field is required.',
            errors: { name: ['The name field is required.'] },
          },
        }
      const view: FakeView = {
        id: nextId++,
        name: input.name,
        filters: input.filters ?? {},
        is_shared: input.is_shared === true,
        user_id: userId,
      }
      views.push(view)
      return { status: 201, body: { message: 'View saved.', view } }
    }
    const existing = views.find((view) => view.id === id)
    if (!existing) return { status: 404, body: { message: 'Saved view not found.' } }
    if (method === 'PUT') {
      Object.assign(existing, {
        name: input.name,
        filters: input.filters,
        is_shared: input.is_shared,
      })
      return { status: 200, body: { message: 'View updated.', view: existing } }
    }
    if (method === 'DELETE') {
      views = views.filter((view) => view.id !== id)
      return { status: 200, body: { message: 'View deleted.' } }
    }
    return { status: 405, body: { message: 'Method not allowed.' } }
  })
  return { ...stub, views: () => views }
}
