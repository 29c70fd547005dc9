import axe from 'axe-core'
import { mount, type VueWrapper } from '@vue/test-utils'
import { nextTick } from 'vue'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import '@/theme/index.css'
import TicketIndex from '@/pages/Agent/TicketIndex.vue'
import { EscalatedPlugin } from '@/plugin/plugin'
import type { PanelMode } from '@/theme/types'
import { makePaginator, makeSharedProps, makeTicket } from '../../fixtures'
import { createRecordingTransport } from '../../helpers/recordingTransport'

let wrapper: VueWrapper | null = null

function props(count: number) {
  const tickets = Array.from({ length: count }, (_, index) =>
    makeTicket({ id: index + 1, subject: `Ticket number ${index + 1}`, tags: [] }),
  )
  return {
    ...makeSharedProps(),
    tickets: makePaginator(tickets, 'length-aware', { perPage: Math.max(count, 1) }),
    filters: {},
    departments: [{ id: 2, name: 'Billing' }],
    tags: [],
  }
}

async function render(count: number, mode: PanelMode = 'light') {
  // No saved-view API in this harness: the sidebar reports it as unavailable.
  vi.stubGlobal('fetch', async () => ({
    status: 404,
    headers: new Headers(),
    text: async () => '',
  }))
  const pageProps = props(count)
  wrapper = mount(TicketIndex, {
    props: pageProps,
    attachTo: document.body,
    global: {
      plugins: [
        [
          EscalatedPlugin,
          {
            transport: createRecordingTransport(),
            pageProps: () => pageProps,
            pageUrl: () => '/support/agent/tickets',
            theme: { panel: { mode } },
          },
        ],
      ],
    },
  })
  await expect.element(page.getByRole('table')).toBeVisible()
}

const rows = () => document.querySelectorAll('[data-part="queue-row"]')

afterEach(() => {
  wrapper?.unmount()
  wrapper = null
  vi.unstubAllGlobals()
  localStorage.clear()
})

describe('TicketQueue at scale', () => {
  it('keeps at most 60 rows in the DOM for 10,000 tickets and says how many there are', async () => {
    await render(10_000)
    expect(rows().length).toBeGreaterThan(5)
    expect(rows().length).toBeLessThanOrEqual(60)
    expect(document.querySelector('table')?.getAttribute('aria-rowcount')).toBe('10001')
  })

  it('renders the rows further down as the table scrolls, still at most 60', async () => {
    await render(10_000)
    const scroller = document.querySelector<HTMLElement>('[data-part="queue-table"]')
    if (!scroller) throw new Error('no scroller')
    scroller.scrollTop = scroller.scrollHeight
    await expect.poll(() => document.querySelector('[data-index="9999"]')).not.toBeNull()
    expect(rows().length).toBeLessThanOrEqual(60)
    expect(document.querySelector('[data-index="0"]')).toBeNull()
  })

  // How fast select-all is, is measured by bench/queue-render.mjs, not asserted here: timings in a
  // shared CI machine are noise. This checks what a user sees.
  it('selects and clears all 10,000 tickets on the page from the header checkbox', async () => {
    await render(10_000)
    const header = document.querySelector<HTMLInputElement>('[data-part="queue-select-page"]')
    if (!header) throw new Error('no header checkbox')
    header.click()
    await nextTick()
    expect(document.querySelector('[data-part="bulk-count"]')?.textContent).toContain(
      '10,000 tickets selected',
    )
    header.click()
    await nextTick()
    expect(header.checked).toBe(false)
    expect(document.querySelector<HTMLElement>('[data-part="bulk-count"]')?.checkVisibility()).toBe(
      false,
    )
  })

  it('moves the keyboard cursor with j and k, and selects under it with x', async () => {
    await render(10_000)
    await userEvent.keyboard('j')
    await expect
      .element(page.getByRole('link', { name: 'Ticket number 1', exact: true }))
      .toHaveFocus()
    await userEvent.keyboard('jj')
    await expect
      .element(page.getByRole('link', { name: 'Ticket number 3', exact: true }))
      .toHaveFocus()
    await userEvent.keyboard('x')
    await expect.element(page.getByRole('checkbox', { name: 'Select ESC-00003' })).toBeChecked()
    await userEvent.keyboard('k')
    await expect
      .element(page.getByRole('link', { name: 'Ticket number 2', exact: true }))
      .toHaveFocus()
  })

  it('scrolls a row far down the virtualized list into view to focus it', async () => {
    await render(10_000)
    // With no cursor yet, k starts from the bottom: row 10,000 is not in the DOM until scrolled to.
    expect(document.querySelector('[data-index="9999"]')).toBeNull()
    await userEvent.keyboard('k')
    await expect
      .element(page.getByRole('link', { name: 'Ticket number 10000', exact: true }))
      .toHaveFocus()
    expect(rows().length).toBeLessThanOrEqual(60)
  })

  it('leaves typed letters to the search field', async () => {
    await render(20)
    await userEvent.keyboard('/')
    const search = page.getByRole('searchbox', { name: 'Search tickets' })
    await expect.element(search).toHaveFocus()
    await userEvent.keyboard('jjx')
    await expect.element(search).toHaveValue('jjx')
    expect(
      document.querySelectorAll('[data-part="queue-row"][data-state="selected"]'),
    ).toHaveLength(0)
  })

  it.each<PanelMode>(['light', 'dark'])(
    'has no serious axe violations in %s mode',
    async (mode) => {
      await render(30, mode)
      const results = await axe.run(document.body, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] },
      })
      const serious = results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .flatMap((violation) =>
          violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`),
        )
      expect(serious).toEqual([])
    },
  )
})
