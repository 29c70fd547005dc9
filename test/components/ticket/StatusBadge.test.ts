import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import StatusBadge from '@/components/ticket/StatusBadge.vue'

const colour = (wrapper: ReturnType<typeof mount>) =>
  (wrapper.element as HTMLElement).style.getPropertyValue('--esc-badge')

describe('StatusBadge', () => {
  it('labels a known status in the UI language', () => {
    expect(mount(StatusBadge, { props: { status: 'waiting_on_customer' } }).text()).toBe(
      'Waiting on Customer',
    )
  })

  it('shows the label the backend localised as given', () => {
    expect(mount(StatusBadge, { props: { status: 'open', label: 'Offen' } }).text()).toBe('Offen')
  })

  it('colours a known status from its token, which hosts can override', () => {
    expect(colour(mount(StatusBadge, { props: { status: 'in_progress' } }))).toBe(
      'var(--esc-c-status-in-progress)',
    )
  })

  it('title-cases an unknown status and gives it the neutral colour', () => {
    const wrapper = mount(StatusBadge, { props: { status: 'pending_vendor-reply' } })
    expect(wrapper.text()).toBe('Pending Vendor Reply')
    expect(colour(wrapper)).toBe('var(--esc-c-status-unknown)')
  })

  it('uses the colour of a custom status', () => {
    expect(colour(mount(StatusBadge, { props: { status: 'on_hold', color: '#aa5500' } }))).toBe(
      '#aa5500',
    )
  })

  it('adds a shape marker so statuses differ by more than colour', () => {
    const open = mount(StatusBadge, { props: { status: 'open' } })
    const escalated = mount(StatusBadge, { props: { status: 'escalated' } })
    const shape = (w: ReturnType<typeof mount>) =>
      w.get('[data-part="badge-marker"]').attributes('data-shape')
    expect(shape(open)).not.toBe(shape(escalated))
  })

  it('exposes the raw status for hosts', () => {
    expect(mount(StatusBadge, { props: { status: 'resolved' } }).attributes('data-status')).toBe(
      'resolved',
    )
  })
})
