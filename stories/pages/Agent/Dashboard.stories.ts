import type { Meta, StoryObj } from '@storybook/vue3-vite'
import { defineComponent, h } from 'vue'
import Dashboard from '../../../src/pages/Agent/Dashboard.vue'
import { defineEscalatedPlugin } from '../../../src/plugin/extensions'
import { makeSharedProps, toAdonisCase } from '../../../test/fixtures'
import { queueTickets, withContext } from './TicketIndex.support'

function dashboardProps(options: { adonis?: boolean; widgets?: unknown[] } = {}) {
  const tickets = queueTickets(20)
  const model = (list: typeof tickets) => (options.adonis ? list.map(toAdonisCase) : list)
  return {
    ...makeSharedProps({ escalated: { plugin_dashboard_widgets: options.widgets ?? [] } }),
    stats: { open: 42, my_assigned: 7, unassigned: 9, sla_breached: 3, resolved_today: 12 },
    recentTickets: model(tickets.slice(0, 10)),
    needsAttention: {
      sla_breaching: model(tickets.filter((ticket) => ticket.status !== 'resolved').slice(1, 6)),
      unassigned_urgent: model(tickets.filter((ticket) => ticket.assigned_to === null).slice(0, 3)),
    },
    myPerformance: { resolved_this_week: 18 },
  }
}

const CsatWidget = defineComponent({
  props: { score: { type: Number, required: true }, responses: { type: Number, required: true } },
  setup: (props) => () =>
    h(
      'p',
      { style: 'margin: 0' },
      `Average ${props.score} / 5 from ${props.responses} responses this week.`,
    ),
})
const csatPlugin = defineEscalatedPlugin({ name: 'csat', components: { CsatWidget } })

const meta = {
  title: 'Pages/Agent/Dashboard',
  component: Dashboard,
  args: dashboardProps(),
  parameters: { layout: 'fullscreen', pageProps: dashboardProps() },
} satisfies Meta<typeof Dashboard>

export default meta
type Story = StoryObj<typeof meta>

/** L's payload: snake_case tickets, camelCase prop keys. */
export const SnakeCase: Story = {}

/** Adonis: camelCase tickets under the same prop keys. */
export const CamelCase: Story = { args: dashboardProps({ adonis: true }) }

/** A new helpdesk: no tickets, and a backend that sent no counters. */
export const Empty: Story = {
  args: {
    ...makeSharedProps(),
    stats: {},
    recentTickets: [],
    needsAttention: {},
    myPerformance: {},
  },
}

/** Plugin widgets: one an extension provides, one nobody installed. */
export const WithWidgets: Story = {
  args: dashboardProps({
    widgets: [
      {
        component: 'CsatWidget',
        title: 'Customer satisfaction',
        props: { score: 4.6, responses: 31 },
      },
      { component: 'SlackDigest', title: 'Slack digest' },
    ],
  }),
  parameters: {
    pageProps: dashboardProps({
      widgets: [
        {
          component: 'CsatWidget',
          title: 'Customer satisfaction',
          props: { score: 4.6, responses: 31 },
        },
        { component: 'SlackDigest', title: 'Slack digest' },
      ],
    }),
  },
  decorators: [withContext({ plugins: [csatPlugin] })],
}

export const Dark: Story = { globals: { mode: 'dark' } }
