// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { within } from '@testing-library/dom'
import { normalizeTicket, type Ticket } from '@/contract'
import ReplyThread from '@/components/reply/ReplyThread.vue'
import { createAuthorResolver } from '@/components/reply/authors'
import { ticketOpeningMessage } from '@/components/reply/opening'
import { makeAttachment, makeReply, makeSharedProps, makeTicket, makeUser } from '../../fixtures'
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

describe('ReplyThread with the ticket’s opening message', () => {
  const OPENING =
    '<p>Export to CSV crashes the app.</p><img src="x" onerror="alert(1)"><script>alert(2)</script>'

  function ticketWith(count: number, overrides: Record<string, unknown> = {}) {
    const replies = Array.from({ length: count }, (_, index) =>
      makeReply({ id: count - index, author_id: 2, body: `<p>Message ${count - index}</p>` }),
    )
    const ticket = normalizeTicket({
      ...makeTicket({ replies, description: OPENING, created_at: '2026-01-10T08:00:00Z' }),
      ...overrides,
    })
    if (!ticket) throw new Error('no ticket')
    return ticket
  }

  function renderOpening(ticket: Ticket, windowAfter?: number) {
    return mountEscalated(ReplyThread, {
      props: {
        replies: ticket.replies,
        opening: ticketOpeningMessage(ticket),
        resolveAuthor: createAuthorResolver(ticket, [makeUser()]),
        windowAfter,
        canPin: true,
        canSplit: true,
      },
      pageProps: { ...makeSharedProps() },
      attach: true,
    })
  }

  const openings = (root: Element) => root.querySelectorAll('article[data-kind="opening"]')

  it('shows the description once, sanitised, as the requester’s original request', async () => {
    const { wrapper } = renderOpening(ticketWith(2))
    await flushPromises()
    const found = openings(wrapper.element)
    expect(found).toHaveLength(1)
    const opening = found[0] as HTMLElement
    expect(opening.textContent).toContain('Export to CSV crashes the app.')
    expect(within(opening).getByRole('heading', { level: 3 }).textContent).toMatch(
      /Frank Customer\s*— Original request/,
    )
    expect(opening.querySelector('script')).toBeNull()
    expect(opening.querySelector('[onerror]')).toBeNull()
    expect(wrapper.html()).not.toContain('alert(')
  })

  it('shows when the ticket was opened', async () => {
    const ticket = ticketWith(1)
    const { wrapper } = renderOpening(ticket)
    await flushPromises()
    const time = openings(wrapper.element)[0]?.querySelector('time')
    expect(time?.getAttribute('datetime')).toBe(ticket.created_at)
    expect(time?.textContent?.trim()).toContain('2026')
  })

  it('offers no pin or split on the opening message', async () => {
    const { wrapper } = renderOpening(ticketWith(1))
    await flushPromises()
    const opening = openings(wrapper.element)[0] as HTMLElement
    expect(within(opening).queryAllByRole('button')).toHaveLength(0)
  })

  it('links the ticket’s own files by name to the URL the server sent', async () => {
    const ticket = ticketWith(1, {
      attachments: [
        makeAttachment({ id: 7, original_filename: 'crash.log' }),
        { ...makeAttachment({ id: 8, original_filename: 'screen.png' }), url: undefined },
      ].map((file, index) =>
        index === 1
          ? { ...file, downloadUrl: '/support/attachments/8/download' }
          : { ...file, url: undefined, download_url: 'https://files.example.test/7' },
      ),
    })
    const { wrapper } = renderOpening(ticket)
    await flushPromises()
    const opening = openings(wrapper.element)[0] as HTMLElement
    const links = within(opening).getAllByRole('link')
    expect(links.map((link) => [link.textContent?.trim(), link.getAttribute('href')])).toEqual([
      ['crash.log', 'https://files.example.test/7'],
      ['screen.png', '/support/attachments/8/download'],
    ])
  })

  it('is the last article of a newest-first thread, counted in its positions', async () => {
    const { wrapper } = renderOpening(ticketWith(3))
    await flushPromises()
    const articles = wrapper.findAll('[data-part="reply-feed"] article')
    expect(articles.map((article) => article.attributes('data-kind'))).toEqual([
      'reply',
      'reply',
      'reply',
      'opening',
    ])
    expect(articles[3]?.attributes()).toMatchObject({ 'aria-posinset': '4', 'aria-setsize': '4' })
    expect(wrapper.text()).toContain('Conversation (4 messages)')
  })

  it('leads a thread whose replies come oldest first', async () => {
    const ticket = ticketWith(0, {
      replies: [
        makeReply({ id: 1, created_at: '2026-01-11T08:00:00Z', body: 'First answer' }),
        makeReply({ id: 2, created_at: '2026-01-12T08:00:00Z', body: 'Second answer' }),
      ],
    })
    const { wrapper } = renderOpening(ticket)
    await flushPromises()
    const kinds = wrapper.findAll('article').map((article) => article.attributes('data-kind'))
    expect(kinds).toEqual(['opening', 'reply', 'reply'])
  })

  it('is reached with Page Down from the oldest reply', async () => {
    const { wrapper } = renderOpening(ticketWith(2))
    await flushPromises()
    const articles = wrapper.findAll('article')
    ;(articles[1]?.element as HTMLElement).focus()
    await articles[1]?.trigger('keydown', { key: 'PageDown' })
    await flushPromises()
    expect(document.activeElement?.getAttribute('data-kind')).toBe('opening')
  })

  it('stands alone, without the empty state, on a ticket with no replies', async () => {
    const { wrapper } = renderOpening(ticketWith(0))
    await flushPromises()
    expect(openings(wrapper.element)).toHaveLength(1)
    expect(wrapper.text()).not.toContain('No replies yet')
    expect(wrapper.text()).toContain('Conversation (1 message)')
  })

  it('is left out when the description is empty and no file is attached', async () => {
    const { wrapper } = renderOpening(ticketWith(2, { description: '', attachments: [] }))
    await flushPromises()
    expect(openings(wrapper.element)).toHaveLength(0)
    expect(wrapper.findAll('article')).toHaveLength(2)
  })

  describe('when the thread is windowed', () => {
    const scrollY = Object.getOwnPropertyDescriptor(window, 'scrollY')
    afterEach(() => {
      if (scrollY) Object.defineProperty(window, 'scrollY', scrollY)
      else Reflect.deleteProperty(window, 'scrollY')
    })

    function scrollWindowTo(offset: number): void {
      Object.defineProperty(window, 'scrollY', { configurable: true, value: offset })
      window.dispatchEvent(new Event('scroll'))
    }

    it('keeps the opening message as the last, oldest article at the end of the feed', async () => {
      const { wrapper } = renderOpening(ticketWith(2000))
      await flushPromises()
      const feed = within(wrapper.element as HTMLElement).getByRole('feed')
      expect(feed.hasAttribute('data-windowed')).toBe(true)
      expect(openings(feed)).toHaveLength(0)
      expect(within(feed).getAllByRole('article')[0]?.getAttribute('aria-setsize')).toBe('2001')

      scrollWindowTo(2001 * 180)
      await flushPromises()
      const articles = within(feed).getAllByRole('article')
      expect(articles.length).toBeLessThan(40)
      const last = articles[articles.length - 1]
      expect(last?.getAttribute('data-kind')).toBe('opening')
      expect(last?.getAttribute('aria-posinset')).toBe('2001')
      expect(last?.getAttribute('aria-setsize')).toBe('2001')
      expect(articles[articles.length - 2]?.textContent).toContain('Message 1')
    })
  })
})
