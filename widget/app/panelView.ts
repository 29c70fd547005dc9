import { computed } from 'vue'
import { html, nothing, type TemplateResult } from 'lit-html'
import { keyed } from 'lit-html/directives/keyed.js'
import type { WidgetView } from '../loader/types'
import type { Contact } from './contact'
import { createContactView } from './contactView'
import type { PanelContext } from './context'
import { describeError } from './errors'
import type { Help } from './help'
import { createHelpView } from './helpView'
import type { Status } from './status'
import { createStatusView } from './statusView'

/** The panel's views' states. */
export interface PanelStates {
  help: Help
  contact: Contact
  status: Status
}

/** The panel: a dialog with the Help / Contact / Status tabs, and the polite live region. */
export interface PanelView {
  /** The template. */
  (): TemplateResult
  /** Moves focus to the view's first control, unless the visitor is already in the view. */
  focusFirst(): void
}

/** Creates the panel's view. */
export function createPanelView(context: PanelContext, states: PanelStates): PanelView {
  const { t, i18n, config, configError, localeReady, open, view, live, adapter } = context
  const id = context.uid()
  const dialog = () => context.root.querySelector<HTMLElement>('.panel')

  // Help only when the backend enabled and really serves a KB; otherwise the form comes first
  // (contract §6.3: the original opened on an empty Help tab).
  const tabs = computed<WidgetView[]>(() => {
    const loaded = config.value
    if (!loaded) return []
    const kb: WidgetView[] = loaded.kbEnabled && adapter.hasKb ? ['help'] : []
    return loaded.guestTicketsEnabled ? [...kb, 'contact', 'status'] : kb
  })
  const active = computed(() => (tabs.value.includes(view.value) ? view.value : tabs.value[0]))

  function select(tab: WidgetView | undefined, focusTab = false): void {
    if (!tab) return
    view.value = tab
    if (focusTab) {
      void context
        .nextTick()
        .then(() => dialog()?.querySelector<HTMLElement>(`#${id}-${tab}`)?.focus())
    }
  }

  function checkStatus(reference: string, email: string): void {
    states.status.edit('reference', reference)
    states.status.edit('email', email)
    select('status')
    void states.status.lookup()
  }

  const views = {
    help: createHelpView(context, states.help),
    contact: createContactView(context, states.contact, checkStatus),
    status: createStatusView(context, states.status),
  }

  // Arrow keys move between tabs (mirrored right to left), Home and End jump; selection follows.
  function onTabKey(event: KeyboardEvent): void {
    const list = tabs.value
    const index = list.indexOf(active.value ?? 'help')
    const forward = i18n.dir.value === 'rtl' ? 'ArrowLeft' : 'ArrowRight'
    const backward = forward === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft'
    const target = {
      [forward]: index + 1,
      [backward]: index - 1 + list.length,
      Home: 0,
      End: list.length - 1,
    }[event.key]
    if (target === undefined) return
    event.preventDefault()
    select(list[target % list.length], true)
  }

  function onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return
    event.stopPropagation()
    context.close()
  }

  function body(): TemplateResult {
    const error = configError.value
    if (error) {
      return html`<div class="body alert" role="alert">
        ${describeError(error, t)}
        <button type="button" class="link" @click=${() => void context.loadConfig()}>
          ${t('retry')}
        </button>
      </div>`
    }
    if (!config.value || !localeReady.value) {
      return html`<p class="body notice" role="status">${t('loading')}</p>`
    }
    const current = active.value
    if (!current) return html`<p class="body notice">${t('unavailable')}</p>`
    const list = tabs.value
    const tabbed = list.length > 1
    return html`${
        tabbed
          ? html`<div role="tablist" class="tabs" aria-label=${t('views')} @keydown=${onTabKey}>
              ${list.map(
                (tab) =>
                  html`<button
                    id="${id}-${tab}"
                    type="button"
                    role="tab"
                    class="tab"
                    aria-selected=${tab === current ? 'true' : 'false'}
                    aria-controls="${id}-view"
                    tabindex=${tab === current ? 0 : -1}
                    @click=${() => select(tab)}
                  >
                    ${t(`tab.${tab}`)}
                  </button>`,
              )}
            </div>`
          : nothing
      }
      <div
        id="${id}-view"
        class="body"
        role=${tabbed ? 'tabpanel' : nothing}
        aria-labelledby=${tabbed ? `${id}-${current}` : nothing}
      >
        ${
          // Keyed: each view gets its own DOM, as the forms of Contact and Status share a
          // template and lit would otherwise reuse one form for the other.
          keyed(
            current,
            current === 'help'
              ? views.help(list.includes('contact'), () => select('contact'))
              : views[current](),
          )
        }
      </div>`
  }

  function panel(): TemplateResult {
    const loaded = config.value
    return html`<div
      class="panel"
      role="dialog"
      aria-labelledby="${id}-title"
      dir=${i18n.dir.value}
      lang=${i18n.locale.value}
      tabindex="-1"
      @keydown=${onKeydown}
    >
      <header class="head">
        ${loaded?.logoUrl ? html`<img src=${loaded.logoUrl} alt="" class="logo" />` : nothing}
        <div>
          <h2 id="${id}-title" class="heading">${loaded?.brandName || t('title')}</h2>
          ${loaded?.greeting ? html`<p class="greeting">${loaded.greeting}</p>` : nothing}
        </div>
        <button type="button" class="close" aria-label=${t('close')} @click=${context.close}>
          ×
        </button>
      </header>
      ${body()}
    </div>`
  }

  return Object.assign(
    () =>
      html`${open.value ? panel() : nothing}
        <div class="sr-only" aria-live="polite">${live.value}</div>`,
    {
      focusFirst() {
        const element = dialog()
        const inside = element?.querySelector('.body')
        const root = element?.getRootNode() as ShadowRoot | Document | undefined
        if (inside?.contains(root?.activeElement ?? null)) return
        ;(inside?.querySelector<HTMLElement>('.input, button') ?? element)?.focus()
      },
    },
  )
}
