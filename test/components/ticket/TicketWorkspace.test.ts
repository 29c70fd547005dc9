// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { within } from '@testing-library/dom'
import { normalizeTicketShowProps } from '@/contract'
import TicketWorkspace from '@/components/ticket/TicketWorkspace.vue'
import { makeAttachment, makeReply, makeSharedProps, makeTicket } from '../../fixtures'
import { loadBackendPage } from '../../helpers/backendFixtures'
import { mountEscalated } from '../../helpers/mount'

function render(raw: Record<string, unknown>, windowAfter?: number) {
  const mounted = mountEscalated(TicketWorkspace, {
    props: { data: normalizeTicketShowProps(raw), windowAfter },
    pageProps: raw,
    attach: true,
  })
  return { ...mounted, root: mounted.wrapper.element as HTMLElement }
}

function pageWith(ticket: Record<string, unknown>): Record<string, unknown> {
  return { ...makeSharedProps(), ticket: makeTicket(ticket), departments: [], tags: [] }
}

const opening = (root: HTMLElement) =>
  Array.from(root.querySelectorAll<HTMLElement>('[role="feed"] article[data-kind="opening"]'))

describe('TicketWorkspace', () => {
  describe.each(['snake_case', 'adonis'] as const)('with the %s capture', (convention) => {
    it('shows the requester’s original request as the oldest message of the thread', async () => {
      const raw = loadBackendPage(convention, 'inertia-agent-ticket-show').props as Record<
        string,
        unknown
      >
      const { root } = render(raw)
      await flushPromises()
      const articles = within(within(root).getByRole('feed')).getAllByRole('article')
      const last = articles[articles.length - 1]
      expect(opening(root)).toEqual([last])
      expect(last?.textContent).toContain('Export to CSV crashes the app.')
      // A names no requester for user tickets ("Unknown"); the thread says so, like the header.
      expect(within(last as HTMLElement).getByRole('heading').textContent).toMatch(
        /Unknown requester\s*— Original request/,
      )
      expect(last?.getAttribute('aria-posinset')).toBe('4')
      expect(last?.getAttribute('aria-setsize')).toBe('4')
    })
  })

  it('names the requester and renders the description sanitised', async () => {
    const { root } = render(
      pageWith({
        description: '<p>Export <em>still</em> fails.</p><img src="x" onerror="alert(1)">',
        replies: [makeReply({ id: 2, author_id: 2 })],
      }),
    )
    await flushPromises()
    const [message] = opening(root)
    expect(message?.querySelector('h3')?.textContent).toContain('Frank Customer')
    expect(within(message as HTMLElement).getByText('Original request')).toBeTruthy()
    expect(message?.querySelector('em')?.textContent).toBe('still')
    expect(message?.querySelector('[onerror]')).toBeNull()
  })

  it('lists the files attached to the ticket as download links', async () => {
    const { root } = render(
      pageWith({
        attachments: [
          makeAttachment({ id: 5, original_filename: 'export.csv' }),
          makeAttachment({ id: 6, original_filename: 'stack-trace.txt' }),
        ],
      }),
    )
    await flushPromises()
    const links = within(opening(root)[0] as HTMLElement).getAllByRole('link')
    expect(links.map((link) => link.textContent?.trim())).toEqual(['export.csv', 'stack-trace.txt'])
    expect(links[0]?.getAttribute('href')).toBe('https://files.example.test/attachments/5')
  })

  it('shows no opening message when the description is empty and nothing is attached', async () => {
    const { root } = render(pageWith({ description: '', replies: [makeReply()] }))
    await flushPromises()
    expect(opening(root)).toEqual([])
    expect(root.querySelectorAll('[role="feed"] article')).toHaveLength(1)
  })

  describe('when the thread is windowed', () => {
    const scrollY = Object.getOwnPropertyDescriptor(window, 'scrollY')
    afterEach(() => {
      vi.restoreAllMocks()
      if (scrollY) Object.defineProperty(window, 'scrollY', scrollY)
      else Reflect.deleteProperty(window, 'scrollY')
      Reflect.deleteProperty(document.documentElement, 'scrollHeight')
    })

    // jsdom has no layout: give the page the thread's height and let scrollTo move the window, as
    // a browser would, so the feed renders the rows it scrolls to.
    function emulateScrolling(pageHeight: number): void {
      Object.defineProperty(document.documentElement, 'scrollHeight', {
        configurable: true,
        value: pageHeight,
      })
      vi.spyOn(window, 'scrollTo').mockImplementation((...args: unknown[]) => {
        const [first, second] = args
        const top =
          typeof first === 'object' && first !== null && 'top' in first
            ? Number(first.top)
            : Number(second)
        Object.defineProperty(window, 'scrollY', { configurable: true, value: top })
        window.dispatchEvent(new Event('scroll'))
      })
    }

    it('reaches the opening message with Page Down after the last reply', async () => {
      emulateScrolling(46 * 180)
      const replies = Array.from({ length: 45 }, (_, index) =>
        makeReply({ id: 45 - index, body: `Reply ${45 - index}` }),
      )
      const { root } = render(pageWith({ replies }), 40)
      await flushPromises()
      const feed = within(root).getByRole('feed')
      expect(feed.hasAttribute('data-windowed')).toBe(true)
      const first = within(feed).getAllByRole('article')[0]
      expect(first?.getAttribute('aria-setsize')).toBe('46')
      // Page Down from article to article walks the feed down to its end.
      let current = first as HTMLElement
      for (let step = 0; step < 45; step += 1) {
        current.focus()
        current.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true }))
        await flushPromises()
        await new Promise((resolve) => requestAnimationFrame(resolve))
        current = document.activeElement as HTMLElement
      }
      expect(current.getAttribute('data-kind')).toBe('opening')
      expect(current.getAttribute('aria-posinset')).toBe('46')
    })
  })

  describe('reply attachments', () => {
    beforeEach(() => localStorage.clear())

    const file = (name: string, bytes = 10) => new File([new Uint8Array(bytes)], name)

    function composer(root: HTMLElement) {
      const form = root.querySelector<HTMLElement>('[data-part="reply-composer"]')
      const input = form?.querySelector<HTMLInputElement>('input[type="file"]')
      if (!form || !input) throw new Error('no composer')
      const screen = within(form)
      return {
        form,
        input,
        screen,
        limits: () => form.querySelector('[data-part="attachment-limits"]')?.textContent?.trim(),
        listed: () =>
          Array.from(form.querySelectorAll('[data-part="composer-file"]')).map(
            (item) => item.querySelector('span')?.textContent,
          ),
        pick: async (files: File[]) => {
          Object.defineProperty(input, 'files', { value: files, configurable: true })
          input.dispatchEvent(new Event('change'))
          await flushPromises()
        },
        type: async (value: string) => {
          const box = screen.getByLabelText('Reply to the requester') as HTMLTextAreaElement
          box.value = value
          box.dispatchEvent(new Event('input'))
          await flushPromises()
          return box
        },
        submit: async () => {
          screen.getByRole('button', { name: 'Send reply' }).click()
          await flushPromises()
        },
      }
    }

    it('follows L’s default limits when the page sends no settings', async () => {
      const { root } = render(pageWith({}))
      await flushPromises()
      const { input, limits, pick, screen, listed } = composer(root)
      expect(limits()).toBe(
        'Up to 5 files, each at most 10 MB. Allowed types: jpg, jpeg, png, gif, webp, pdf, doc, docx, xls, xlsx, csv, txt, zip, mp4, mp3.',
      )
      expect(input.accept.split(',')).toContain('.pdf')
      await pick([file('crash.log'), file('crash.txt')])
      expect(listed()).toEqual(['crash.txt'])
      expect(
        screen.getByText('crash.log was not added: this file type is not allowed.'),
      ).toBeTruthy()
    })

    it('follows the limits the page sends and sends no refused file', async () => {
      const { root, requests } = render({
        ...pageWith({}),
        max_attachments_per_reply: 2,
        max_attachment_size_kb: 1,
        allowed_attachment_types: ['pdf', 'png'],
      })
      await flushPromises()
      const { input, limits, pick, type, submit, screen } = composer(root)
      expect(limits()).toBe('Up to 2 files, each at most 1 kB. Allowed types: pdf, png.')
      expect(input.accept).toBe('.pdf,.png')
      await pick([file('scan.pdf'), file('photo.png', 4096), file('a.png'), file('b.png')])
      expect(screen.getByText('photo.png was not added: files may be at most 1 kB.')).toBeTruthy()
      expect(
        screen.getByText('b.png was not added: a message can carry at most 2 files.'),
      ).toBeTruthy()
      await type('Scans attached.')
      await submit()
      const form = requests.find((visit) => visit.url.endsWith('/reply'))?.data as FormData
      expect(form.getAll('attachments[]').map((sent) => (sent as File).name)).toEqual([
        'scan.pdf',
        'a.png',
      ])
    })

    it('shows a 422 about the files in the composer and keeps the text and files', async () => {
      const raw = pageWith({})
      const { root, transport, setPageProps } = render(raw)
      await flushPromises()
      const errors = {
        'attachments.0': 'The attachments.0 field must not be greater than 10240 kilobytes.',
      }
      // Inertia answers a 422 with the same page and the errors bag in its props.
      transport.respondWith(() => {
        setPageProps({ ...raw, errors })
        return { status: 'invalid', errors }
      })
      const { pick, type, submit, form, listed } = composer(root)
      await pick([file('archive.zip')])
      const box = await type('Here is the archive.')
      await submit()
      const messages = form.querySelector('[data-part="attachment-rejections"]')
      expect(messages?.textContent).toContain(
        'The attachments.0 field must not be greater than 10240 kilobytes.',
      )
      expect(box.value).toBe('Here is the archive.')
      expect(listed()).toEqual(['archive.zip'])
    })

    it('shows a count error sent on `attachments` as well', async () => {
      const { root } = render({
        ...pageWith({}),
        errors: { attachments: 'The attachments field must not have more than 5 items.' },
      })
      await flushPromises()
      const { form } = composer(root)
      expect(
        within(form).getByText('The attachments field must not have more than 5 items.'),
      ).toBeTruthy()
    })
  })
})
