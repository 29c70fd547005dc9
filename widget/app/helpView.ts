import { html, nothing, type TemplateResult } from 'lit-html'
import type { PanelContext } from './context'
import { describeError } from './errors'
import type { Help } from './help'
import { control } from './render'

/** The Help view: knowledge-base search and the article view. */
export interface HelpView {
  /** The view; `canContact` adds the "contact us" link, which calls `onContact`. */
  (canContact: boolean, onContact: () => void): TemplateResult
}

/** Creates the Help view over the Help state. */
export function createHelpView(context: PanelContext, help: Help): HelpView {
  const { t, rich } = context
  const { state } = help
  const id = context.uid()
  const focus = (find: (items: HTMLElement[]) => HTMLElement | undefined) =>
    void context.nextTick().then(() => {
      const items = context.root.querySelectorAll<HTMLElement>('.help :is(h3, .result, input)')
      find([...items])?.focus()
    })

  async function open(slug: string): Promise<void> {
    await help.open(slug)
    focus((items) => items.find((item) => item.localName === 'h3'))
  }

  // Back to the result that opened the article, or the search field.
  function back(): void {
    const slug = state.article?.slug
    help.back()
    focus((items) => items.find((item) => item.dataset.slug === slug) ?? items[0])
  }

  // Arrow keys move between the search field and the results, as in a listbox.
  function move(event: KeyboardEvent): void {
    const root = event.currentTarget as HTMLElement
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key]
    if (!step) return
    const items = [...root.querySelectorAll<HTMLElement>('input, .result')]
    const next = items[items.indexOf(event.target as HTMLElement) + step]
    if (!next) return
    event.preventDefault()
    next.focus()
  }

  const retry = (label: string, run: () => void) =>
    html`<button type="button" class="link" @click=${run}>${label}</button>`

  function article(current: NonNullable<Help['state']['article']>): TemplateResult {
    return html`<button type="button" class="link" @click=${back}>${t('help.back')}</button> ${
        current.status === 'loading'
          ? html`<p class="notice" role="status">${t('loading')}</p>`
          : current.status === 'failed'
            ? html`<div class="alert" role="alert">
                ${describeError(current.error, t)}
                ${retry(t('retry'), () => void open(current.slug))}
              </div>`
            : html`<article>
                <h3 tabindex="-1" class="title">${current.article.title}</h3>
                ${rich(current.slug, current.article.body)}
              </article>`
      }`
  }

  function results(): TemplateResult | typeof nothing {
    const found = state.results
    if (found.status === 'loading') return html`<p class="notice">${t('loading')}</p>`
    if (found.status === 'failed') {
      return html`<div class="alert" role="alert">
        ${describeError(found.error, t)} ${retry(t('retry'), () => help.search(state.query))}
      </div>`
    }
    if (found.status !== 'done') return nothing
    if (!found.items.length) {
      return html`<p class="notice">${t('help.none', { query: found.query })}</p>`
    }
    return html`<ul class="results">
      ${found.items.map(
        (item) =>
          html`<li>
            <button
              type="button"
              class="result"
              data-slug=${item.slug}
              @click=${() => void open(item.slug)}
            >
              <strong>${item.title}</strong>
              <span>${item.excerpt}</span>
            </button>
          </li>`,
      )}
    </ul>`
  }

  return (canContact, onContact) =>
    html`<div class="help" @keydown=${move}>
      ${
        state.article
          ? article(state.article)
          : html`<label for=${id} class="label">${t('help.search')}</label>
              <input
                id=${id}
                type="search"
                class="input"
                autocomplete="off"
                aria-describedby="${id}-hint"
                ${control({ attrs: {}, value: state.query, onInput: help.type })}
              />
              <p id="${id}-hint" class="hint">${t('help.hint')}</p>
              ${results()}
              ${
                canContact
                  ? html`<button type="button" class="link" @click=${onContact}>
                      ${t('help.more')}
                    </button>`
                  : nothing
              }`
      }
    </div>`
}
