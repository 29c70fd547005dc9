import { within } from '@testing-library/dom'
import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import TicketIndex from '@/pages/Agent/TicketIndex.vue'
import AdminTicketIndex from '@/pages/Admin/Tickets/Index.vue'
import { makePaginator, makeSharedProps, makeTicket } from '../../fixtures'
import { mountEscalated } from '../../helpers/mount'
import { stubFetch } from './queueKit'

const macros = [
  { id: 7, name: 'Close as duplicate', actions: [{ type: 'status', value: 'closed' }] },
  { id: 8, name: 'Escalate', actions: [{ type: 'priority', value: 'urgent' }] },
]

function pageProps(withMacros: boolean) {
  return {
    tickets: makePaginator(
      [
        makeTicket({ id: 1, subject: 'One', tags: [] }),
        makeTicket({ id: 2, subject: 'Two', tags: [] }),
        makeTicket({ id: 3, subject: 'Three', tags: [] }),
      ],
      'length-aware',
    ),
    filters: {},
    departments: [],
    tags: [],
    ...(withMacros ? { macros } : {}),
  }
}

function render(withMacros: boolean, page = TicketIndex) {
  // The saved-view sidebar asks its API; this harness has none.
  stubFetch(() => ({ status: 404 }))
  const props = pageProps(withMacros)
  const mounted = mountEscalated(page, {
    props,
    pageProps: { ...makeSharedProps(), ...props },
    pageUrl: '/support/agent/tickets',
    attach: true,
  })
  const screen = within(mounted.wrapper.element.parentElement ?? document.body)
  return { ...mounted, screen }
}

function actionSelect(screen: ReturnType<typeof render>['screen']): HTMLSelectElement {
  return screen.getByLabelText<HTMLSelectElement>('Bulk action')
}

async function select(element: HTMLSelectElement, value: string): Promise<void> {
  element.value = value
  element.dispatchEvent(new Event('change'))
  await flushPromises()
}

async function selectRows(
  screen: ReturnType<typeof render>['screen'],
  references: readonly string[],
): Promise<void> {
  for (const reference of references) screen.getByLabelText(`Select ${reference}`).click()
  await flushPromises()
}

afterEach(() => {
  document.body.innerHTML = ''
  vi.unstubAllGlobals()
})

describe('Bulk macro in the queue', () => {
  it('is not offered when the page sends no macros', async () => {
    const { screen, wrapper } = render(false)
    await selectRows(screen, ['ESC-00001'])
    const offered = [...actionSelect(screen).options].map((option) => option.textContent?.trim())
    expect(offered).toContain('Delete')
    expect(offered).not.toContain('Apply macro')
    wrapper.unmount()
  })

  it('posts the macro for each selected ticket, then shows the summary and clears the selection', async () => {
    const { screen, requests, wrapper } = render(true)
    await selectRows(screen, ['ESC-00001', 'ESC-00003'])
    await select(actionSelect(screen), 'macro')
    const macroSelect = screen.getByLabelText<HTMLSelectElement>('Macro')
    expect([...macroSelect.options].map((option) => option.textContent?.trim())).toEqual([
      'Choose…',
      'Close as duplicate',
      'Escalate',
    ])
    await select(macroSelect, '8')
    screen.getByRole('button', { name: 'Apply' }).click()
    await flushPromises()

    expect(requests.map((request) => [request.kind, request.url, request.data])).toEqual([
      ['visit', '/support/agent/tickets/ESC-00001/macro', { macro_id: '8' }],
      ['visit', '/support/agent/tickets/ESC-00003/macro', { macro_id: '8' }],
      ['reload', '', undefined],
    ])
    expect(screen.getByText('Macro run finished')).toBeTruthy()
    expect(
      [...document.querySelectorAll('[data-part="bulk-summary-item"]')].map((item) =>
        item.getAttribute('data-outcome'),
      ),
    ).toEqual(['applied', 'applied'])
    expect(screen.getByLabelText<HTMLInputElement>('Select ESC-00001').checked).toBe(false)
    expect(screen.getByLabelText<HTMLInputElement>('Select ESC-00003').checked).toBe(false)
    wrapper.unmount()
  })

  it('reports the ticket that failed with its reason and keeps only it selected', async () => {
    const { screen, transport, wrapper } = render(true)
    transport.respondWith((visit) =>
      visit.url.includes('ESC-00002')
        ? { status: 'http-error', httpStatus: 403, message: 'This action is unauthorized.' }
        : { status: 'ok' },
    )
    await selectRows(screen, ['ESC-00001', 'ESC-00002', 'ESC-00003'])
    await select(actionSelect(screen), 'macro')
    await select(screen.getByLabelText<HTMLSelectElement>('Macro'), '7')
    screen.getByRole('button', { name: 'Apply' }).click()
    await flushPromises()

    const failed = document.querySelector('[data-part="bulk-summary-item"][data-outcome="failed"]')
    expect(failed?.textContent).toContain('ESC-00002')
    expect(failed?.querySelector('[data-part="bulk-summary-reason"]')?.textContent?.trim()).toBe(
      'This action is unauthorized.',
    )
    expect(document.querySelector('[data-part="bulk-summary"]')?.textContent).toContain('1 failed')
    expect(
      ['ESC-00001', 'ESC-00002', 'ESC-00003'].map(
        (reference) => screen.getByLabelText<HTMLInputElement>(`Select ${reference}`).checked,
      ),
    ).toEqual([false, true, false])
    wrapper.unmount()
  })

  it('posts to the admin macro route from the admin list', async () => {
    const { screen, requests, wrapper } = render(true, AdminTicketIndex)
    await selectRows(screen, ['ESC-00002'])
    await select(actionSelect(screen), 'macro')
    await select(screen.getByLabelText<HTMLSelectElement>('Macro'), '7')
    screen.getByRole('button', { name: 'Apply' }).click()
    await flushPromises()
    expect(requests[0]?.url).toBe('/support/admin/tickets/ESC-00002/macro')
    wrapper.unmount()
  })
})
