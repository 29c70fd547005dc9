import { afterEach, describe, expect, it } from 'vitest'
import { createApp, defineComponent, h, nextTick, type App } from 'vue'
import '@/theme/index.css'
import { EscButton, EscalatedLayout, EscalatedPlugin, injectEscalatedContext } from '@/index'
import type { EscalatedOptions } from '@/index'

// A host page as a backend would render it: the layout, a heading and a primary button.
const Page = defineComponent({
  setup() {
    const context = injectEscalatedContext()
    return () =>
      h(EscalatedLayout, { section: 'agent', title: 'Queue' }, () =>
        h('div', [
          h(EscButton, { variant: 'primary', 'data-test': 'primary' }, () => 'Save'),
          h('button', { 'data-test': 'dark', onClick: () => context.setMode('dark') }, 'dark'),
        ]),
      )
  },
})

const apps: App[] = []
afterEach(() => {
  apps.splice(0).forEach((app) => app.unmount())
  document.body.innerHTML = ''
  document.documentElement.style.removeProperty('--esc-primary')
})

async function mountHost(
  options: Omit<EscalatedOptions, 'transport' | 'pageProps' | 'pageUrl'> = {},
) {
  const el = document.createElement('div')
  document.body.append(el)
  const app = createApp(Page).use(EscalatedPlugin, {
    ...options,
    transport: { visit: async () => ({ status: 'ok' }), reload: async () => ({ status: 'ok' }) },
    pageProps: () => ({ escalated: { prefix: 'support', is_agent: true } }),
    pageUrl: () => '/support/agent',
  })
  app.mount(el)
  apps.push(app)
  await nextTick()
  const root = el.querySelector<HTMLElement>('[data-escalated]')
  const button = el.querySelector<HTMLElement>('[data-test="primary"]')
  if (!root || !button) throw new Error('host page did not render')
  return { el, root, button }
}

const rgb = (value: string) => (value.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number)
const luminance = (value: string) => {
  const [r = 0, g = 0, b = 0] = rgb(value)
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}
const isRealColour = (value: string) =>
  value !== '' && value !== 'rgba(0, 0, 0, 0)' && value !== 'transparent'

describe('a host app with EscalatedPlugin', () => {
  it('resolves panel tokens to real colours with zero options, and swaps them in dark mode', async () => {
    const { root, el } = await mountHost()
    const light = getComputedStyle(root)
    expect(isRealColour(light.backgroundColor)).toBe(true)
    expect(isRealColour(light.color)).toBe(true)
    expect(luminance(light.backgroundColor)).toBeGreaterThan(luminance(light.color))

    el.querySelector<HTMLElement>('[data-test="dark"]')?.click()
    await nextTick()
    expect(root.dataset.escMode).toBe('dark')
    const dark = getComputedStyle(root)
    expect(isRealColour(dark.backgroundColor)).toBe(true)
    expect(luminance(dark.backgroundColor)).toBeLessThan(luminance(dark.color))
  })

  it('paints primary buttons with the theme option colour', async () => {
    const { button } = await mountHost({ theme: { primary: '#0ea5e9' } })
    expect(getComputedStyle(button).backgroundColor).toBe('rgb(14, 165, 233)')
  })

  it('lets a designer restyle buttons with --esc-primary on :root alone', async () => {
    document.documentElement.style.setProperty('--esc-primary', 'rgb(200, 30, 90)')
    const { button } = await mountHost()
    expect(getComputedStyle(button).backgroundColor).toBe('rgb(200, 30, 90)')
  })

  it('leaves host elements outside the Escalated root unstyled', async () => {
    const hostButton = document.createElement('button')
    hostButton.textContent = 'host'
    document.body.append(hostButton)
    const before = getComputedStyle(hostButton).fontFamily
    await mountHost()
    expect(getComputedStyle(hostButton).fontFamily).toBe(before)
    expect(document.documentElement.getAttribute('style') ?? '').not.toContain('--esc-')
  })
})
