import { within } from '@testing-library/dom'
import { flushPromises } from '@vue/test-utils'
import { defineComponent, h } from 'vue'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import Dashboard from '@/pages/Agent/Dashboard.vue'
import { defineEscalatedPlugin } from '@/plugin/extensions'
import { makeSharedProps, makeTicket, toAdonisCase } from '../../fixtures'
import { mountEscalated } from '../../helpers/mount'

function props(overrides: Record<string, unknown> = {}) {
  return {
    ...makeSharedProps(),
    stats: { open: 12, my_assigned: 3, unassigned: 4, sla_breached: 2, resolved_today: 5 },
    recentTickets: [makeTicket({ id: 1, subject: 'Export crashes' })],
    needsAttention: {
      sla_breaching: [
        makeTicket({ id: 7, subject: 'Due soon', first_response_due_at: '2026-01-15T10:00:00Z' }),
      ],
      unassigned_urgent: [],
    },
    myPerformance: { resolved_this_week: 8 },
    ...overrides,
  }
}

function render(pageProps: Record<string, unknown>, options = {}) {
  const mounted = mountEscalated(Dashboard, { props: pageProps, pageProps, options, attach: true })
  return { ...mounted, screen: within(document.body) }
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] })
  vi.setSystemTime(new Date('2026-01-15T09:30:00Z'))
})
afterEach(() => {
  vi.useRealTimers()
})

describe('Agent/Dashboard', () => {
  it('links every counter to the queue filtered to what it counts', () => {
    const { screen } = render(props())
    const stats = within(screen.getByRole('list', { name: 'Ticket counts' }))
    const href = (name: RegExp) => stats.getByRole('link', { name }).getAttribute('href')
    expect(href(/Open tickets\s*12/)).toBe('/support/agent/tickets?status=open')
    expect(href(/Assigned to me\s*3/)).toBe('/support/agent/tickets?assigned_to=2')
    expect(href(/Unassigned\s*4/)).toBe('/support/agent/tickets?unassigned=1')
    expect(href(/SLA breached\s*2/)).toBe('/support/agent/tickets?sla_breached=1')
    expect(href(/Resolved today\s*5/)).toBe('/support/agent/tickets?status=resolved')
  })

  it('says a counter is not available instead of showing a false zero', () => {
    const { screen } = render(props({ stats: { open: 12 } }))
    expect(screen.getByRole('link', { name: /Unassigned\s*Not available/ })).toBeTruthy()
  })

  it('visits the filtered queue through the transport', async () => {
    const { screen, requests } = render(props())
    screen.getByRole('link', { name: /Unassigned\s*4/ }).click()
    await flushPromises()
    expect(requests.at(-1)?.url).toBe('/support/agent/tickets?unassigned=1')
  })

  it('lists recent tickets, and tickets at risk with a countdown that ticks', async () => {
    const { screen } = render(props())
    const recent = within(screen.getByRole('region', { name: 'Recent tickets' }))
    expect(recent.getByRole('link', { name: 'Export crashes' }).getAttribute('href')).toBe(
      '/support/agent/tickets/ESC-00001',
    )
    const risk = screen.getByRole('region', { name: 'SLA at risk' })
    expect(risk.textContent).toContain('in 30 minutes')
    vi.advanceTimersByTime(30 * 60_000 + 1_000)
    await flushPromises()
    expect(risk.textContent).toContain('Overdue')
  })

  it('says so when nothing needs attention', () => {
    const { screen } = render(props())
    expect(screen.getByText('No urgent ticket is waiting for an owner.')).toBeTruthy()
  })

  it('reads Adonis camelCase tickets the same way', () => {
    const adonis = props({
      recentTickets: [toAdonisCase(makeTicket({ id: 1, subject: 'Export crashes' }))],
    })
    const { screen } = render(adonis)
    expect(screen.getByRole('link', { name: 'Export crashes' })).toBeTruthy()
  })

  it('shows the week’s resolved count', () => {
    const { screen } = render(props())
    expect(screen.getByText('You resolved 8 tickets this week.')).toBeTruthy()
  })

  describe('plugin widgets', () => {
    const Csat = defineComponent({
      props: { score: { type: Number, required: true } },
      setup: (widgetProps) => () => h('p', `CSAT ${widgetProps.score}`),
    })
    const Banner = defineComponent({ setup: () => () => h('p', 'From the slot') })
    const plugins = [
      defineEscalatedPlugin({
        name: 'csat',
        components: { CsatWidget: Csat },
        slots: { 'dashboard.widgets': Banner },
      }),
    ]
    const withWidgets = (widgets: unknown[]) =>
      props({ ...makeSharedProps({ escalated: { plugin_dashboard_widgets: widgets } }) })

    it('renders a widget the backend lists with the component an extension registered', () => {
      const { screen } = render(
        withWidgets([{ component: 'CsatWidget', title: 'Satisfaction', props: { score: 4.5 } }]),
        { plugins },
      )
      const widget = within(screen.getByRole('region', { name: 'Satisfaction' }))
      expect(widget.getByText('CSAT 4.5')).toBeTruthy()
    })

    it('renders components registered for the dashboard.widgets slot', () => {
      const { screen } = render(withWidgets([]), { plugins })
      expect(screen.getByText('From the slot')).toBeTruthy()
    })

    it('says which widget is missing when no extension provides it', () => {
      const { screen } = render(withWidgets([{ component: 'SlackWidget', title: 'Slack' }]))
      expect(
        screen.getByText('The “SlackWidget” widget is not installed in this app.'),
      ).toBeTruthy()
    })

    it('renders no widget area when there are no widgets', () => {
      const { screen } = render(props())
      expect(screen.queryByRole('region', { name: 'Plugin widgets' })).toBeNull()
    })
  })
})
