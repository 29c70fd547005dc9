/**
 * The panel module (dist/widget/panel-[hash].js), imported by the loader on the first intent.
 * The views (lit-html templates over Vue's reactivity), the adapters and the English catalogue
 * are bundled here; other catalogues load as separate chunks.
 */
import { ref } from 'vue'
import { isApiError } from '@/api/errors'
import type { PanelCommand, PanelController, PanelHost } from '../loader/bridge'
import type { WidgetView } from '../loader/types'
import css from './widget.css?inline'
import { createAdapter, type WidgetConfig } from './adapters'
import { record } from './adapters/read'
import { createContact } from './contact'
import type { PanelContext } from './context'
import { createHelp } from './help'
import { createWidgetHttp } from './http'
import { createWidgetI18n } from './i18n'
import { createPanelView } from './panelView'
import { createRenderer } from './render'
import { createRichText } from './richText'
import { createStatus } from './status'
import { createStorage } from './storage'

/** Where the backend's widget API lives: `{baseUrl}{widgetPath}` with the per-backend default. */
export function widgetEndpoint(embed: PanelHost['config'], pageUrl: string): string {
  const path =
    embed.widgetPath || (embed.backend === 'nestjs' ? '/escalated/widget' : '/support/widget')
  return new URL(`/${path.replace(/^\/+|\/+$/g, '')}`, new URL(embed.baseUrl || '/', pageUrl)).href
}

/** Creates and mounts the panel, hidden until the loader opens it. */
export function createPanel(host: PanelHost, fetchImpl?: typeof fetch): PanelController {
  const { config: embed, root } = host
  const doc = root.ownerDocument
  const win = doc.defaultView ?? window
  const endpoint = widgetEndpoint(embed, win.location.href)
  const adapter = createAdapter(
    embed.backend,
    createWidgetHttp(endpoint, fetchImpl ?? win.fetch.bind(win)),
  )
  const { i18n, setLocale } = createWidgetI18n()
  const now = ref(Date.now())
  const config = ref<WidgetConfig>()
  const localeReady = ref(false)
  let ticker: ReturnType<typeof setInterval> | undefined
  const renderer = createRenderer()
  let ids = 0
  const element = doc.createElement('div')

  const context: PanelContext = {
    t: i18n.t,
    i18n,
    adapter,
    config,
    base: endpoint,
    now,
    tickUntil(time) {
      clearInterval(ticker)
      now.value = Date.now()
      ticker = setInterval(() => {
        now.value = Date.now()
        if (now.value >= time) clearInterval(ticker)
      }, 1000)
    },
    announce(message) {
      // Cleared first so that the same message is announced again.
      context.live.value = ''
      void context.nextTick().then(() => (context.live.value = message))
    },
    report(operation, error) {
      host.emit('error', {
        operation,
        kind: isApiError(error) ? error.kind : 'server',
        message: error instanceof Error ? error.message : String(error),
        status: isApiError(error) ? error.status : 0,
      })
    },
    emit: host.emit,
    session: createStorage(() => win.sessionStorage, endpoint),
    local: createStorage(() => win.localStorage, endpoint),
    view: ref<WidgetView>('help'),
    open: ref(false),
    localeReady,
    configError: ref(),
    async loadConfig() {
      context.configError.value = undefined
      try {
        const loaded = await adapter.config()
        if (!loaded.enabled) return host.disable()
        config.value = loaded
        // The admin's branding overrides the embed values (contract §6.1).
        host.api.setTheme({ color: loaded.color, position: loaded.position })
        void focus()
      } catch (error) {
        context.configError.value = error
        context.report('config', error)
      }
    },
    close: () => host.api.close(),
    live: ref(''),
    nextTick: renderer.nextTick,
    uid: () => `esc-w${++ids}`,
    root: element,
    rich: createRichText(doc, endpoint),
  }

  const views = {
    help: createHelp(context),
    contact: createContact(context),
    status: createStatus(context),
  }
  const { help, contact, status } = views
  const panel = createPanelView(context, views)

  // Focus moves into the panel when it opens, and again once its content is ready.
  async function focus(): Promise<void> {
    await context.nextTick()
    if (context.open.value) panel.focusFirst()
  }

  async function changeLocale(locale: string): Promise<void> {
    await setLocale(locale)
    localeReady.value = true
    void focus()
  }

  function run([method, args]: PanelCommand): void {
    const [first] = args
    const text = typeof first === 'string' || typeof first === 'number' ? String(first) : ''
    const values = record(first)
    const value = (key: string) => {
      const item = values[key]
      return typeof item === 'string' || typeof item === 'number' ? String(item) : ''
    }
    if (method === 'identify' || method === 'prefill') {
      contact.fill({
        name: value('name'),
        email: value('email'),
        subject: value('subject'),
        description: value('description'),
        departmentId: value('departmentId'),
      })
      if (value('email')) status.edit('email', value('email'))
      if (value('reference')) status.edit('reference', value('reference'))
    } else if (method === 'setLocale') {
      void changeLocale(text)
    } else if (method === 'search') {
      context.view.value = 'help'
      help.back()
      help.search(text)
    } else if (method === 'openArticle') {
      context.view.value = 'help'
      void help.open(text)
    } else {
      context.view.value = method === 'checkStatus' ? 'status' : 'contact'
      if (method === 'checkStatus' && text) status.edit('reference', text)
    }
  }

  host.addStyles(css)
  root.append(element)
  renderer.mount(element, panel)
  void changeLocale(embed.locale)
  void context.loadConfig()
  for (const command of host.commands) run(command)

  return {
    setOpen(open) {
      context.open.value = open
      if (open) void focus()
    },
    run,
    destroy() {
      clearInterval(ticker)
      renderer.unmount()
      element.remove()
    },
  }
}
