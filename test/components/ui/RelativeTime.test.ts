import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import RelativeTime from '@/components/ui/RelativeTime.vue'

describe('RelativeTime', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    vi.setSystemTime(new Date('2026-11-23T12:00:00Z'))
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('shows the time relative to now in a time element with a machine-readable datetime', () => {
    const wrapper = mount(RelativeTime, { props: { value: '2026-11-23T11:55:00.000+00:00' } })
    expect(wrapper.element.tagName).toBe('TIME')
    expect(wrapper.attributes('datetime')).toBe('2026-11-23T11:55:00.000Z')
    expect(wrapper.text()).toBe('5 minutes ago')
  })

  it('gives the full date in the title', () => {
    const wrapper = mount(RelativeTime, { props: { value: '2026-11-23T11:55:00Z' } })
    expect(wrapper.attributes('title')).toMatch(/2026/)
  })

  it('ticks every 30 seconds', async () => {
    const wrapper = mount(RelativeTime, { props: { value: '2026-11-23T11:59:00Z' } })
    expect(wrapper.text()).toBe('1 minute ago')
    vi.advanceTimersByTime(60_000)
    await nextTick()
    expect(wrapper.text()).toBe('2 minutes ago')
  })

  it('stops its timer on unmount', () => {
    const wrapper = mount(RelativeTime, { props: { value: '2026-11-23T11:59:00Z' } })
    expect(vi.getTimerCount()).toBe(1)
    wrapper.unmount()
    expect(vi.getTimerCount()).toBe(0)
  })

  it('uses a fixed now without ticking', () => {
    const wrapper = mount(RelativeTime, {
      props: { value: '2026-11-20T12:00:00Z', now: new Date('2026-11-23T12:00:00Z') },
    })
    expect(wrapper.text()).toBe('3 days ago')
    expect(vi.getTimerCount()).toBe(0)
  })

  it('shows an unparsable value as given, without a datetime', () => {
    const wrapper = mount(RelativeTime, { props: { value: 'yesterday-ish' } })
    expect(wrapper.text()).toBe('yesterday-ish')
    expect(wrapper.attributes('datetime')).toBeUndefined()
  })
})
