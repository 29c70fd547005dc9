import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { nextTick } from 'vue'
import SlaTimer, { type SlaTimerTicket } from '@/components/ticket/SlaTimer.vue'
import { createI18n, I18N_KEY } from '@/i18n'

const NOW = new Date('2026-03-01T12:00:00Z')

function ticket(overrides: Partial<SlaTimerTicket> = {}): SlaTimerTicket {
  return {
    first_response_due_at: null,
    first_response_at: null,
    sla_first_response_breached: false,
    resolution_due_at: null,
    resolved_at: null,
    sla_resolution_breached: false,
    ...overrides,
  }
}

function render(props: { ticket: SlaTimerTicket; now?: Date }) {
  return mount(SlaTimer, { props, global: { provide: { [I18N_KEY as symbol]: createI18n() } } })
}

const target = (wrapper: ReturnType<typeof render>, key: string) =>
  wrapper.get(`[data-target="${key}"]`)

describe('SlaTimer', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    vi.setSystemTime(NOW)
  })
  afterEach(() => vi.useRealTimers())

  it('renders nothing when the ticket has no SLA targets', () => {
    expect(render({ ticket: ticket() }).find('[data-part="sla-timer"]').exists()).toBe(false)
  })

  it('counts down to the first response and ticks every second', async () => {
    const wrapper = render({
      ticket: ticket({ first_response_due_at: '2026-03-01T14:30:00Z' }),
    })
    expect(target(wrapper, 'first_response').text()).toBe('First responseDue in 2h 30m')
    expect(target(wrapper, 'first_response').attributes('data-state')).toBe('ok')
    vi.advanceTimersByTime(61_000)
    await nextTick()
    expect(target(wrapper, 'first_response').text()).toContain('Due in 2h 28m')
  })

  it('says "at risk" in text within the last hour', () => {
    const wrapper = render({
      ticket: ticket({ resolution_due_at: '2026-03-01T12:20:05Z' }),
      now: NOW,
    })
    expect(target(wrapper, 'resolution').attributes('data-state')).toBe('warning')
    expect(target(wrapper, 'resolution').text()).toContain('At risk: due in 20m 05s')
  })

  it('says how long ago a target was breached', () => {
    const wrapper = render({
      ticket: ticket({ first_response_due_at: '2026-03-01T10:45:00Z' }),
      now: NOW,
    })
    expect(target(wrapper, 'first_response').attributes('data-state')).toBe('breached')
    expect(target(wrapper, 'first_response').text()).toContain('Breached 1h 15m ago')
  })

  it('trusts the backend breach flag even before the due time', () => {
    const wrapper = render({
      ticket: ticket({
        resolution_due_at: '2026-03-02T12:00:00Z',
        sla_resolution_breached: true,
      }),
      now: NOW,
    })
    expect(target(wrapper, 'resolution').text()).toContain('Breached')
  })

  it('shows a met target as met', () => {
    const wrapper = render({
      ticket: ticket({
        first_response_due_at: '2026-03-01T10:00:00Z',
        first_response_at: '2026-03-01T09:00:00Z',
      }),
      now: NOW,
    })
    expect(target(wrapper, 'first_response').attributes('data-state')).toBe('met')
    expect(target(wrapper, 'first_response').text()).toContain('Met')
  })

  it('stops ticking once unmounted', () => {
    const wrapper = render({ ticket: ticket({ first_response_due_at: '2026-03-01T14:30:00Z' }) })
    expect(vi.getTimerCount()).toBeGreaterThan(0)
    wrapper.unmount()
    expect(vi.getTimerCount()).toBe(0)
  })
})
