import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import PriorityBadge from '@/components/ticket/PriorityBadge.vue'

const colour = (wrapper: ReturnType<typeof mount>) =>
  (wrapper.element as HTMLElement).style.getPropertyValue('--esc-badge')

describe('PriorityBadge', () => {
  it('labels a known priority and colours it from its token', () => {
    const wrapper = mount(PriorityBadge, { props: { priority: 'critical' } })
    expect(wrapper.text()).toBe('Critical')
    expect(colour(wrapper)).toBe('var(--esc-c-priority-critical)')
    expect(wrapper.attributes('data-priority')).toBe('critical')
  })

  it('shows the label the backend localised as given', () => {
    expect(mount(PriorityBadge, { props: { priority: 'high', label: 'Hoch' } }).text()).toBe('Hoch')
  })

  it('title-cases an unknown priority with the neutral colour', () => {
    const wrapper = mount(PriorityBadge, { props: { priority: 'p0_blocker' } })
    expect(wrapper.text()).toBe('P0 Blocker')
    expect(colour(wrapper)).toBe('var(--esc-c-status-unknown)')
  })

  it('gives low and critical different shapes', () => {
    const shape = (priority: string) =>
      mount(PriorityBadge, { props: { priority } })
        .get('[data-part="badge-marker"]')
        .attributes('data-shape')
    expect(shape('low')).not.toBe(shape('critical'))
  })
})
