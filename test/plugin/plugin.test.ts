import { describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { useEscalated } from '@/composables/useEscalated'
import { useRootAttrs } from '@/composables/useRootAttrs'
import { defineEscalatedPlugin } from '@/plugin/extensions'
import ExtensionSlot from '@/components/layout/ExtensionSlot.vue'
import { mountEscalated } from '../helpers/mount'

const RouteProbe = defineComponent({
  setup() {
    const { route, t } = useEscalated()
    return () =>
      h('p', [
        h('span', { 'data-test': 'url' }, route('escalated.agent.tickets.show', 'ESC-00001')),
        h('span', { 'data-test': 'label' }, t('layout.nav.tickets')),
      ])
  },
})

const RootProbe = defineComponent({
  setup() {
    const attrs = useRootAttrs()
    return () => h('div', { ...attrs.value, 'data-test': 'root' })
  },
})

describe('EscalatedPlugin', () => {
  describe('with zero options', () => {
    it('builds URLs from the default /support prefix without any global route()', () => {
      const { wrapper } = mountEscalated(RouteProbe)
      expect(wrapper.get('[data-test="url"]').text()).toBe('/support/agent/tickets/ESC-00001')
      expect((globalThis as Record<string, unknown>).route).toBeUndefined()
    })

    it('marks the root as a light Escalated root with English strings', () => {
      const { wrapper } = mountEscalated(RootProbe)
      const root = wrapper.get('[data-test="root"]')
      expect(root.attributes('data-escalated')).toBe('')
      expect(root.attributes('data-esc-mode')).toBe('light')
      expect(root.attributes('dir')).toBe('ltr')
      expect(root.attributes('style')).toBeUndefined()
    })
  })

  it('follows the escalated.prefix shared prop, also when the next page changes it', async () => {
    const { wrapper, setPageProps } = mountEscalated(RouteProbe, {
      pageProps: { escalated: { prefix: 'helpdesk' } },
    })
    expect(wrapper.get('[data-test="url"]').text()).toBe('/helpdesk/agent/tickets/ESC-00001')
    setPageProps({ escalated: { prefix: '/desk/' } })
    await nextTick()
    expect(wrapper.get('[data-test="url"]').text()).toBe('/desk/agent/tickets/ESC-00001')
  })

  it("defers to the host's route function for the names it knows", () => {
    const { wrapper } = mountEscalated(RouteProbe, {
      options: { route: (name, params) => `/ziggy/${name}/${String(params)}` },
    })
    expect(wrapper.get('[data-test="url"]').text()).toBe(
      '/ziggy/escalated.agent.tickets.show/ESC-00001',
    )
  })

  it('puts theme options on the root as custom properties and the panel mode as an attribute', () => {
    const { wrapper } = mountEscalated(RootProbe, {
      options: { theme: { primary: '#0ea5e9', radius: '0.75rem', panel: { mode: 'dark' } } },
    })
    const root = wrapper.get('[data-test="root"]')
    expect(root.attributes('data-esc-mode')).toBe('dark')
    expect(root.attributes('style')).toContain('--esc-primary: #0ea5e9')
    expect(root.attributes('style')).toContain('--esc-radius: 0.75rem')
  })

  it('uses the locale and messages it was given', () => {
    const { wrapper } = mountEscalated(RouteProbe, {
      options: { locale: 'de', messages: { de: { layout: { nav: { tickets: 'Anfragen' } } } } },
    })
    expect(wrapper.get('[data-test="label"]').text()).toBe('Anfragen')
  })

  it('renders components that extensions register for a slot, in order', () => {
    const First = defineComponent({ setup: () => () => h('span', 'first') })
    const Second = defineComponent({ setup: () => () => h('span', 'second') })
    const { wrapper } = mountEscalated(ExtensionSlot, {
      props: { name: 'agent.topbar' },
      options: {
        plugins: [
          defineEscalatedPlugin({ name: 'one', slots: { 'agent.topbar': First } }),
          defineEscalatedPlugin({ name: 'two', slots: { 'agent.topbar': [Second] } }),
        ],
      },
    })
    expect(wrapper.text()).toBe('firstsecond')
  })
})
