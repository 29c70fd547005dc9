import { describe, expect, it } from 'vitest'
import { within } from '@testing-library/dom'
import TicketStatusTabs from '@/components/customer/TicketStatusTabs.vue'
import { mountEscalated } from '../../helpers/mount'

const hrefFor = (status: string) => (status ? `/support?status=${status}` : '/support')

describe('TicketStatusTabs', () => {
  it('adds a tab for a filter that is not among the defaults, marked current', () => {
    const { wrapper } = mountEscalated(TicketStatusTabs, {
      props: { status: 'escalated', hrefFor },
    })
    const tab = within(wrapper.element as HTMLElement).getByRole('link', { name: 'Escalated' })
    expect(tab.getAttribute('aria-current')).toBe('page')
    expect(tab.getAttribute('href')).toBe('/support?status=escalated')
  })

  it('emits the chosen status on a plain click and leaves modified clicks to the browser', async () => {
    const { wrapper } = mountEscalated(TicketStatusTabs, { props: { status: '', hrefFor } })
    const closed = wrapper.find('a[data-status="closed"]')
    await closed.trigger('click', { button: 0 })
    await closed.trigger('click', { button: 0, ctrlKey: true })
    expect(wrapper.emitted('update:status')).toEqual([['closed']])
  })
})
