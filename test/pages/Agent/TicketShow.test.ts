// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { within } from '@testing-library/dom'
import TicketShow from '@/pages/Agent/TicketShow.vue'
import { makeCustomAction, makeReply, makeSharedProps, makeTicket, makeUser } from '../../fixtures'
import { loadBackendPage, type BackendConvention } from '../../helpers/backendFixtures'
import { mountEscalated } from '../../helpers/mount'
import { deferred, type RecordedVisit } from '../../helpers/recordingTransport'
import type { VisitResult } from '@/plugin/transport'

function fixtureProps(convention: BackendConvention): Record<string, unknown> {
  return { ...(loadBackendPage(convention, 'inertia-agent-ticket-show').props as object) }
}

function render(props: Record<string, unknown>) {
  const mounted = mountEscalated(TicketShow, { props, pageProps: props, attach: true })
  const screen = within(mounted.wrapper.element as HTMLElement)
  return { ...mounted, screen }
}

const text = (element: Element | null | undefined) =>
  (element?.textContent ?? '').replace(/\s+/g, ' ').trim()

// What a user reads, without times (the two captures were taken in separate runs).
function visible(wrapper: VueWrapper) {
  const root = wrapper.element as HTMLElement
  const all = (selector: string) => Array.from(root.querySelectorAll(selector))
  const withoutTime = (element: Element) => {
    const copy = element.cloneNode(true) as Element
    copy.querySelectorAll('time').forEach((time) => time.remove())
    return text(copy)
  }
  const selectedLabel = (label: string) => {
    const select = within(root).getByLabelText(label) as HTMLSelectElement
    return select.selectedOptions[0]?.textContent?.trim()
  }
  return {
    reference: text(root.querySelector('[data-part="ticket-reference"]')),
    subject: text(root.querySelector('h1')),
    status: text(root.querySelector('[data-part="status-badge"]')),
    priority: text(root.querySelector('[data-part="priority-badge"]')),
    requester: text(root.querySelector('[data-part="ticket-requester"]')),
    pinned: all('[data-part="pinned-notes"] article').map(withoutTime),
    // Replies written in the same second have no reliable order between the captures.
    replies: all('[data-part="reply-feed"] article').map(withoutTime).sort(),
    activities: all('[data-part="activity"]').map(withoutTime).sort(),
    department: selectedLabel('Department'),
    statusField: selectedLabel('Status'),
    tags: all('[data-part="ticket-tags"] input:checked').map((input) => text(input.parentElement)),
    followers: text(root.querySelector('[data-part="followers-count"]')),
    canned: all('[data-part="canned-response-picker"] option').map(text),
    macros: all('[data-part="macro-picker"] option').map(text),
  }
}

beforeEach(() => localStorage.clear())
afterEach(() => localStorage.clear())

