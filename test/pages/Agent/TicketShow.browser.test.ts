import axe from 'axe-core'
import { afterEach, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { mount, type VueWrapper } from '@vue/test-utils'
import '@/theme/index.css'
import TicketShow from '@/pages/Agent/TicketShow.vue'
import { EscalatedPlugin } from '@/plugin/plugin'
import type { Transport } from '@/plugin/transport'
import type { PanelMode } from '@/theme/types'
import {
  makeActivity,
  makeAttachment,
  makeCustomAction,
  makeReply,
  makeSharedProps,
  makeTag,
  makeTicket,
  makeUser,
} from '../../fixtures'

const transport: Transport = {
  visit: async () => ({ status: 'ok' }),
  reload: async () => ({ status: 'ok' }),
}

function props(replyCount = 6): Record<string, unknown> {
  const replies = Array.from({ length: replyCount }, (_, index) =>
    makeReply({
      id: replyCount - index,
      author_id: index % 2 ? 2 : 4,
      author: index % 2 ? makeUser() : null,
      is_internal_note: index === 1,
      is_pinned: index === 1,
      body: `<p>Message ${replyCount - index} with <a href="https://example.test">a link</a>.</p>`,
      attachments: index === 0 ? [makeAttachment()] : [],
    }),
  )
  return {
    ...makeSharedProps(),
    ticket: makeTicket({
      assigned_to: 2,
      first_response_due_at: new Date(Date.now() + 30 * 60_000).toISOString(),
      resolution_due_at: new Date(Date.now() - 90 * 60_000).toISOString(),
      tags: [makeTag()],
      replies,
      activities: [makeActivity(), makeActivity({ id: 2, type: 'note_added', properties: null })],
    }),
    departments: [
      { id: 1, name: 'Support' },
      { id: 2, name: 'Billing' },
    ],
    tags: [makeTag(), makeTag({ id: 2, name: 'Refund', color: '#10b981' })],
    cannedResponses: [{ id: 1, title: 'Thanks', body: 'Thanks!' }],
    macros: [{ id: 1, name: 'Escalate to high', actions: [] }],
    customActions: [
      makeCustomAction({ variant: 'primary', confirmation: 'Sync this ticket to the CRM?' }),
      makeCustomAction({
        key: 'escalate-legal',
        label: 'Escalate to legal',
        variant: 'danger',
        confirmation: 'Escalate?',
        metadata: { icon: 'scale' },
      }),
      makeCustomAction({
        key: 'print-label',
        label: 'Print shipping label',
        disabled: true,
        metadata: { icon: 'printer', reason: 'Set a department first' },
      }),
    ],
    is_following: true,
    followers_count: 2,
  }
}

let wrapper: VueWrapper | null = null
afterEach(() => {
  wrapper?.unmount()
  wrapper = null
})

function render(mode: PanelMode, replyCount?: number) {
  const pageProps = props(replyCount)
  wrapper = mount(TicketShow, {
    props: pageProps,
    attachTo: document.body,
    global: {
      plugins: [
        [
          EscalatedPlugin,
          {
            transport,
            pageProps: () => pageProps,
            pageUrl: () => '/support/agent/tickets/ESC-00001',
            theme: { panel: { mode } },
          },
        ],
      ],
    },
  })
}

async function seriousViolations(): Promise<string[]> {
  const results = await axe.run(document.body)
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`),
    )
}

describe('Agent TicketShow in a browser', () => {
  it.each(['light', 'dark'] as const)(
    'has no serious or critical axe violations in %s mode, closed and with a dialog open',
    async (mode) => {
      render(mode)
      await expect.element(page.getByRole('heading', { level: 1 })).toBeVisible()
      expect(await seriousViolations()).toEqual([])
      await page.getByRole('button', { name: 'Sync CRM' }).click()
      await expect.element(page.getByRole('alertdialog')).toBeVisible()
      expect(await seriousViolations()).toEqual([])
      await userEvent.keyboard('{Escape}')
    },
  )

  it('keeps a 2,000-reply thread to a few dozen rendered replies while scrolling', async () => {
    render('light', 2000)
    const feed = page.getByRole('feed')
    const count = () => feed.element().querySelectorAll('article').length
    await expect.poll(count).toBeGreaterThan(0)
    expect(count()).toBeLessThan(40)
    window.scrollTo(0, document.documentElement.scrollHeight / 2)
    await expect
      .poll(() => feed.element().querySelector('article')?.getAttribute('aria-posinset'))
      .not.toBe('1')
    const positions = Array.from(feed.element().querySelectorAll('article')).map((article) =>
      Number(article.getAttribute('aria-posinset')),
    )
    expect(count()).toBeLessThan(40)
    expect(Math.min(...positions)).toBeGreaterThan(500)
  })
})
