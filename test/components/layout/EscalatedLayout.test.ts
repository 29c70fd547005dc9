import { describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { flushPromises } from '@vue/test-utils'
import { within } from '@testing-library/dom'
import EscalatedLayout from '@/components/layout/EscalatedLayout.vue'
import { mountEscalated } from '../../helpers/mount'

const HostLayout = defineComponent({
  setup(_, { slots }) {
    return () =>
      h('div', { 'data-test': 'host' }, [
        h('header', { 'data-test': 'host-header' }, slots.header?.()),
        h('section', { 'data-test': 'host-body' }, slots.default?.()),
      ])
  },
})

const shared = (escalated: Record<string, unknown> = {}) => ({
  escalated: { prefix: 'support', ...escalated },
  auth: { user: { id: 2, name: 'Bob Agent', email: 'bob@example.test' } },
  flash: { success: null, error: null },
  errors: {},
})

describe('EscalatedLayout', () => {
  describe('when a host layout is given', () => {
    it('puts the customer title and navigation in #header and the page in the default slot', () => {
      const { wrapper } = mountEscalated(EscalatedLayout, {
        props: { section: 'customer', title: 'My tickets' },
        slots: { default: () => h('p', 'page body') },
        options: { layout: HostLayout },
        pageProps: shared(),
      })
      const header = wrapper.get('[data-test="host-header"]')
      expect(
        within(header.element as HTMLElement).getByRole('heading', { name: 'My tickets' }),
      ).toBeTruthy()
      expect(
        within(header.element as HTMLElement)
          .getByRole('link', { name: 'New ticket' })
          .getAttribute('href'),
      ).toBe('/support/create')
      expect(wrapper.get('[data-test="host-body"]').text()).toContain('page body')
    })

    it('keeps agent pages in the agent chrome instead of the host layout', () => {
      const { wrapper } = mountEscalated(EscalatedLayout, {
        props: { section: 'agent' },
        slots: { default: () => h('p', 'queue') },
        options: { layout: HostLayout },
        pageProps: shared({ is_agent: true }),
      })
      expect(wrapper.find('[data-test="host"]').exists()).toBe(false)
      expect(wrapper.find('[data-part="agent-topbar"]').text()).toContain('Bob Agent')
    })
  })

  it('shows the knowledge-base link only when the backend enables the KB', async () => {
    const { wrapper, setPageProps } = mountEscalated(EscalatedLayout, {
      props: { section: 'customer' },
      pageProps: shared(),
    })
    expect(wrapper.text()).not.toContain('Knowledge base')
    setPageProps(shared({ knowledge_base_enabled: true }))
    await nextTick()
    expect(wrapper.text()).toContain('Knowledge base')
  })

  it('marks the current page in the navigation with aria-current', () => {
    const { wrapper } = mountEscalated(EscalatedLayout, {
      props: { section: 'agent' },
      pageProps: shared({ is_agent: true }),
      pageUrl: '/support/agent/tickets/ESC-00001',
    })
    const current = wrapper.get('[aria-current="page"]')
    expect(current.text()).toBe('Tickets')
  })

  it('gives admin pages a sidebar whose menu button toggles the navigation', async () => {
    const { wrapper } = mountEscalated(EscalatedLayout, {
      props: { section: 'admin', title: 'Departments' },
      pageProps: shared({ is_admin: true, is_agent: true }),
    })
    const sidebar = wrapper.get('[data-part="admin-sidebar"]')
    const toggle = sidebar.get('button')
    expect(toggle.attributes('aria-expanded')).toBe('false')
    await toggle.trigger('click')
    expect(toggle.attributes('aria-expanded')).toBe('true')
    expect(sidebar.attributes('data-state')).toBe('open')
    expect(sidebar.text()).toContain('SLA policies')
  })

  it('shows flash messages from the server as toasts, once per flash', async () => {
    // The toast region is teleported to <body>, where a user sees it.
    const { setPageProps } = mountEscalated(EscalatedLayout, {
      props: { section: 'agent' },
      pageProps: { ...shared(), flash: { success: 'Reply sent.', error: null } },
      attach: true,
    })
    await flushPromises()
    const status = () =>
      document.body.querySelector('[data-part="toast-region"] [role="status"]')?.textContent ?? ''
    const alert = () =>
      document.body.querySelector('[data-part="toast-region"] [role="alert"]')?.textContent ?? ''
    expect(status()).toContain('Reply sent.')
    setPageProps({ ...shared(), flash: { success: null, error: 'Ticket not found.' } })
    await flushPromises()
    expect(alert()).toContain('Ticket not found.')
    expect(status().match(/Reply sent\./g)).toHaveLength(1)
  })

  it('offers a skip link to the main content', () => {
    const { wrapper } = mountEscalated(EscalatedLayout, {
      props: { section: 'agent' },
      pageProps: shared(),
    })
    expect(wrapper.get('a[href="#escalated-main"]').text()).toBe('Skip to main content')
    expect(wrapper.find('#escalated-main').exists()).toBe(true)
  })
})
