import { mount } from '@vue/test-utils'
import { within } from '@testing-library/dom'
import { describe, expect, it } from 'vitest'
import Spinner from '@/components/ui/Spinner.vue'
import VisuallyHidden from '@/components/ui/VisuallyHidden.vue'

describe('Spinner', () => {
  it('is a status message named by its label', () => {
    const wrapper = mount(Spinner, { props: { label: 'Loading tickets…' } })
    expect(
      within(wrapper.element.parentElement as HTMLElement).getByRole('status').textContent,
    ).toBe('Loading tickets…')
  })

  it('is decorative without a label', () => {
    const wrapper = mount(Spinner)
    expect(wrapper.attributes('role')).toBeUndefined()
    expect(wrapper.get('svg').attributes('aria-hidden')).toBe('true')
  })
})

describe('VisuallyHidden', () => {
  it('renders its text in the requested element', () => {
    const wrapper = mount(VisuallyHidden, { props: { as: 'div' }, slots: { default: 'Unread' } })
    expect(wrapper.element.tagName).toBe('DIV')
    expect(wrapper.text()).toBe('Unread')
  })
})
