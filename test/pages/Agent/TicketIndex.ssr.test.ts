// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { createSSRApp, h } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { EscalatedPlugin } from '@/plugin/plugin'
import { makePaginator, makeSharedProps, makeTicket } from '../../fixtures'

const transport = {
  visit: async () => ({ status: 'ok' as const }),
  reload: async () => ({ status: 'ok' as const }),
}

async function render(component: object, props: Record<string, unknown>) {
  const app = createSSRApp({ render: () => h(component, props) })
  app.use(EscalatedPlugin, {
    pageProps: () => props,
    pageUrl: () => '/support/agent/tickets',
    transport,
  })
  return renderToString(app)
}

describe('the queue pages under SSR (Node, no DOM)', () => {
  it('renders the ticket queue without window, document or localStorage', async () => {
    expect(typeof (globalThis as Record<string, unknown>).window).toBe('undefined')
    const { default: TicketIndex } = await import('@/pages/Agent/TicketIndex.vue')
    const props = {
      ...makeSharedProps(),
      tickets: makePaginator([makeTicket({ id: 1, subject: 'Export crashes' })], 'length-aware'),
      filters: {},
      departments: [],
      tags: [],
    }
    const html = await render(TicketIndex, props)
    expect(html).toContain('Export crashes')
    expect(html).toContain('href="/support/agent/tickets/ESC-00001"')
  })

  it('renders the dashboard without window or document', async () => {
    const { default: Dashboard } = await import('@/pages/Agent/Dashboard.vue')
    const html = await render(Dashboard, {
      ...makeSharedProps(),
      stats: { open: 3 },
      recentTickets: [makeTicket({ subject: 'Refund please' })],
    })
    expect(html).toContain('Refund please')
    expect(html).toContain('href="/support/agent/tickets?status=open"')
  })
})
