import { html, nothing, type TemplateResult } from 'lit-html'
import type { PanelContext } from './context'
import { codeField, createFormView, type FormViewField } from './formView'
import { cssVars } from './render'
import { statusLabel, type Status, type StatusField } from './status'

/** Creates the Status view: reference + email (and an emailed code where required), then the ticket. */
export function createStatusView(context: PanelContext, status: Status): () => TemplateResult {
  const { t, i18n, rich } = context
  const form = createFormView(context, status)
  const date = (value: string) => (value ? i18n.formatDate(value) : '')

  function fields(): FormViewField<StatusField>[] {
    const list: FormViewField<StatusField>[] = [
      { name: 'reference', label: t('status.reference') },
      { name: 'email', label: t('form.email'), kind: 'email', autocomplete: 'email' },
    ]
    if (status.form.verificationId) list.push(codeField(context, status.form.fields.email))
    return list
  }

  return () => {
    const ticket = status.found.ticket
    if (!ticket) {
      return form({
        fields: fields(),
        action: status.lookup,
        focusOnSuccess: '.card h3',
        submit: t('status.check'),
        busy: t('status.checking'),
      })
    }
    return html`<section class="card">
      <h3 tabindex="-1" class="title">${ticket.subject}</h3>
      <p class="meta">
        <span>${ticket.reference}</span>
        <span
          class="badge"
          data-status=${ticket.status}
          ${cssVars({ '--esc-badge': ticket.statusColor })}
          >${statusLabel(context, ticket)}</span
        >
      </p>
      <dl class="facts">
        ${
          ticket.department
            ? html`<dt>${t('status.department')}</dt>
                <dd>${ticket.department}</dd>`
            : nothing
        }
        <dt>${t('status.opened')}</dt>
        <dd>${date(ticket.createdAt)}</dd>
      </dl>
      <h4 class="label">${t('status.replies')}</h4>
      ${
        ticket.replies.length
          ? html`<ol class="replies">
              ${ticket.replies.map(
                (reply, index) =>
                  html`<li ?data-agent=${reply.isAgent}>
                    <p class="meta">
                      <strong
                        >${
                          reply.authorName || (reply.isAgent ? t('status.team') : t('status.you'))
                        }</strong
                      >
                      ${date(reply.createdAt)}
                    </p>
                    ${rich(`${ticket.reference}/${index}`, reply.body)}
                  </li>`,
              )}
            </ol>`
          : html`<p class="notice">${t('status.no_replies')}</p>`
      }
      <button type="button" class="link" @click=${() => status.reset()}>
        ${t('status.another')}
      </button>
    </section>`
  }
}
