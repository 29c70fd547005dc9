import { mount } from '@vue/test-utils'
import { within } from '@testing-library/dom'
import { describe, expect, it, vi } from 'vitest'
import Pagination from '@/components/ui/Pagination.vue'
import { pageItems, pageUrl } from '@/components/ui/pagination'

const url = '/support/agent/tickets?status=open&page=4'

function render(props: Partial<InstanceType<typeof Pagination>['$props']> = {}) {
  const wrapper = mount(Pagination, { props: { page: 4, lastPage: 10, url, ...props } })
  return { wrapper, screen: within(wrapper.element as HTMLElement) }
}

describe('Pagination', () => {
  it('is a labelled navigation landmark', () => {
    const { screen } = render()
    expect(screen.getByRole('navigation', { name: 'Pagination' })).toBeTruthy()
  })

  it('links each page to the current URL with page set, filters kept', () => {
    const { screen } = render()
    expect(screen.getByRole('link', { name: 'Page 5' }).getAttribute('href')).toBe(
      '/support/agent/tickets?status=open&page=5',
    )
    expect(screen.getByRole('link', { name: 'Next page' }).getAttribute('href')).toBe(
      '/support/agent/tickets?status=open&page=5',
    )
    expect(screen.getByRole('link', { name: 'Previous page' }).getAttribute('href')).toBe(
      '/support/agent/tickets?status=open&page=3',
    )
  })

  it('marks the current page', () => {
    const { screen } = render()
    expect(screen.getByRole('link', { name: 'Page 4' }).getAttribute('aria-current')).toBe('page')
    expect(screen.getByRole('link', { name: 'Page 5' }).getAttribute('aria-current')).toBeNull()
  })

  it('shows the first, last and neighbouring pages with gaps between', () => {
    const { screen, wrapper } = render({ page: 6, lastPage: 20 })
    const pages = screen
      .getAllByRole('link', { name: /^Page / })
      .map((link) => link.textContent?.trim())
    expect(pages).toEqual(['1', '5', '6', '7', '20'])
    expect(wrapper.findAll('[data-part="pagination-ellipsis"]')).toHaveLength(2)
  })

  it('has no previous link on the first page and no next link on the last', () => {
    expect(render({ page: 1 }).screen.queryByRole('link', { name: 'Previous page' })).toBeNull()
    expect(render({ page: 10 }).screen.queryByRole('link', { name: 'Next page' })).toBeNull()
  })

  it('calls visit instead of navigating on a plain click', async () => {
    const visit = vi.fn()
    const { wrapper } = render({ visit })
    const link = wrapper.get('a[aria-label="Page 5"]')
    const event = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 })
    link.element.dispatchEvent(event)
    expect(visit).toHaveBeenCalledWith('/support/agent/tickets?status=open&page=5')
    expect(event.defaultPrevented).toBe(true)
  })

  it('leaves ctrl- and cmd-clicks to the browser (open in a new tab)', () => {
    const visit = vi.fn()
    const { wrapper } = render({ visit })
    const link = wrapper.get('a[aria-label="Page 5"]').element
    const ctrl = new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true })
    const meta = new MouseEvent('click', { bubbles: true, cancelable: true, metaKey: true })
    link.dispatchEvent(ctrl)
    link.dispatchEvent(meta)
    expect(visit).not.toHaveBeenCalled()
    expect(ctrl.defaultPrevented || meta.defaultPrevented).toBe(false)
  })

  it('summarises the range shown when total and perPage are known', () => {
    const { wrapper } = render({ page: 2, lastPage: 3, total: 40, perPage: 15 })
    expect(wrapper.get('[data-part="pagination-summary"]').text()).toBe(
      'Showing 16–30 of 40 results',
    )
  })

  it('renders nothing for a single page without a total', () => {
    expect(render({ page: 1, lastPage: 1 }).wrapper.html()).toBe('<!--v-if-->')
  })

  it('shows only the summary for a single page with a total', () => {
    const { wrapper, screen } = render({ page: 1, lastPage: 1, total: 1, perPage: 15 })
    expect(screen.queryByRole('navigation')).toBeNull()
    expect(wrapper.text()).toBe('Showing 1–1 of 1 result')
  })

  it('clamps a page outside the range', () => {
    const { screen } = render({ page: 99 })
    expect(screen.getByRole('link', { name: 'Page 10' }).getAttribute('aria-current')).toBe('page')
  })
})

describe('pageItems', () => {
  it('lists every page when there are few', () => {
    expect(pageItems(2, 5)).toEqual([1, 2, 3, 4, 5])
  })

  it('shows a single skipped page instead of a gap', () => {
    expect(pageItems(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7])
  })

  it('puts gaps on both sides of the current page', () => {
    expect(pageItems(10, 20)).toEqual([1, 'ellipsis', 9, 10, 11, 'ellipsis', 20])
  })
})

describe('pageUrl', () => {
  it('keeps relative URLs relative and the hash', () => {
    expect(pageUrl('/support/tickets?q=printer#list', 2)).toBe(
      '/support/tickets?q=printer&page=2#list',
    )
  })

  it('keeps absolute URLs absolute', () => {
    expect(pageUrl('https://help.example.com/support/tickets', 3)).toBe(
      'https://help.example.com/support/tickets?page=3',
    )
  })
})
