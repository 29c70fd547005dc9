import { mount } from '@vue/test-utils'
import { within } from '@testing-library/dom'
import { describe, expect, it } from 'vitest'
import { h } from 'vue'
import Button from '@/components/ui/Button.vue'
import type { ButtonVariant } from '@/theme/variants/button'

describe('Button', () => {
  it('renders a native button of type button that emits click', async () => {
    const wrapper = mount(Button, { slots: { default: 'Save' } })
    const button = within(wrapper.element.parentElement ?? document.body).getByRole('button', {
      name: 'Save',
    })
    expect(button.getAttribute('type')).toBe('button')
    await wrapper.trigger('click')
    expect(wrapper.emitted('click')).toHaveLength(1)
  })

  it('mirrors variant and size in data attributes', () => {
    const wrapper = mount(Button, { props: { variant: 'danger', size: 'lg' } })
    expect(wrapper.attributes('data-variant')).toBe('danger')
    expect(wrapper.attributes('data-size')).toBe('lg')
  })

  it('renders an unknown variant from a backend as secondary', () => {
    const wrapper = mount(Button, { props: { variant: 'fancy' as ButtonVariant } })
    expect(wrapper.attributes('data-variant')).toBe('secondary')
  })

  describe('when loading', () => {
    it('is busy, shows a spinner and ignores clicks while staying focusable', async () => {
      const wrapper = mount(Button, { props: { loading: true }, slots: { default: 'Save' } })
      expect(wrapper.attributes('aria-busy')).toBe('true')
      expect(wrapper.attributes('data-state')).toBe('busy')
      expect(wrapper.attributes('disabled')).toBeUndefined()
      expect(wrapper.find('[data-part="spinner"]').exists()).toBe(true)
      await wrapper.trigger('click')
      expect(wrapper.emitted('click')).toBeUndefined()
    })

    it('does not submit its form a second time', async () => {
      let submits = 0
      const wrapper = mount(
        {
          props: ['loading'],
          render: (ctx: { loading: boolean }) =>
            h('form', { onSubmit: (event: Event) => (event.preventDefault(), submits++) }, [
              h(Button, { type: 'submit', loading: ctx.loading }, () => 'Send'),
            ]),
        },
        { props: { loading: false }, attachTo: document.body },
      )
      await wrapper.get('button').trigger('click')
      expect(submits).toBe(1)
      await wrapper.setProps({ loading: true })
      await wrapper.get('button').trigger('click')
      expect(submits).toBe(1)
      wrapper.unmount()
    })
  })

  it('is disabled natively and emits nothing when disabled', async () => {
    const wrapper = mount(Button, { props: { disabled: true } })
    expect(wrapper.attributes('disabled')).toBeDefined()
    expect(wrapper.attributes('data-disabled')).toBe('')
    await wrapper.trigger('click')
    expect(wrapper.emitted('click')).toBeUndefined()
  })

  describe('with href', () => {
    it('renders a link', () => {
      const wrapper = mount(Button, {
        props: { href: '/support/tickets/create' },
        slots: { default: 'New' },
      })
      expect(wrapper.element.tagName).toBe('A')
      expect(wrapper.attributes('href')).toBe('/support/tickets/create')
      expect(wrapper.attributes('type')).toBeUndefined()
    })

    it('drops the href and announces disabled when disabled', () => {
      const wrapper = mount(Button, { props: { href: '/x', disabled: true } })
      expect(wrapper.attributes('href')).toBeUndefined()
      expect(wrapper.attributes('aria-disabled')).toBe('true')
    })

    it('renders the component given in as, such as a router link', () => {
      const Link = { props: ['href'], template: '<a data-link :href="href"><slot /></a>' }
      const wrapper = mount(Button, { props: { href: '/kb', as: Link }, slots: { default: 'KB' } })
      expect(wrapper.find('[data-link]').attributes('href')).toBe('/kb')
    })
  })

  it('renders the icon slot before the label and replaces it with the spinner while loading', async () => {
    const wrapper = mount(Button, { slots: { default: 'Go', icon: '<i data-icon />' } })
    expect(wrapper.find('[data-icon]').exists()).toBe(true)
    await wrapper.setProps({ loading: true })
    expect(wrapper.find('[data-icon]').exists()).toBe(false)
  })
})
