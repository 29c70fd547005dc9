import { flushPromises } from '@vue/test-utils'
import { defineComponent, h } from 'vue'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  useSavedViews,
  type UseSavedViewsOptions,
  type UseSavedViewsReturn,
} from '@/composables/useSavedViews'
import { mountEscalated } from '../helpers/mount'
import { fakeViewsApi, stubFetch } from '../components/agent/queueKit'

function setup(options: UseSavedViewsOptions = {}) {
  let views: UseSavedViewsReturn | undefined
  const Host = defineComponent({
    setup() {
      views = useSavedViews(options)
      return () => h('div')
    },
  })
  mountEscalated(Host)
  if (!views) throw new Error('composable did not run')
  return views
}

const stored = {
  id: 4,
  name: 'Urgent',
  filters: { priority: 'urgent' },
  is_shared: false,
  user_id: 2,
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('useSavedViews', () => {
  it('shows the views the page sent until the list loads', () => {
    stubFetch(() => new Promise(() => undefined))
    const views = setup({
      initial: [{ ...stored, is_default: false, position: null, icon: null, color: null }],
    })
    expect(views.views.value.map((view) => view.name)).toEqual(['Urgent'])
  })

  it('loads Adonis `{views: []}` from the agent API first', async () => {
    const api = fakeViewsApi('/support/agent/views', [stored])
    const views = setup()
    await views.load()
    expect(api.requests.map((request) => request.url)).toEqual(['/support/agent/views'])
    expect(views.status.value).toBe('ready')
    expect(views.views.value[0]).toMatchObject({
      id: 4,
      name: 'Urgent',
      filters: { priority: 'urgent' },
    })
  })

  it('falls back to Laravel’s admin API when the agent API does not exist, and sticks with it', async () => {
    const api = fakeViewsApi('/support/admin/saved-views', [stored])
    const views = setup()
    await views.load()
    await views.load()
    expect(api.requests.map((request) => request.url)).toEqual([
      '/support/agent/views',
      '/support/admin/saved-views',
      '/support/admin/saved-views',
    ])
    expect(views.views.value).toHaveLength(1)
  })

  it('does not try the admin API for someone who is not an admin', async () => {
    const api = fakeViewsApi('/support/admin/saved-views', [stored])
    const views = setup({ allowAdmin: false })
    await views.load()
    expect(api.requests).toHaveLength(1)
    expect(views.status.value).toBe('unavailable')
  })

  it('reports a server failure as a message, without trying the other API', async () => {
    const api = stubFetch(() => ({ status: 500, body: { message: 'Database is down.' } }))
    const views = setup()
    await views.load()
    expect(api.requests).toHaveLength(1)
    expect(views.status.value).toBe('failed')
    expect(views.error.value).toBe('Database is down.')
  })

  it('creates a view with {name, filters, is_shared} and returns it', async () => {
    const api = fakeViewsApi('/support/agent/views')
    const views = setup()
    const view = await views.create({
      name: 'Mine',
      filters: { assigned_to: '2' },
      is_shared: true,
    })
    expect(api.requests.find((request) => request.method === 'POST')).toEqual({
      method: 'POST',
      url: '/support/agent/views',
      body: { name: 'Mine', filters: { assigned_to: '2' }, is_shared: true },
    })
    expect(view).toMatchObject({ name: 'Mine', is_shared: true })
    expect(views.views.value.map((item) => item.name)).toEqual(['Mine'])
  })

  it('keeps the validation message when a save is refused', async () => {
    fakeViewsApi('/support/agent/views')
    const views = setup()
    expect(await views.create({ name: '', filters: {}, is_shared: false })).toBeNull()
    expect(views.error.value).toBe('The name field is required.')
  })

  it('renames and shares with a complete PUT body, then deletes', async () => {
    const api = fakeViewsApi('/support/agent/views', [stored])
    const views = setup()
    await views.load()
    const [view] = views.views.value
    if (!view) throw new Error('no view')
    expect(await views.update(view, { name: 'Very urgent' })).toBe(true)
    const renamed = views.views.value[0]
    if (!renamed) throw new Error('no view')
    expect(await views.update(renamed, { is_shared: true })).toBe(true)
    expect(
      api.requests.filter((request) => request.method === 'PUT').map((request) => request.body),
    ).toEqual([
      { name: 'Very urgent', filters: { priority: 'urgent' }, is_shared: false },
      { name: 'Very urgent', filters: { priority: 'urgent' }, is_shared: true },
    ])
    expect(await views.remove(renamed)).toBe(true)
    expect(api.requests.at(-2)).toMatchObject({ method: 'DELETE', url: '/support/agent/views/4' })
    expect(views.views.value).toEqual([])
  })

  it('is busy while a change runs', async () => {
    fakeViewsApi('/support/agent/views')
    const views = setup()
    const pending = views.create({ name: 'x', filters: {}, is_shared: false })
    expect(views.busy.value).toBe(true)
    await pending
    await flushPromises()
    expect(views.busy.value).toBe(false)
  })
})
