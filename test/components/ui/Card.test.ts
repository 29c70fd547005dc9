import { mount } from '@vue/test-utils'
import { within } from '@testing-library/dom'
import { describe, expect, it } from 'vitest'
import Card from '@/components/ui/Card.vue'

describe('Card', () => {
  it('is a section named by its title', () => {
    const wrapper = mount(Card, {
      props: { title: 'Requester' },
      slots: { default: 'Ada' },
      attachTo: document.body,
    })
    const region = within(document.body).getByRole('region', { name: 'Requester' })
    expect(region.textContent).toContain('Ada')
    wrapper.unmount()
  })

  it('uses the requested heading level', () => {
    const wrapper = mount(Card, { props: { title: 'SLA', headingLevel: 3 } })
    expect(
      within(wrapper.element as HTMLElement).getByRole('heading', { level: 3, name: 'SLA' }),
    ).toBeTruthy()
  })

  it('is a plain container without a title', () => {
    const wrapper = mount(Card, { slots: { default: 'Body' } })
    expect(wrapper.element.tagName).toBe('DIV')
    expect(wrapper.find('header').exists()).toBe(false)
  })

  it('renders the actions and footer slots', () => {
    const wrapper = mount(Card, {
      props: { title: 'Tags' },
      slots: { actions: '<button>Edit</button>', footer: '<span>3 tags</span>' },
    })
    const screen = within(wrapper.element as HTMLElement)
    expect(screen.getByRole('button', { name: 'Edit' })).toBeTruthy()
    expect(wrapper.get('[data-part="card-footer"]').text()).toBe('3 tags')
  })
})
