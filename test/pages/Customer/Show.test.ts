import { beforeEach, describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import Show from '@/pages/Customer/Show.vue'
import {
  makeAttachment,
  makeReply,
  makeSharedProps,
  makeTicket,
  makeUser,
  toAdonisCase,
  type RawTicket,
} from '../../fixtures'
import { loadBackendPage } from '../../helpers/backendFixtures'
import { deferred } from '../../helpers/recordingTransport'
import type { VisitResult } from '@/plugin/transport'
import { mountPage } from './mountPage'

const FRANK = makeUser({ id: 4, name: 'Frank Customer', email: 'frank@example.test' })

function props(ticket: Partial<RawTicket> | null, escalated: Record<string, unknown> = {}) {
  return {
    ...makeSharedProps({ user: FRANK, escalated }),
    ticket: ticket === null ? null : makeTicket(ticket),
  }
}

function mount(pageProps: Record<string, unknown>) {
  const mounted = mountPage(Show, pageProps, { pageUrl: '/support/ESC-00001' })
  const button = (name: string | RegExp) => mounted.screen.getByRole('button', { name })
  return { ...mounted, button }
}

async function chooseFiles(input: HTMLInputElement, files: File[]) {
  Object.defineProperty(input, 'files', { value: files, configurable: true })
  input.dispatchEvent(new Event('change'))
  await flushPromises()
}

const CONVERSATION = {
  replies: [
    makeReply({
      id: 3,
      author_id: 2,
      author: makeUser(),
      body: '<p>Fixed in <strong>2.1</strong>.</p>',
      created_at: '2026-01-15T12:00:00.000000Z',
      attachments: [
        makeAttachment({ id: 9, original_filename: 'patch-notes.pdf', filename: 'x.pdf' }),
      ],
    }),
    makeReply({
      id: 2,
      author_id: 2,
      is_internal_note: true,
      body: 'Internal: customer is VIP',
      created_at: '2026-01-15T11:00:00.000000Z',
    }),
    makeReply({
      id: 1,
      author_id: 4,
      body: 'Still broken',
      created_at: '2026-01-15T10:00:00.000000Z',
    }),
  ],
}

beforeEach(() => localStorage.clear())

describe('Customer/Show', () => {
  describe('with either casing', () => {
    const capture = loadBackendPage('adonis', 'inertia-customer-show').props as Record<
      string,
      unknown
    >
    const snake = {
      ...capture,
      ticket: makeTicket({
        subject: 'Customer: app crashes on export',
        description: 'Export to CSV crashes the app.',
        department: { ...makeTicket().department!, id: 1, name: 'Support' },
      }),
    }

    it.each([
      ['adonis capture', capture],
      ['snake_case', snake],
      ['snake_case camelCased', { ...snake, ticket: toAdonisCase(snake.ticket) }],
    ])('shows the ticket from the %s payload', async (_name, pageProps) => {
      const { screen } = mount(pageProps)
      await flushPromises()
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
        'Customer: app crashes on export',
      )
      const details = screen.getByRole('region', { name: 'Ticket details' })
      expect(details.textContent).toContain('ESC-00001')
      expect(details.textContent).toContain('Open')
      expect(details.textContent).toContain('Support')
      expect(screen.getByText('Export to CSV crashes the app.')).toBeTruthy()
    })
  })

  it('shows the public conversation oldest first, without internal notes', async () => {
    const { screen, wrapper } = mount(props(CONVERSATION))
    await flushPromises()
    const messages = wrapper.findAll('[data-part="conversation-message"]').map((m) => m.text())
    expect(messages).toHaveLength(3)
    expect(messages[0]).toContain('Export to CSV crashes the app.')
    expect(messages[1]).toMatch(/^You.*Still broken/)
    expect(messages[2]).toMatch(/^Bob Agent.*Fixed in 2\.1\./)
    expect(screen.queryByText(/customer is VIP/)).toBeNull()
    const download = screen.getByRole('link', { name: /patch-notes\.pdf/ })
    expect(download.getAttribute('href')).toBe('https://files.example.test/attachments/9')
  })

  it('says when an attachment cannot be downloaded instead of building a URL', async () => {
    const attachment = { ...makeAttachment(), url: undefined, download_url: undefined }
    const { screen } = mount(props({ attachments: [attachment as never] }))
    await flushPromises()
    expect(screen.queryByRole('link', { name: /invoice\.pdf/ })).toBeNull()
    expect(screen.getByText('(download unavailable)')).toBeTruthy()
  })

  describe('replying', () => {
    it('posts the reply once, shows it is sending, and clears the text after success', async () => {
      const { wrapper, requests, transport, button } = mount(props({}))
      const held = deferred<VisitResult>()
      transport.respondWith(() => held.promise)
      await flushPromises()
      await wrapper.find('textarea').setValue('It works now, thanks')
      const send = button('Send reply')
      send.click()
      send.click()
      await flushPromises()
      expect(requests).toHaveLength(1)
      expect(requests[0]).toMatchObject({
        url: '/support/ESC-00001/reply',
        method: 'post',
        data: { body: 'It works now, thanks' },
        options: { preserveScroll: true, preserveState: true },
      })
      expect(button(/Sending/).getAttribute('aria-busy')).toBe('true')
      held.resolve({ status: 'ok' })
      await flushPromises()
      expect((wrapper.find('textarea').element as HTMLTextAreaElement).value).toBe('')
    })

    it('refuses an empty reply without a request', async () => {
      const { wrapper, requests, button, screen } = mount(props({}))
      await flushPromises()
      await wrapper.find('textarea').setValue('   ')
      button('Send reply').click()
      await flushPromises()
      expect(requests).toHaveLength(0)
      expect(screen.getByText('Write a message before sending.')).toBeTruthy()
    })

    it('keeps the text and shows the server message next to the field when it is refused', async () => {
      const { wrapper, transport, button, screen } = mount(props({}))
      transport.respondWith(() => ({
        status: 'invalid',
        errors: { body: 'The body is too long.' },
      }))
      await flushPromises()
      await wrapper.find('textarea').setValue('Very long text')
      button('Send reply').click()
      await flushPromises()
      expect(screen.getByText('The body is too long.')).toBeTruthy()
      expect((wrapper.find('textarea').element as HTMLTextAreaElement).value).toBe('Very long text')
      expect(wrapper.find('textarea').attributes('aria-invalid')).toBe('true')
    })

    it('uploads chosen files with the reply and shows the progress', async () => {
      const { wrapper, transport, requests, button, screen } = mount(props({}))
      const held = deferred<VisitResult>()
      transport.respondWith((visit) => {
        visit.options.onProgress?.(42)
        return held.promise
      })
      await flushPromises()
      const file = new File(['log'], 'error.log.txt', { type: 'text/plain' })
      await chooseFiles(wrapper.find('input[type="file"]').element as HTMLInputElement, [file])
      expect(screen.getByRole('list', { name: 'Files to upload' }).textContent).toContain(
        'error.log.txt',
      )
      await wrapper.find('textarea').setValue('Log attached')
      button('Send reply').click()
      await flushPromises()
      expect(requests[0]?.data).toMatchObject({ body: 'Log attached', attachments: [file] })
      expect(requests[0]?.options.forceFormData).toBe(true)
      expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('42')
      held.resolve({ status: 'ok' })
      await flushPromises()
      expect(screen.queryByRole('progressbar')).toBeNull()
    })

    it('refuses files of a type or size the backend would reject', async () => {
      const { wrapper, screen } = mount(props({}, { max_attachment_size_kb: 1 }))
      await flushPromises()
      const input = wrapper.find('input[type="file"]').element as HTMLInputElement
      await chooseFiles(input, [
        new File(['x'], 'tool.exe'),
        new File(['x'.repeat(2048)], 'big.pdf'),
      ])
      expect(
        screen.getByText('tool.exe was not added: this file type is not allowed.'),
      ).toBeTruthy()
      expect(screen.getByText(/big\.pdf was not added: files may be at most/)).toBeTruthy()
      expect(screen.queryByRole('list', { name: 'Files to upload' })).toBeNull()
    })
  })

  describe('closing and reopening', () => {
    it('closes the ticket only after the customer confirms', async () => {
      const { requests, button, screen } = mount(props({}))
      await flushPromises()
      button('Close ticket').click()
      await flushPromises()
      const dialog = screen.getByRole('alertdialog', { name: 'Close this ticket?' })
      expect(requests).toHaveLength(0)
      ;(dialog.querySelector('[data-part="confirm-dialog-confirm"]') as HTMLElement).click()
      await flushPromises()
      expect(requests[0]).toMatchObject({ url: '/support/ESC-00001/close', method: 'post' })
    })

    it('offers no close button when the backend does not allow customers to close', async () => {
      const { screen } = mount(props({}, { allow_customer_close: false }))
      await flushPromises()
      expect(screen.queryByRole('button', { name: 'Close ticket' })).toBeNull()
    })

    it('replaces the reply form with a reopen button on a closed ticket', async () => {
      const { requests, button, screen } = mount(props({ status: 'closed' }))
      await flushPromises()
      expect(screen.queryByRole('textbox', { name: /Your message/ })).toBeNull()
      expect(screen.getByText(/This ticket is closed\. Reopen it/)).toBeTruthy()
      expect(screen.queryByRole('button', { name: 'Close ticket' })).toBeNull()
      button('Reopen ticket').click()
      await flushPromises()
      expect(requests[0]).toMatchObject({ url: '/support/ESC-00001/reopen', method: 'post' })
    })
  })

  describe('rating', () => {
    it('is not offered while the ticket is open', async () => {
      const { screen } = mount(props({}))
      await flushPromises()
      expect(screen.queryByRole('heading', { name: 'How did we do?' })).toBeNull()
    })

    it('sends 1–5 stars with a comment once resolved, then shows the rating given', async () => {
      const { wrapper, requests, button, screen } = mount(props({ status: 'resolved' }))
      await flushPromises()
      button('Send rating').click()
      await flushPromises()
      expect(requests).toHaveLength(0)
      expect(screen.getByText('Choose a rating from 1 to 5 stars.')).toBeTruthy()
      ;(screen.getByRole('radio', { name: '4 stars' }) as HTMLInputElement).click()
      await wrapper.find('[data-part="ticket-rating"] textarea').setValue('Quick fix')
      button('Send rating').click()
      await flushPromises()
      expect(requests[0]).toMatchObject({
        url: '/support/ESC-00001/rate',
        data: { rating: 4, comment: 'Quick fix' },
      })
      expect(screen.getByText('You rated this ticket 4 out of 5.')).toBeTruthy()
      expect(screen.queryByRole('button', { name: 'Send rating' })).toBeNull()
    })

    it('shows a rating the backend already has instead of the form', async () => {
      const { screen } = mount(
        props({ status: 'closed', satisfaction_rating: { id: 1, rating: 2, comment: 'Slow' } }),
      )
      await flushPromises()
      expect(screen.getByText('You rated this ticket 2 out of 5.')).toBeTruthy()
      expect(screen.queryByRole('button', { name: 'Send rating' })).toBeNull()
    })
  })

  it('updates every derived state when new props arrive', async () => {
    const mounted = mount(props({}))
    await flushPromises()
    expect(mounted.screen.queryByRole('button', { name: 'Send rating' })).toBeNull()
    await mounted.update(props({ status: 'resolved' }))
    await flushPromises()
    expect(mounted.screen.getByRole('button', { name: 'Send rating' })).toBeTruthy()
    expect(mounted.screen.getByRole('button', { name: 'Reopen ticket' })).toBeTruthy()
    expect(mounted.screen.getByRole('region', { name: 'Ticket details' }).textContent).toContain(
      'Resolved',
    )
  })

  it('explains a missing ticket instead of rendering an empty page', async () => {
    const { screen } = mount(props(null))
    await flushPromises()
    expect(
      screen.getByRole('heading', { name: "This ticket isn't available", level: 2 }),
    ).toBeTruthy()
  })
})
