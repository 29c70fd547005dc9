import { inject, provide, type ComputedRef, type InjectionKey } from 'vue'

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
