/**
 * Test helpers for the widget panel: a fake loader host, a routed fake `fetch` and a mounted
 * panel inside a real shadow root.
 */
import { afterEach, vi } from 'vitest'
import { fireEvent, within } from '@testing-library/dom'
import type { EmbedConfig } from '../../widget/loader/config'
import type { PanelCommand, PanelController, PanelHost } from '../../widget/loader/bridge'
import type { EscalatedWidgetApi } from '../../widget/loader/types'
import { createPanel } from '../../widget/app/index'
import { routedFetch, type FakeRoutes } from './fakeFetch'

export { LARAVEL_CONFIG, routedFetch, type FakeAnswer, type FakeRoutes } from './fakeFetch'

// Panels mounted by a test are destroyed after it, with what they stored and any fake clock.
const mountedPanels = new Set<() => void>()
afterEach(() => {
  for (const destroy of mountedPanels) destroy()
  vi.useRealTimers()
  sessionStorage.clear()
  localStorage.clear()
})

/** Options of {@link mountPanel}. */
export interface MountPanelOptions {
  routes: FakeRoutes
  embed?: Partial<EmbedConfig>
  commands?: PanelCommand[]
  open?: boolean
}

/** A panel mounted in a shadow root with a fake loader around it. */
export async function mountPanel({
  routes,
  embed = {},
  commands = [],
  open = true,
}: MountPanelOptions) {
  const hostElement = document.createElement('div')
  document.body.append(hostElement)
  const root = hostElement.attachShadow({ mode: 'open' })
  const launcher = document.createElement('button')
  root.append(launcher)
  const { fetch, calls } = routedFetch(routes)
  const api = {
    close: vi.fn(() => {
      controller.setOpen(false)
      launcher.focus()
    }),
    setTheme: vi.fn(),
  }
  const emit = vi.fn()
  const disable = vi.fn()
  const host: PanelHost = {
    api: api as unknown as EscalatedWidgetApi,
    root,
    config: {
      baseUrl: 'https://help.example.test',
      widgetPath: '',
      backend: 'laravel',
      color: '',
      position: '',
      theme: 'auto',
      locale: 'en',
      nonce: '',
      ...embed,
    },
    commands,
    addStyles: vi.fn(),
    emit,
    disable,
  }
  const controller: PanelController = createPanel(host, fetch)
  if (open) controller.setOpen(true)
  await settle()
  const container = root.lastElementChild as HTMLElement
  const destroy = () => {
    if (!mountedPanels.delete(destroy)) return
    controller.destroy()
    hostElement.remove()
  }
  mountedPanels.add(destroy)
  return {
    root,
    container,
    screen: within(container),
    controller,
    fetch,
    calls,
    api,
    emit,
    disable,
    launcher,
    /** Unmounts and removes everything (done after each test anyway). */
    destroy,
  }
}

/** Lets pending promises, the catalogue import and the panel's render queue finish. */
export async function settle(rounds = 6): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await Promise.resolve()
    await Promise.resolve()
    if (vi.isFakeTimers()) await vi.advanceTimersByTimeAsync(0)
    else await new Promise((resolve) => setTimeout(resolve, 0))
  }
}

/** Queries bound to the panel's container. */
type Screen = ReturnType<typeof within>

/** A form control by its label (the department is a select). */
export function fieldOf(screen: Screen, name: string): HTMLInputElement | HTMLSelectElement {
  return screen.getByRole(name === 'Department' ? 'combobox' : 'textbox', { name }) as
    HTMLInputElement | HTMLSelectElement
}

/** Types into fields found by label, as a visitor would. */
export function typeInto(screen: Screen, values: Record<string, string>): void {
  for (const [name, value] of Object.entries(values)) {
    const field = fieldOf(screen, name)
    field.value = value
    fireEvent.input(field)
  }
}

/** Submits the form holding the named submit button, then lets the panel settle. */
export async function submitVia(screen: Screen, button: string): Promise<void> {
  fireEvent.submit(screen.getByRole('button', { name: button }).closest('form') as HTMLFormElement)
  await settle()
}