describe('Escalated/Agent/TicketShow', () => {
  describe.each(['adonis', 'snake_case'] as const)('with the %s capture', (convention) => {
    it('shows the ticket, its thread, pinned note, sidebar and activity', async () => {
      const { wrapper } = render(fixtureProps(convention))
      await flushPromises()
      const shown = visible(wrapper)
      expect(shown).toMatchObject({
        reference: 'ESC-00001',
        subject: 'Customer: app crashes on export',
        status: 'In Progress',
        priority: 'High',
        department: 'Billing',
        statusField: 'In Progress',
        tags: ['Bug', 'VIP'],
        followers: 'You follow this ticket',
        canned: ['Choose…', 'Thanks (general)'],
        macros: ['Choose…', 'Escalate to high'],
      })
      expect(shown.requester).toContain('Unknown requester')
      expect(shown.requester).toContain('2 tickets')
      // Three replies and the requester's opening message.
      expect(shown.replies).toHaveLength(4)
      expect(shown.replies.filter((reply) => reply.includes('Original request'))).toHaveLength(1)
      expect(shown.pinned).toEqual([expect.stringContaining('Internal: reproduced locally.')])
      expect(shown.activities).toHaveLength(12)
    })
  })

  it('shows the same screen for the Adonis and the snake_case capture', async () => {
    const adonis = render(fixtureProps('adonis'))
    await flushPromises()
    const fromAdonis = visible(adonis.wrapper)
    adonis.wrapper.unmount()
    const snake = render(fixtureProps('snake_case'))
    await flushPromises()
    expect(visible(snake.wrapper)).toEqual(fromAdonis)
  })

  it('marks internal notes apart from public replies, in text', async () => {
    const { wrapper } = render(fixtureProps('adonis'))
    await flushPromises()
    const note = wrapper.get('[data-part="reply-feed"] article[data-kind="note"]')
    expect(note.text()).toContain('Internal note')
    expect(wrapper.findAll('[data-part="reply-feed"] article[data-kind="reply"]')).toHaveLength(2)
  })

  it('offers only the allowed status transitions', async () => {
    const { screen } = render(fixtureProps('snake_case'))
    await flushPromises()
    const options = Array.from((screen.getByLabelText('Status') as HTMLSelectElement).options)
    expect(options.map((option) => option.value)).toEqual([
      'in_progress',
      'waiting_on_customer',
      'waiting_on_agent',
      'escalated',
      'resolved',
      'closed',
    ])
  })

  describe('posting to the contract routes', () => {
    async function ready() {
      const rendered = render(fixtureProps('snake_case'))
      await flushPromises()
      return rendered
    }
    const visits = (requests: RecordedVisit[]) =>
      requests.filter((request) => request.kind === 'visit')

    it('sends a reply with its body and clears the draft after success', async () => {
      const { screen, requests } = await ready()
      const box = screen.getByLabelText('Reply to the requester') as HTMLTextAreaElement
      box.value = 'We shipped a fix.'
      box.dispatchEvent(new Event('input'))
      await flushPromises()
      expect(localStorage.getItem('escalated:draft:ticket:ESC-00001')).toBe('We shipped a fix.')
      screen.getByRole('button', { name: 'Send reply' }).click()
      await flushPromises()
      expect(visits(requests)[0]).toMatchObject({
        url: '/support/agent/tickets/ESC-00001/reply',
        data: { body: 'We shipped a fix.' },
      })
      expect(box.value).toBe('')
      expect(localStorage.getItem('escalated:draft:ticket:ESC-00001')).toBeNull()
    })

    it('sends an internal note to the note route with Ctrl+Enter', async () => {
      const { screen, requests } = await ready()
      screen.getByLabelText('Internal note').click()
      await flushPromises()
      const box = screen.getByLabelText('Internal note (agents only)') as HTMLTextAreaElement
      box.value = 'Checked the logs.'
      box.dispatchEvent(new Event('input'))
      box.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }),
      )
      await flushPromises()
      expect(visits(requests)[0]).toMatchObject({
        url: '/support/agent/tickets/ESC-00001/note',
        data: { body: 'Checked the logs.' },
      })
    })

    it('keeps the text and shows the error when the reply fails', async () => {
      const { screen, requests, transport, wrapper } = await ready()
      transport.respondWith(() => ({ status: 'http-error', httpStatus: 500, message: null }))
      const box = screen.getByLabelText('Reply to the requester') as HTMLTextAreaElement
      box.value = 'Keep me.'
      box.dispatchEvent(new Event('input'))
      screen.getByRole('button', { name: 'Send reply' }).click()
      await flushPromises()
      expect(visits(requests)).toHaveLength(1)
      expect(box.value).toBe('Keep me.')
      expect(within(document.body).getByRole('alert').textContent).toContain(
        'Something went wrong on the server',
      )
      expect(wrapper.exists()).toBe(true)
    })

    it('locks the composer while sending, so a second press sends nothing', async () => {
      const { screen, requests, transport } = await ready()
      const held = deferred<VisitResult>()
      transport.respondWith(() => held.promise)
      const box = screen.getByLabelText('Reply to the requester') as HTMLTextAreaElement
      box.value = 'Once.'
      box.dispatchEvent(new Event('input'))
      const button = screen.getByRole('button', { name: 'Send reply' })
      button.click()
      await flushPromises()
      expect(button.getAttribute('aria-busy')).toBe('true')
      button.click()
      await flushPromises()
      held.resolve({ status: 'ok' })
      await flushPromises()
      expect(visits(requests)).toHaveLength(1)
    })

    it('refuses an empty reply without posting (A would answer with a 500)', async () => {
      const { screen, requests } = await ready()
      screen.getByRole('button', { name: 'Send reply' }).click()
      await flushPromises()
      expect(requests).toHaveLength(0)
      expect(screen.getByText('Write a message first.')).toBeTruthy()
    })

    it('changes the status after Save', async () => {
      const { screen, requests } = await ready()
      const select = screen.getByLabelText('Status') as HTMLSelectElement
      select.value = 'resolved'
      select.dispatchEvent(new Event('change'))
      await flushPromises()
      expect(requests).toHaveLength(0)
      screen.getByRole('button', { name: 'Save Status' }).click()
      await flushPromises()
      expect(visits(requests)[0]).toMatchObject({
        url: '/support/agent/tickets/ESC-00001/status',
        data: { status: 'resolved' },
      })
      // The recording transport flashes nothing, so the page confirms by itself.
      expect(
        within(document.body).getByRole('status', { name: 'Notifications' }).textContent,
      ).toContain('Status updated.')
    })

    it('assigns the ticket to the signed-in agent when it is someone else’s', async () => {
      const props = {
        ...makeSharedProps({ user: makeUser({ id: 3, name: 'Carol Agent' }) }),
        ticket: makeTicket({ assigned_to: 2 }),
      }
      const { screen, requests } = render(props)
      await flushPromises()
      screen.getByRole('button', { name: 'Assign to me' }).click()
      await flushPromises()
      expect(visits(requests)[0]).toMatchObject({
        url: '/support/agent/tickets/ESC-00001/assign',
        data: { agent_id: 3 },
      })
    })

    it('sends the complete tag set when a tag is ticked', async () => {
      const { screen, requests } = await ready()
      screen.getByRole('checkbox', { name: 'Refund' }).click()
      await flushPromises()
      expect(visits(requests)[0]).toMatchObject({
        url: '/support/agent/tickets/ESC-00001/tags',
        data: { tag_ids: [1, 3, 2] },
      })
    })

    it('toggles following', async () => {
      const { screen, requests } = await ready()
      const follow = screen.getByRole('button', { name: 'Follow' })
      expect(follow.getAttribute('aria-pressed')).toBe('true')
      follow.click()
      await flushPromises()
      expect(visits(requests)[0]?.url).toBe('/support/agent/tickets/ESC-00001/follow')
    })

    it('applies a macro by id', async () => {
      const { screen, requests } = await ready()
      const select = screen.getByLabelText('Macro') as HTMLSelectElement
      select.value = '1'
      select.dispatchEvent(new Event('change'))
      await flushPromises()
      screen.getByRole('button', { name: 'Apply macro' }).click()
      await flushPromises()
      expect(visits(requests)[0]).toMatchObject({
        url: '/support/agent/tickets/ESC-00001/macro',
        data: { macro_id: 1 },
      })
    })

    it('inserts a canned response into the message', async () => {
      const { screen } = await ready()
      const select = screen.getByLabelText('Canned response') as HTMLSelectElement
      select.value = '1'
      select.dispatchEvent(new Event('change'))
      await flushPromises()
      screen.getByRole('button', { name: 'Insert' }).click()
      await flushPromises()
      const box = screen.getByLabelText('Reply to the requester') as HTMLTextAreaElement
      expect(box.value).toBe('Thanks for reaching out, we are on it.')
    })

    it('pins a note through its reply route', async () => {
      const { screen, requests } = await ready()
      const feed = screen.getByRole('feed')
      within(feed).getByRole('button', { name: 'Pin note' }).click()
      await flushPromises()
      expect(visits(requests)[0]?.url).toBe('/support/agent/tickets/ESC-00001/replies/4/pin')
    })

    it('splits a reply into a new ticket after confirmation', async () => {
      const { screen, requests } = await ready()
      within(screen.getByRole('feed'))
        .getAllByRole('button', { name: 'Split into new ticket' })[0]
        ?.click()
      await flushPromises()
      const dialog = within(document.body).getByRole('alertdialog')
      expect(requests).toHaveLength(0)
      within(dialog).getByRole('button', { name: 'Split reply' }).click()
      await flushPromises()
      expect(visits(requests)[0]).toMatchObject({
        url: '/support/agent/tickets/ESC-00001/split',
        data: { reply_id: expect.any(Number) },
      })
    })

    it('snoozes with the 1 hour preset and unsnoozes a snoozed ticket', async () => {
      const { screen, requests } = await ready()
      const before = Date.now()
      screen.getByRole('button', { name: 'Snooze: 1 hour' }).click()
      await flushPromises()
      const until = Date.parse(
        String((visits(requests)[0]?.data as Record<string, unknown>).snoozed_until),
      )
      expect(until - before).toBeGreaterThanOrEqual(3_600_000 - 1000)
      expect(until - before).toBeLessThan(3_600_000 + 5000)

      const snoozed = render({
        ...fixtureProps('adonis'),
        ticket: makeTicket({ is_snoozed: true, snoozed_until: '2026-12-01T09:00:00Z' }),
      })
      await flushPromises()
      snoozed.screen.getByRole('button', { name: 'Unsnooze' }).click()
      await flushPromises()
      expect(visits(snoozed.requests)[0]?.url).toBe('/support/agent/tickets/ESC-00001/unsnooze')
    })

    it('sends attachments as multipart with upload progress', async () => {
      const { screen, requests, transport, wrapper } = await ready()
      const held = deferred<VisitResult>()
      transport.respondWith(() => held.promise)
      const input = wrapper.get('[data-part="composer-attachments"] input[type="file"]')
      const file = new File(['log line'], 'crash.txt', { type: 'text/plain' })
      Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
      await input.trigger('change')
      expect(screen.getByText('crash.txt')).toBeTruthy()
      const box = screen.getByLabelText('Reply to the requester') as HTMLTextAreaElement
      box.value = 'Log attached.'
      box.dispatchEvent(new Event('input'))
      screen.getByRole('button', { name: 'Send reply' }).click()
      await flushPromises()
      const visit = visits(requests)[0]
      expect(visit?.options.forceFormData).toBe(true)
      const form = visit?.data as FormData
      expect(form.get('body')).toBe('Log attached.')
      expect((form.getAll('attachments[]')[0] as File).name).toBe('crash.txt')
      visit?.options.onProgress?.(40)
      await flushPromises()
      expect(
        screen.getByRole('progressbar', { name: 'Upload progress' }).getAttribute('value'),
      ).toBe('40')
      held.resolve({ status: 'ok' })
      await flushPromises()
      expect(screen.queryByText('crash.txt')).toBeNull()
    })
  })

  it('restores the draft after a reload', async () => {
    const first = render(fixtureProps('adonis'))
    await flushPromises()
    const box = first.screen.getByLabelText('Reply to the requester') as HTMLTextAreaElement
    box.value = 'Half-written answer'
    box.dispatchEvent(new Event('input'))
    await flushPromises()
    first.wrapper.unmount()
    const second = render(fixtureProps('adonis'))
    await flushPromises()
    const restored = second.screen.getByLabelText('Reply to the requester') as HTMLTextAreaElement
    expect(restored.value).toBe('Half-written answer')
  })

  describe('for a light agent', () => {
    it('offers internal notes only and shows the ticket details read-only', async () => {
      const props = {
        ...fixtureProps('snake_case'),
        escalated: { prefix: 'support', is_agent: true, agent_type: 'light' },
      }
      const { screen, requests } = render(props)
      await flushPromises()
      expect(screen.queryByRole('radio', { name: 'Reply' })).toBeNull()
      expect(screen.getByText('Your seat allows internal notes only.')).toBeTruthy()
      expect((screen.getByLabelText('Status') as HTMLSelectElement).disabled).toBe(true)
      expect(screen.queryByRole('button', { name: 'Assign to me' })).toBeNull()
      const box = screen.getByLabelText('Internal note (agents only)') as HTMLTextAreaElement
      box.value = 'FYI'
      box.dispatchEvent(new Event('input'))
      screen.getByRole('button', { name: 'Add note' }).click()
      await flushPromises()
      expect(requests[0]?.url).toBe('/support/agent/tickets/ESC-00001/note')
    })
  })

  it('shows the custom actions bar with the host’s actions', async () => {
    const props = { ...fixtureProps('snake_case'), customActions: [makeCustomAction()] }
    const { screen } = render(props)
    await flushPromises()
    const bar = screen.getByRole('group', { name: 'Ticket actions' })
    expect(
      within(bar).getByRole('button', { name: 'Sync CRM' }).getAttribute('data-action-key'),
    ).toBe('sync-crm')
  })

  it('says so when the server sent no ticket', async () => {
    const { screen } = render({ ...makeSharedProps() })
    await flushPromises()
    expect(screen.getByText('This ticket could not be loaded')).toBeTruthy()
  })

  it('links attachments to the URL the server sent', async () => {
    const ticket = makeTicket({
      replies: [
        makeReply({
          attachments: [
            {
              id: 9,
              attachable_type: 'Reply',
              attachable_id: 1,
              filename: 'invoice.pdf',
              original_filename: 'invoice.pdf',
              mime_type: 'application/pdf',
              size: 2048,
              url: 'https://files.example.test/signed/9',
              created_at: '2026-01-15T09:30:00Z',
              updated_at: '2026-01-15T09:30:00Z',
            },
          ],
        }),
      ],
    })
    const { screen } = render({ ...makeSharedProps(), ticket })
    await flushPromises()
    expect(screen.getByRole('link', { name: 'Download invoice.pdf' }).getAttribute('href')).toBe(
      'https://files.example.test/signed/9',
    )
  })
})
