/**
 * A story harness for the widget panel: the real panel module inside a shadow root, talking to
 * canned backend answers instead of the network. Nothing is fetched.
 */
import { defineComponent, h, onBeforeUnmount, onMounted, ref, type PropType } from 'vue'
import { createPanel } from '../../widget/app/index'
import type { PanelCommand, PanelController } from '../../widget/loader/bridge'
import type { WidgetThemeMode } from '../../widget/loader/types'

/** Canned answers by `METHOD /path` (relative to the widget endpoint, query ignored). */
export type StoryAnswers = Record<string, { status?: number; body?: unknown }>

/** Laravel's `/config` with everything on. */
export const CONFIG = {
  enabled: true,
  color: '#4F46E5',
  position: 'bottom-right',
  greeting: 'Hi! How can we help?',
  departments: [
    { id: 1, name: 'Support' },
    { id: 2, name: 'Billing' },
  ],
  kb_enabled: true,
  guest_tickets_enabled: true,
}

/** KB search hits and an article. */
export const ARTICLES: StoryAnswers = {
  'GET /articles': {
    body: {
      articles: [
        {
          title: 'Reset your password',
          slug: 'reset',
          excerpt: 'Use the link on the sign-in page.',
        },
        { title: 'Download an invoice', slug: 'invoice', excerpt: 'Invoices live under Billing.' },
      ],
    },
  },
  'GET /articles/reset': {
    body: {
      title: 'Reset your password',
      slug: 'reset',
      body: '<p>Open the <a href="/login">sign-in page</a> and choose <strong>Forgot password</strong>.</p><ol><li>Enter your email.</li><li>Follow the link we send.</li></ol>',
    },
  },
}

function answer(answers: StoryAnswers, input: RequestInfo | URL, init?: RequestInit): Response {
  const url = new URL(String(input))
  const path = url.pathname.replace(/^\/(?:support|escalated)\/widget/, '')
  const found = answers[`${init?.method ?? 'GET'} ${path}`]
  const body = found?.body === undefined ? null : JSON.stringify(found.body)
  return new Response(body, {
    status: found?.status ?? (found ? 200 : 404),
    headers: { 'Content-Type': 'application/json' },
  })
}

/** The open panel in a shadow root, as the loader would show it. */
export const WidgetPanel = defineComponent({
  name: 'WidgetPanel',
  props: {
    /** Canned backend answers. */
    answers: { type: Object as PropType<StoryAnswers>, required: true },
    /** Backend adapter. */
    backend: { type: String, default: 'laravel' },
    /** Locale of the panel. */
    locale: { type: String, default: 'en' },
    /** Colour mode. */
    mode: { type: String as PropType<WidgetThemeMode>, default: 'light' },
    /** API calls to run first (`openTicketForm`, `checkStatus`…). */
    commands: { type: Array as PropType<PanelCommand[]>, default: () => [] },
  },
  setup(props) {
    const element = ref<HTMLElement>()
    let controller: PanelController | undefined
    onMounted(() => {
      const host = element.value
      if (!host) return
      host.dataset.escMode = props.mode
      const root = host.attachShadow({ mode: 'open' })
      const launcher = document.createElement('button')
      launcher.hidden = true
      root.append(launcher)
      const api = { close: () => undefined, setTheme: () => undefined }
      controller = createPanel(
        {
          api: api as never,
          root,
          config: {
            baseUrl: 'https://help.example.test',
            widgetPath: '',
            backend: props.backend,
            color: '',
            position: '',
            theme: props.mode,
            locale: props.locale,
            nonce: '',
          },
          commands: props.commands,
          addStyles(css) {
            const sheet = new CSSStyleSheet()
            sheet.replaceSync(css)
            root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet]
          },
          emit: (event, payload) => console.info('[widget story]', event, payload),
          disable: () => console.info('[widget story] disabled by the backend'),
        },
        async (input, init) => answer(props.answers, input, init),
      )
      controller.setOpen(true)
    })
    onBeforeUnmount(() => controller?.destroy())
    return () => h('div', { ref: element, 'data-widget-story': '' })
  },
})
