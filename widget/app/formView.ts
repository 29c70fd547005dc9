import { html, nothing, type TemplateResult } from 'lit-html'
import type { PanelContext } from './context'
import type { FormControl } from './form'
import { control } from './render'

/** One field of a form view. */
export interface FormViewField<N extends string> {
  /** Field name: the control's `name`, the key in the form state. */
  name: N
  /** Visible label. */
  label: string
  /** Control kind. @default text input */
  kind?: 'email' | 'textarea' | 'select'
  /** Autocomplete token. @default 'off' */
  autocomplete?: string
  /** Options of a select, as `[value, label]`. */
  options?: [string, string][]
  /** Help text under the label, announced with the control. */
  hint?: string
}

/** What a form view shows and does. */
export interface FormViewProps<N extends string> {
  /** The fields, in order. */
  fields: FormViewField<N>[]
  /** Runs on submit (validation happens inside). */
  action: () => Promise<void>
  /** Submit button label. */
  submit: string
  /** Submit button label while busy. */
  busy: string
  /** A field of the view's own after the text fields (the Contact view's attachments). */
  after?: TemplateResult | typeof nothing
  /** What to focus once the action succeeded (a result heading), as a selector in the panel. */
  focusOnSuccess: string
}

/** The emailed-code field (L+ verified guest access), shown once a code was sent to `email`. */
export function codeField(context: PanelContext, email: string): FormViewField<'code'> {
  return {
    name: 'code',
    label: context.t('form.code'),
    hint: context.t('form.code_sent', { email }),
    autocomplete: 'one-time-code',
  }
}

/**
 * Creates a form of labelled fields with inline errors, a 429 countdown, a retry and a submit
 * button, over a {@link FormControl}.
 */
export function createFormView<N extends string>(
  context: PanelContext,
  form: FormControl<N>,
): (props: FormViewProps<N>) => TemplateResult {
  const { t, now } = context
  const id = context.uid()
  const state = form.form
  const wait = () => Math.ceil((state.retryAt - now.value) / 1000)

  // After a submit, focus the first field to fix, the code field once a code was emailed, or
  // the result.
  async function send(event: SubmitEvent, props: FormViewProps<N>): Promise<void> {
    event.preventDefault()
    const element = event.currentTarget as HTMLFormElement
    await props.action()
    await context.nextTick()
    // Gone: replaced by the result, or the visitor moved to another view while it ran (then
    // there is no result here to focus, and focus stays where the visitor put it).
    if (!element.isConnected) {
      context.root.querySelector<HTMLElement>(props.focusOnSuccess)?.focus()
      return
    }
    const field = form.firstInvalid() ?? (state.verificationId ? 'code' : '')
    if (field) element.querySelector<HTMLElement>(`[name="${field}"]`)?.focus()
  }

  function field(field: FormViewField<N>): TemplateResult {
    const error = form.error(field.name)
    const key = `${id}-${field.name}`
    const bound = control({
      attrs: {
        id: key,
        name: field.name,
        class: 'input',
        autocomplete: field.autocomplete ?? 'off',
        'aria-invalid': error && 'true',
        'aria-describedby': [field.hint && `${key}-hint`, error && `${key}-error`]
          .filter(Boolean)
          .join(' '),
      },
      value: state.fields[field.name],
      onInput: (value) => form.edit(field.name, value),
    })
    const input =
      field.kind === 'textarea'
        ? html`<textarea rows="5" ${bound}></textarea>`
        : field.kind === 'select'
          ? html`<select ${bound}>
              ${field.options?.map(
                ([value, text]) =>
                  html`<option value=${value} ?selected=${value === state.fields[field.name]}>
                    ${text}
                  </option>`,
              )}
            </select>`
          : html`<input
              type=${field.kind ?? 'text'}
              inputmode=${field.name === 'code' ? 'numeric' : nothing}
              ${bound}
            />`
    return html`<div class="field">
      <label for=${key} class="label">${field.label}</label>
      ${field.hint ? html`<p id="${key}-hint" class="hint">${field.hint}</p>` : nothing} ${input}
      ${error ? html`<p id="${key}-error" class="error">${error}</p>` : nothing}
    </div>`
  }

  return (props) => {
    const { fields, submit, busy, after = nothing } = props
    const seconds = wait()
    const failure = state.failure
    return html`<form novalidate @submit=${(event: SubmitEvent) => send(event, props)}>
      ${fields.map(field)} ${after}
      ${
        seconds > 0
          ? html`<p class="alert" role="status">${t('error.rate', { seconds })}</p>`
          : failure
            ? html`<div class="alert" role="alert">
                ${failure.message}
                ${
                  failure.canRetry
                    ? html`<button type="submit" class="link">${t('retry')}</button>`
                    : nothing
                }
              </div>`
            : nothing
      }
      <button type="submit" class="button" ?disabled=${state.busy || seconds > 0}>
        ${state.busy ? busy : submit}
      </button>
    </form>`
  }
}
