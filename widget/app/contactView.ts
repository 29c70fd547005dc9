import { html, nothing, type TemplateResult } from 'lit-html'
import type { Contact, ContactField } from './contact'
import type { PanelContext } from './context'
import { codeField, createFormView, type FormViewField } from './formView'

/** Creates the Contact view: the ticket form and its success screen. */
export function createContactView(
  context: PanelContext,
  contact: Contact,
  onStatus: (reference: string, email: string) => void,
): () => TemplateResult {
  const { t, config, i18n } = context
  const form = createFormView(context, contact)
  const { fields: values } = contact.form
  const id = context.uid()
  const picker = () => context.root.querySelector<HTMLInputElement>(`#${id}`)

  function choose(event: Event): void {
    const input = event.target as HTMLInputElement
    contact.addFiles([...(input.files ?? [])])
    // Emptied, so that choosing the same file again (after removing it) is a change.
    input.value = ''
  }

  function remove(index: number): void {
    contact.removeFile(index)
    picker()?.focus()
  }

  // Offered only when the backend's config allows files (see WidgetConfig.attachments).
  function attachments(): TemplateResult | typeof nothing {
    const limits = config.value?.attachments
    if (!limits) return nothing
    const error = contact.error('attachments')
    const size = (bytes: number) => i18n.formatFileSize(bytes)
    return html`<div class="field">
      <label for=${id} class="label">${t('form.attachments')}</label>
      <p id="${id}-hint" class="hint">
        ${t('form.attachments_hint', { count: limits.maxFiles, size: size(limits.maxBytes) })}
      </p>
      <input
        id=${id}
        name="attachments"
        type="file"
        multiple
        class="file"
        aria-describedby=${error ? `${id}-hint ${id}-error` : `${id}-hint`}
        aria-invalid=${error ? 'true' : nothing}
        @change=${choose}
      />
      ${
        contact.files.value.length
          ? html`<ul class="files" aria-label=${t('form.chosen')}>
              ${contact.files.value.map(
                (file, index) =>
                  html`<li>
                    <span class="name">${file.name}</span>
                    <span class="hint">${size(file.size)}</span>
                    <button
                      type="button"
                      class="link"
                      aria-label=${t('form.remove', { name: file.name })}
                      @click=${() => remove(index)}
                    >
                      ${t('form.remove_short')}
                    </button>
                  </li>`,
              )}
            </ul>`
          : nothing
      }
      ${error ? html`<p id="${id}-error" class="error">${error}</p>` : nothing}
    </div>`
  }

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
    if (contact.form.verificationId) list.push(codeField(context, values.email))
    return list
  }

  return () => {
    const ticket = contact.sent.ticket
    if (!ticket) {
      return form({
        fields: fields(),
        after: attachments(),
        action: contact.submit,
        focusOnSuccess: '.done h3',
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
