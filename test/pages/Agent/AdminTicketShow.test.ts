// @vitest-environment jsdom
// The admin twin of Agent/TicketShow (src/pages/Admin/Tickets/Show.vue); it lives here because this
// folder holds the ticket screen's page tests.
import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { within } from '@testing-library/dom'
import AdminTicketShow from '@/pages/Admin/Tickets/Show.vue'
import { makeSharedProps, makeTicket, makeUser, toAdonisCase } from '../../fixtures'
import { loadBackendPage } from '../../helpers/backendFixtures'
import { mountEscalated } from '../../helpers/mount'

const AGENTS = [
  { id: 1, name: 'Alice Admin', email: 'alice@example.test' },
  { id: 2, name: 'Bob Agent', email: 'bob@example.test' },
  { id: 3, name: 'Carol Agent', email: 'carol@example.test' },
]

function render(props: Record<string, unknown>) {
  const mounted = mountEscalated(AdminTicketShow, { props, pageProps: props, attach: true })
  return { ...mounted, screen: within(mounted.wrapper.element as HTMLElement) }
}

const adminShared = () =>
  makeSharedProps({ user: makeUser({ id: 1, name: 'Alice Admin' }), escalated: { is_admin: true } })

describe('Escalated/Admin/Tickets/Show', () => {
  it('renders inside the admin chrome', async () => {
    const { wrapper } = render({ ...adminShared(), ticket: makeTicket(), agents: AGENTS })
    await flushPromises()
    expect(wrapper.find('[data-section="admin"]').exists()).toBe(true)
    expect(wrapper.get('h1').text()).toBe('Customer: app crashes on export')
  })

  it('names the assignee from the agents list, since A sends only assignedTo', async () => {
    const ticket = toAdonisCase(makeTicket({ assigned_to: 3 }))
    const { screen } = render({ ...adminShared(), ticket, agents: AGENTS })
    await flushPromises()
    const select = screen.getByLabelText('Assignee') as HTMLSelectElement
    expect(select.selectedOptions[0]?.textContent?.trim()).toBe('Carol Agent')
  })

  it('assigns to a chosen agent through the admin route', async () => {
    const { screen, requests } = render({ ...adminShared(), ticket: makeTicket(), agents: AGENTS })
    await flushPromises()
    const select = screen.getByLabelText('Assignee') as HTMLSelectElement
    select.value = '2'
    select.dispatchEvent(new Event('change'))
    await flushPromises()
    screen.getByRole('button', { name: 'Save Assignee' }).click()
    await flushPromises()
    expect(requests[0]).toMatchObject({
      url: '/support/admin/tickets/ESC-00001/assign',
      data: { agent_id: 2 },
    })
  })

  it('sends replies and status changes to the admin routes', async () => {
    const { screen, requests } = render({ ...adminShared(), ticket: makeTicket(), agents: AGENTS })
    await flushPromises()
    const box = screen.getByLabelText('Reply to the requester') as HTMLTextAreaElement
    box.value = 'Admin here.'
    box.dispatchEvent(new Event('input'))
    screen.getByRole('button', { name: 'Send reply' }).click()
    await flushPromises()
    const status = screen.getByLabelText('Status') as HTMLSelectElement
    status.value = 'closed'
    status.dispatchEvent(new Event('change'))
    await flushPromises()
    screen.getByRole('button', { name: 'Save Status' }).click()
    await flushPromises()
    expect(requests.map((request) => request.url)).toEqual([
      '/support/admin/tickets/ESC-00001/reply',
      '/support/admin/tickets/ESC-00001/status',
    ])
  })

  it('renders an agent-page capture with the same data', async () => {
    const props = loadBackendPage('adonis', 'inertia-agent-ticket-show').props as Record<
      string,
      unknown
    >
    const { wrapper } = render({ ...props, agents: AGENTS })
    await flushPromises()
    expect(wrapper.get('[data-part="ticket-reference"]').text()).toBe('ESC-00001')
    expect(
      wrapper.findAll('[data-part="reply-feed"] article:not([data-kind="opening"])'),
    ).toHaveLength(3)
    expect(wrapper.find('[data-part="reply-feed"] article[data-kind="opening"]').exists()).toBe(
      true,
    )
  })
})
