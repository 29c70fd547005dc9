import { injectEscalatedContext } from '@/plugin/context'
import type { ToastQueue } from '@/plugin/toasts'

/** Show and dismiss toasts in the app's toast region. */
export function useToast(): Pick<ToastQueue, 'push' | 'dismiss' | 'toasts'> & {
  success: (message: string) => number
  error: (message: string) => number
} {
  const { toasts } = injectEscalatedContext()
  return {
    toasts: toasts.toasts,
    push: toasts.push,
    dismiss: toasts.dismiss,
    success: (message) => toasts.push({ kind: 'success', message }),
    error: (message) => toasts.push({ kind: 'error', message }),
  }
}
