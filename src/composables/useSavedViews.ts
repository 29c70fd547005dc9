import {
  computed,
  shallowRef,
  toValue,
  type ComputedRef,
  type MaybeRefOrGetter,
  type Ref,
} from 'vue'
import { isApiError, type ApiError } from '@/api'
import { normalizeSavedView, normalizeSavedViews, type Id, type SavedView } from '@/contract'
import type { I18n } from '@/i18n'
import { useEscalated } from './useEscalated'

/**
 * Which saved-view API a backend serves: A `escalated.agent.views.*`, L
 * `escalated.admin.saved-views.*` (admin gate). Both take `{name, filters, is_shared}` as JSON.
 */
export type SavedViewsApi = 'agent' | 'admin'

/** What a view is saved with. */
export interface SavedViewInput {
  /** Display name. */
  name: string
  /** The list query to restore (filters and sort). */
  filters: Record<string, unknown>
  /** Whether other agents see it. */
  is_shared: boolean
}

/** Where the list of views stands. */
export type SavedViewsStatus = 'idle' | 'loading' | 'ready' | 'unavailable' | 'failed'

/** Options of `useSavedViews`. */
export interface UseSavedViewsOptions {
  /** Views the page already sent (L admin `savedViews`); they show before any request. */
  initial?: MaybeRefOrGetter<readonly SavedView[]>
  /** The API to try first; the other is tried when it answers 404 or 405. @default 'agent' */
  prefer?: MaybeRefOrGetter<SavedViewsApi>
  /** Whether the admin API may be used (L guards it with the admin gate). @default true */
  allowAdmin?: MaybeRefOrGetter<boolean>
}

/** What `useSavedViews` returns. */
export interface UseSavedViewsReturn {
  /** The views the user may open, in the server's order. */
  views: ComputedRef<readonly SavedView[]>
  /** Where the list stands; `unavailable` when the backend serves neither API. */
  status: Readonly<Ref<SavedViewsStatus>>
  /** The last failure, for the caller to show; cleared by the next success. */
  error: Readonly<Ref<string | null>>
  /** Whether a save, rename, share or delete is running. */
  busy: Readonly<Ref<boolean>>
  /** Fetch the list. */
  load: () => Promise<void>
  /** Create a view; resolves with it, or null on failure (see `error`). */
  create: (input: SavedViewInput) => Promise<SavedView | null>
  /** Change a view's name, sharing or filters; resolves with whether it worked. */
  update: (view: SavedView, patch: Partial<SavedViewInput>) => Promise<boolean>
  /** Delete a view; resolves with whether it worked. */
  remove: (view: SavedView) => Promise<boolean>
}

/** The text to show for a failed request: the server's own words when it sent some. */
export function apiErrorText(error: unknown, t: I18n['t']): string {
  if (!isApiError(error)) return t('common.error.generic')
  if (error.hasServerMessage) return error.message
  const keys: Partial<Record<ApiError['kind'], string>> = {
    forbidden: 'common.error.forbidden',
    unauthenticated: 'common.error.forbidden',
    'not-found': 'common.error.not_found',
    csrf: 'common.error.csrf',
    network: 'common.error.network',
    server: 'common.error.server',
  }
  return t(keys[error.kind] ?? 'common.error.generic')
}

/** Whether the answer means "this API does not exist here", so the other one is worth a try. */
function isMissingApi(error: unknown): boolean {
  return isApiError(error) && (error.status === 404 || error.status === 405)
}

/**
 * Saved ticket views over JSON through the plugin's HTTP client. The backend decides the API: the
 * preferred one is asked first and the other only when the first does not exist, and the one that
 * answered is used from then on. Views are never mutated in place: each change reloads the list.
 */
export function useSavedViews(options: UseSavedViewsOptions = {}): UseSavedViewsReturn {
  const { route, context, t } = useEscalated()
  const fetched = shallowRef<readonly SavedView[] | null>(null)
  const status = shallowRef<SavedViewsStatus>('idle')
  const error = shallowRef<string | null>(null)
  const busy = shallowRef(false)
  // Set once an API answered; until then both candidates are tried in order.
  let api: SavedViewsApi | null = null

  function candidates(): SavedViewsApi[] {
    if (api) return [api]
    const first = toValue(options.prefer) ?? 'agent'
    const order: SavedViewsApi[] = first === 'admin' ? ['admin', 'agent'] : ['agent', 'admin']
    return toValue(options.allowAdmin) === false ? order.filter((name) => name !== 'admin') : order
  }

  function indexUrl(name: SavedViewsApi): string {
    return name === 'admin'
      ? route('escalated.admin.saved-views.index')
      : route('escalated.agent.views.index')
  }

  function itemUrl(name: SavedViewsApi, id: Id): string {
    return name === 'admin'
      ? route('escalated.admin.saved-views.update', { id })
      : route('escalated.agent.views.update', { id })
  }

  async function load(): Promise<void> {
    status.value = 'loading'
    for (const name of candidates()) {
      try {
        const body = await context.http.get(indexUrl(name))
        api = name
        fetched.value = normalizeSavedViews(body)
        status.value = 'ready'
        error.value = null
        return
      } catch (caught) {
        if (isMissingApi(caught)) continue
        status.value = 'failed'
        error.value = apiErrorText(caught, t)
        return
      }
    }
    status.value = 'unavailable'
  }

  /** Runs one mutation against the API in use (resolving it first), then reloads the list. */
  async function mutate<T>(send: (name: SavedViewsApi) => Promise<T>): Promise<T | null> {
    if (busy.value) return null
    busy.value = true
    try {
      if (!api) await load()
      if (!api) {
        error.value = error.value ?? t('queue.views.unavailable')
        return null
      }
      const result = await send(api)
      error.value = null
      await load()
      return result
    } catch (caught) {
      error.value = apiErrorText(caught, t)
      return null
    } finally {
      busy.value = false
    }
  }

  return {
    views: computed(() => fetched.value ?? toValue(options.initial) ?? []),
    status,
    error,
    busy,
    load,
    async create(input) {
      const sent = await mutate(async (name) => ({
        body: await context.http.post(indexUrl(name), input),
      }))
      if (sent === null) return null
      const { body } = sent
      // L and the playground answer `{message, view}`; others may send the view itself.
      const view =
        normalizeSavedView(
          typeof body === 'object' && body !== null && 'view' in body ? body.view : body,
        ) ?? [...(fetched.value ?? [])].reverse().find((item) => item.name === input.name)
      return view ?? null
    },
    async update(view, patch) {
      const input: SavedViewInput = {
        name: patch.name ?? view.name,
        filters: patch.filters ?? view.filters,
        is_shared: patch.is_shared ?? view.is_shared,
      }
      const done = await mutate(async (name) => {
        await context.http.put(itemUrl(name, view.id), input)
        return true
      })
      return done === true
    },
    async remove(view) {
      const done = await mutate(async (name) => {
        await context.http.delete(itemUrl(name, view.id))
        return true
      })
      return done === true
    },
  }
}
