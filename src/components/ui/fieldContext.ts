import { computed, inject, provide, type ComputedRef, type InjectionKey } from 'vue'

/** What `EscField` tells the control inside it. */
export interface FieldContext {
  /** id of the control, which the label points at. */
  id: ComputedRef<string>
  /** ids of the hint and error texts, for `aria-describedby`. */
  describedBy: ComputedRef<string | undefined>
  /** Whether the field shows an error. */
  invalid: ComputedRef<boolean>
  /** Whether the field is required. */
  required: ComputedRef<boolean>
  /** Whether the field is disabled. */
  disabled: ComputedRef<boolean>
}

const FIELD_CONTEXT: InjectionKey<FieldContext> = Symbol('escalated:Field')

/** Share the field's ids and state with the control inside it. */
export function provideFieldContext(context: FieldContext): void {
  provide(FIELD_CONTEXT, context)
}

/** The surrounding `EscField`'s context, or `null` for a control used on its own. */
export function injectFieldContext(): FieldContext | null {
  return inject(FIELD_CONTEXT, null)
}

/** Props every form control shares with its surrounding field. */
export interface FieldControlProps {
  id?: string
  invalid?: boolean
  disabled?: boolean
  required?: boolean
}

/** What a control binds: its own props merged with the surrounding `EscField`'s state. */
export interface FieldControlState {
  /** Whether the control is required (the field or the control says so). */
  isRequired: ComputedRef<boolean>
  /** Attributes for the native control: id, disabled and the aria state. */
  attrs: ComputedRef<{
    id: string | undefined
    disabled: boolean
    'aria-invalid': 'true' | undefined
    'aria-required': 'true' | undefined
    'aria-describedby': string | undefined
  }>
}

/** Merge a control's props with the surrounding field, so Input, Textarea and Select behave alike. */
export function useFieldControl(props: () => FieldControlProps): FieldControlState {
  const field = injectFieldContext()
  const isRequired = computed(() => Boolean(props().required) || Boolean(field?.required.value))
  const attrs = computed(() => {
    const own = props()
    return {
      id: own.id ?? field?.id.value,
      disabled: Boolean(own.disabled) || Boolean(field?.disabled.value),
      'aria-invalid': own.invalid || field?.invalid.value ? ('true' as const) : undefined,
      'aria-required': isRequired.value ? ('true' as const) : undefined,
      'aria-describedby': field?.describedBy.value,
    }
  })
  return { isRequired, attrs }
}
