import { html, type TemplateResult } from 'lit-html'
import type { Contact, ContactField } from './contact'
import type { PanelContext } from './context'
import { createFormView, type FormViewField } from './formView'

/** Creates the Contact view: the ticket form and its success screen. */
export function createContactView(
  context: PanelContext,
  contact: Contact,
  onStatus: (reference: string, email: string) => void,
): () => TemplateResult {
  const { t, config } = context
  const form = createFormView(context, contact)
  const { fields: values } = contact.form

  function fields(): FormViewField<ContactField>[] {
    const departments = config.value?.departments ?? []
    const list: FormViewField<ContactField>[] = [
      { name: 'name', label: t('form.name'), autocomplete: 'name' },
      { name: 'email', label: t('form.email'), kind: 'email', autocomplete: 'email' },
      { name: 'subject', label: t('form.subject') },
      { name: 'description', label: t('form.description'), kind: 'textarea' },
    ]
    if (departments.length) {
      list.push({
        name: 'departmentId',
        label: t('form.department'),
        kind: 'select',
        options: [
          ['', t('form.any')],
          ...departments.map((d): [string, string] => [`${d.id}`, d.name]),
        ],
      })
    }
    if (contact.form.verificationId) {
      list.push({
        name: 'code',
        label: t('form.code'),
        hint: t('form.code_sent', { email: values.email }),
        autocomplete: 'one-time-code',
      })
    }
    return list
  }

  async function send(): Promise<void> {
    await contact.submit()
    await context.nextTick()
    context.root.querySelector<HTMLElement>('.done h3')?.focus()
  }

  return () => {
    const ticket = contact.sent.ticket
    if (!ticket) {
      return form({
        fields: fields(),
        action: send,
        submit: t('form.send'),
        busy: t('form.sending'),
      })
    }
    const { reference } = ticket
    return html`<div class="done">
      <h3 tabindex="-1" class="title">${t('form.sent')}</h3>
      <p>${reference ? t('form.reference', { reference }) : t('form.received')}</p>
      ${
        reference
          ? html`<button
              type="button"
              class="button"
              @click=${() => onStatus(reference, values.email)}
            >
              ${t('form.check')}
            </button>`
          : ''
      }
      <button type="button" class="link" @click=${() => contact.reset()}>${t('form.again')}</button>
    </div>`
  }
}
