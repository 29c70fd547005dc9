import { mount } from '@vue/test-utils'
import { within } from '@testing-library/dom'
import { describe, expect, it } from 'vitest'
import EmptyState from '@/components/ui/EmptyState.vue'

describe('EmptyState', () => {
  it('shows a heading, a description and the action', () => {
    const wrapper = mount(EmptyState, {
      props: {
        title: 'No tickets yet',
        description: 'Open one when you need help.',
        headingLevel: 3,
      },
      slots: { action: '<a href="/support/tickets/create">New ticket</a>' },
    })
    const screen = within(wrapper.element as HTMLElement)
    expect(screen.getByRole('heading', { level: 3, name: 'No tickets yet' })).toBeTruthy()
    expect(screen.getByText('Open one when you need help.')).toBeTruthy()
    expect(screen.getByRole('link', { name: 'New ticket' })).toBeTruthy()
  })

  it('hides the icon from assistive technology', () => {
    const wrapper = mount(EmptyState, {
      props: { title: 'Empty' },
      slots: { icon: '<svg data-icon />' },
    })
    expect(wrapper.get('[data-icon]').element.parentElement?.getAttribute('aria-hidden')).toBe(
      'true',
    )
  })
})
