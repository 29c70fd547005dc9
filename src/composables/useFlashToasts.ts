import { watch } from 'vue'
import { injectEscalatedContext } from '@/plugin/context'

/** Turn the `flash.success` / `flash.error` shared props into toasts, once per flash the server sends. */
export function useFlashToasts(): void {
  const context = injectEscalatedContext()
  watch(
    // The raw flash object changes identity exactly when a response carries a new flash.
    () => context.pageProps.value.flash,
    () => {
      const { success, error } = context.shared.value.flash
      if (success) context.toasts.push({ kind: 'success', message: success })
      if (error) context.toasts.push({ kind: 'error', message: error })
    },
    { immediate: true },
  )
}
