// Browser side of bench/queue-render.mjs: mounts the real Agent/TicketIndex page with N generated
// tickets and reports how long the first render took, how many rows reached the DOM, and how long
// selecting the whole page took. Nothing is fetched: visits land in a transport that does nothing.
import { createApp, nextTick } from 'vue'
import '@/theme/index.css'
import TicketIndex from '@/pages/Agent/TicketIndex.vue'
import { EscalatedPlugin } from '@/plugin/plugin'
import type { Transport } from '@/plugin/transport'
import { makePaginator, makeSharedProps, makeTag, makeTicket, makeUser } from '../../test/fixtures'

/** One measured render. */
export interface QueueRenderResult {
  /** Tickets in the page props. */
  tickets: number
  /** Mount plus a forced style and layout pass, in ms: what the user waits for. */
  firstRenderMs: number
  /** Until two animation frames later (painted, virtualizer settled), in ms. */
  paintedMs: number
  /** Ticket rows in the DOM. */
  domRows: number
  /** All `<tr>` elements in the DOM (header and spacers included). */
  domTableRows: number
  /** Header checkbox click until the DOM shows every ticket selected, in ms. */
  selectAllMs: number
  /** A second render in the same page (warm code, as on later Inertia visits), in ms. */
  warmRenderMs: number
}

const STATUSES = ['open', 'in_progress', 'waiting_on_customer', 'escalated', 'resolved']
const PRIORITIES = ['low', 'medium', 'high', 'urgent', 'critical']

function pageProps(count: number): Record<string, unknown> {
  const agents = [makeUser(), makeUser({ id: 3, name: 'Carol Agent', email: 'carol@example.test' })]
  const tags = [makeTag(), makeTag({ id: 2, name: 'Refund', color: '#10b981' })]
  const base = Date.parse('2026-01-15T09:30:00Z')
  const tickets = Array.from({ length: count }, (_, index) =>
    makeTicket({
      id: index + 1,
      subject: `Ticket ${index + 1}: export to CSV crashes the app`,
      status: STATUSES[index % STATUSES.length],
      priority: PRIORITIES[index % PRIORITIES.length],
      assigned_to: index % 3 === 0 ? null : (agents[index % 2]?.id ?? null),
      assignee: index % 3 === 0 ? null : (agents[index % 2] ?? null),
      tags: index % 4 === 0 ? tags : [],
      first_response_due_at: new Date(base + (index % 48) * 3_600_000).toISOString(),
      updated_at: new Date(base - index * 60_000).toISOString(),
    }),
  )
  return {
    ...makeSharedProps(),
    tickets: makePaginator(tickets, 'length-aware', { perPage: Math.max(count, 1) }),
    filters: { per_page: String(count) },
    departments: [{ id: 2, name: 'Billing' }],
    tags,
  }
}

const idle: Transport = {
  visit: async () => ({ status: 'ok' }),
  reload: async () => ({ status: 'ok' }),
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))

/** Mounts the page and returns the app with the time to a laid-out DOM. */
async function mountQueue(root: HTMLElement, count: number) {
  const props = pageProps(count)
  const url = `/support/agent/tickets?per_page=${count}`
  const start = performance.now()
  const app = createApp(TicketIndex, props)
  app.use(EscalatedPlugin, { transport: idle, pageProps: () => props, pageUrl: () => url })
  app.mount(root)
  await nextTick()
  // Reading layout forces style and layout now, so the time includes them and not only the VDOM.
  void document.body.getBoundingClientRect().height
  return { app, start, ms: performance.now() - start }
}

async function render(count: number): Promise<QueueRenderResult> {
  const root = document.getElementById('app')
  if (!root) throw new Error('no #app element')
  const { app, start, ms: firstRenderMs } = await mountQueue(root, count)
  await frame()
  await frame()
  const paintedMs = performance.now() - start

  const header = document.querySelector<HTMLInputElement>('[data-part="queue-select-page"]')
  if (!header) throw new Error('no header checkbox')
  const selectStart = performance.now()
  header.click()
  await nextTick()
  void document.body.getBoundingClientRect().height
  const selectAllMs = performance.now() - selectStart
  const selected = document.querySelector('[data-part="bulk-count"]')?.textContent ?? ''
  if (!selected.includes(count.toLocaleString('en')))
    throw new Error(`select-all showed "${selected}"`)

  const domRows = document.querySelectorAll('[data-part="queue-row"]').length
  const domTableRows = document.querySelectorAll('tr').length
  app.unmount()
  await frame()
  const warm = await mountQueue(root, count)
  warm.app.unmount()

  return {
    tickets: count,
    firstRenderMs,
    paintedMs,
    domRows,
    domTableRows,
    selectAllMs,
    warmRenderMs: warm.ms,
  }
}

declare global {
  interface Window {
    /** Set by the benchmark page for bench/queue-render.mjs. */
    queueBench?: { render: (count: number) => Promise<QueueRenderResult> }
  }
}

window.queueBench = { render }
