import { readonly, shallowRef, type Ref } from 'vue'

/** One notification shown in the toast region. */
export interface Toast {
  id: number
  kind: 'success' | 'error' | 'info'
  message: string
}

/** Options of `ToastQueue.push`. */
export interface PushToastOptions {
  kind?: Toast['kind']
  message: string
  /** Auto-dismiss after this many ms; errors stay until dismissed. @default 6000 for success/info */
  timeoutMs?: number | null
}

/** Per-app toast state: lives in the plugin context so it outlives page changes. */
export interface ToastQueue {
  toasts: Readonly<Ref<readonly Toast[]>>
  push: (options: PushToastOptions) => number
  dismiss: (id: number) => void
  clear: () => void
}

/** Create an app's toast queue. */
export function createToastQueue(): ToastQueue {
  const toasts = shallowRef<Toast[]>([])
  const timers = new Map<number, ReturnType<typeof setTimeout>>()
  let nextId = 1

  function dismiss(id: number): void {
    const timer = timers.get(id)
    if (timer !== undefined) clearTimeout(timer)
    timers.delete(id)
    toasts.value = toasts.value.filter((toast) => toast.id !== id)
  }

  function push({ kind = 'info', message, timeoutMs }: PushToastOptions): number {
    // The same message twice in a row (a double render of one flash) shows once.
    const last = toasts.value[toasts.value.length - 1]
    if (last && last.kind === kind && last.message === message) return last.id
    const id = nextId++
    toasts.value = [...toasts.value, { id, kind, message }]
    const timeout = timeoutMs === undefined ? (kind === 'error' ? null : 6000) : timeoutMs
    if (timeout !== null && typeof setTimeout === 'function') {
      timers.set(
        id,
        setTimeout(() => dismiss(id), timeout),
      )
    }
    return id
  }

  return {
    toasts: readonly(toasts) as Readonly<Ref<readonly Toast[]>>,
    push,
    dismiss,
    clear: () => [...toasts.value].forEach((toast) => dismiss(toast.id)),
  }
}
