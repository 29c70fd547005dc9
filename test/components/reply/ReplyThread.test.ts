// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { within } from '@testing-library/dom'
import { normalizeTicket } from '@/contract'
import ReplyThread from '@/components/reply/ReplyThread.vue'
import { createAuthorResolver } from '@/components/reply/authors'
import { makeReply, makeSharedProps, makeTicket, makeUser } from '../../fixtures'
import { mountEscalated } from '../../helpers/mount'

function thread(count: number) {
  const replies = Array.from({ length: count }, (_, index) =>
    makeReply({
      id: count - index,
      author_id: index % 2 ? 2 : 4,
      author: index % 2 ? makeUser() : undefined,
      is_internal_note: index % 7 === 3,
      body: `<p>Message ${count - index}</p><script>alert(1)</script>`,
    }),
  )
  const ticket = normalizeTicket(makeTicket({ replies }))
  if (!ticket) throw new Error('no ticket')
  return ticket
}

function render(count: number, windowAfter?: number, canSplit = true) {
  const ticket = thread(count)
  return mountEscalated(ReplyThread, {
    props: {
      replies: ticket.replies,
      pinnedNotes: ticket.pinned_notes,
      resolveAuthor: createAuthorResolver(ticket, [makeUser()]),
      windowAfter,
      canSplit,
    },
    pageProps: { ...makeSharedProps() },
    attach: true,
  })
}

describe('ReplyThread', () => {
  it('renders every reply of a short thread, sanitised', async () => {
    const { wrapper } = render(5)
    await flushPromises()
    const articles = wrapper.findAll('article')
    expect(articles).toHaveLength(5)
    expect(wrapper.find('script').exists()).toBe(false)
    expect(articles[0]?.text()).toContain('Message 5')
  })

  it('names the requester and agents as authors', async () => {
    const { wrapper } = render(2)
    await flushPromises()
    const [first, second] = wrapper.findAll('article h3')
    expect(first?.text()).toContain('Frank Customer')
    expect(second?.text()).toContain('Bob Agent')
  })

  it('windows a 2,000-reply thread, keeping its length and positions for screen readers', async () => {
    const { wrapper } = render(2000)
    await flushPromises()
    const feed = within(wrapper.element as HTMLElement).getByRole('feed', { name: 'Conversation' })
    const articles = within(feed).getAllByRole('article')
    expect(articles.length).toBeGreaterThan(0)
    expect(articles.length).toBeLessThan(40)
    expect(articles[0]?.getAttribute('aria-setsize')).toBe('2000')
    expect(articles[0]?.getAttribute('aria-posinset')).toBe('1')
    expect(wrapper.text()).toContain('Conversation (2000 messages)')
  })

  it('moves focus to the next article with Page Down', async () => {
    const { wrapper } = render(3)
    await flushPromises()
    const articles = wrapper.findAll('article')
    ;(articles[0]?.element as HTMLElement).focus()
    await articles[0]?.trigger('keydown', { key: 'PageDown' })
    await flushPromises()
    expect(document.activeElement).toBe(articles[1]?.element)
  })

  it('asks for confirmation before emitting split', async () => {
    const { wrapper } = render(2)
    await flushPromises()
    within(wrapper.element as HTMLElement)
      .getAllByRole('button', { name: 'Split into new ticket' })[0]
      ?.click()
    await flushPromises()
    expect(wrapper.emitted('split')).toBeUndefined()
    within(within(document.body).getByRole('alertdialog'))
      .getByRole('button', { name: 'Split reply' })
      .click()
    await flushPromises()
    expect(wrapper.emitted('split')?.[0]?.[0]).toMatchObject({ id: 2 })
  })

  it('shows an empty state for a ticket without replies', async () => {
    const { wrapper } = render(0)
    await flushPromises()
    expect(wrapper.text()).toContain('No replies yet')
  })
})
