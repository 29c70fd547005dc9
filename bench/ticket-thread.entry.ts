// The page the benchmark opens: Escalated/Agent/TicketShow with a ticket of N replies, on a
// transport that records nothing. `?replies=2000&window=off` renders every reply, for comparison.
import { createApp, h } from 'vue'
import '../src/theme/index.css'
import { normalizeTicketShowProps } from '../src/contract'
import EscalatedLayout from '../src/components/layout/EscalatedLayout.vue'
import TicketWorkspace from '../src/components/ticket/TicketWorkspace.vue'
import TicketShow from '../src/pages/Agent/TicketShow.vue'
import { EscalatedPlugin } from '../src/plugin/plugin'
import { makeAttachment, makeReply, makeSharedProps, makeTicket, makeUser } from '../test/fixtures'

const query = new URLSearchParams(window.location.search)
const count = Number(query.get('replies') ?? 2000)
const windowed = query.get('window') !== 'off'

const bodies = [
  '<p>Export still crashes when the file is large.</p>',
  '<p>Thanks, we are looking into it. Could you send the <strong>log file</strong>?</p>',
  '<p>Here it is.</p><ul><li>Version 2.3</li><li>Windows 11</li></ul>',
  'Internal: reproduced locally.\nThe CSV writer runs out of memory above 10k rows.',
]
const replies = Array.from({ length: count }, (_, index) =>
  makeReply({
    id: count - index,
    author_id: index % 2 ? 2 : 4,
    author: index % 2 ? makeUser() : null,
    is_internal_note: index % 4 === 3,
    body: `${bodies[index % bodies.length]}<p>Message ${count - index}.</p>`,
    attachments: index % 25 === 0 ? [makeAttachment({ id: index + 1 })] : [],
  }),
)
const props = {
  ...makeSharedProps(),
  ticket: makeTicket({ replies }),
  departments: [{ id: 2, name: 'Billing' }],
  tags: [{ id: 1, name: 'Bug', color: '#ef4444' }],
  is_following: false,
  followers_count: 0,
}

performance.mark('app-start')
const app = windowed
  ? createApp(TicketShow, props)
  : createApp({
      setup: () => () =>
        h(EscalatedLayout, { section: 'agent' }, () =>
          h(TicketWorkspace, {
            data: normalizeTicketShowProps(props),
            windowAfter: Number.POSITIVE_INFINITY,
          }),
        ),
    })
app.use(EscalatedPlugin, {
  transport: {
    visit: async () => ({ status: 'ok' }),
    reload: async () => ({ status: 'ok' }),
  },
  pageProps: () => props,
  pageUrl: () => '/support/agent/tickets/ESC-00001',
})
app.mount('#app')
performance.mark('app-mounted')
// Two frames after mount: the first replies have been laid out and painted.
requestAnimationFrame(() =>
  requestAnimationFrame(() => {
    performance.mark('thread-painted')
    document.documentElement.dataset.ready = ''
  }),
)
