import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import Badge from '@/components/ui/Badge.vue'
import type { BadgeTone } from '@/theme/variants/badge'

const badgeColour = (element: Element): string =>
  (element as HTMLElement).style.getPropertyValue('--esc-badge')

describe('Badge', () => {
  it('shows its label', () => {
    expect(mount(Badge, { props: { label: 'Billing' } }).text()).toBe('Billing')
  })

  it('colours itself from the tone token and mirrors the tone', () => {
    const wrapper = mount(Badge, { props: { label: 'Done', tone: 'success' } })
    expect(wrapper.attributes('data-tone')).toBe('success')
    expect(badgeColour(wrapper.element)).toBe('var(--esc-c-success)')
  })

  it('falls back to neutral for an unknown tone', () => {
    const wrapper = mount(Badge, { props: { label: 'x', tone: 'purple' as BadgeTone } })
    expect(wrapper.attributes('data-tone')).toBe('neutral')
  })

  it('takes a colour from data as a custom property, not a class', () => {
    const wrapper = mount(Badge, { props: { label: 'VIP', color: '#ff00aa', tone: 'success' } })
    expect(badgeColour(wrapper.element)).toBe('#ff00aa')
  })

  it('ignores a data colour that would break out of the declaration', () => {
    const wrapper = mount(Badge, { props: { label: 'x', color: 'red; position: fixed' } })
    expect(badgeColour(wrapper.element)).toBe('var(--esc-c-panel-text-muted)')
  })

  it('draws a decorative marker with the requested shape', () => {
    const marker = mount(Badge, { props: { label: 'x', shape: 'triangle' } }).get(
      '[data-part="badge-marker"]',
    )
    expect(marker.attributes('data-shape')).toBe('triangle')
    expect(marker.attributes('aria-hidden')).toBe('true')
  })
})
