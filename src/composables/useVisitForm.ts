import { computed, readonly, ref, shallowRef, type ComputedRef, type Ref } from 'vue'
import { describeHttpError } from '@/plugin/plugin'
import type { VisitMethod, VisitOptions, VisitResult } from '@/plugin/transport'
import { useEscalated } from './useEscalated'
import { useToast } from './useToast'

/** Why the last submit failed, with a message ready to show. */
export interface VisitFormFailure {
  /** HTTP status, or null when no response arrived. */
  httpStatus: number | null
  /** Localised or server-provided text. */
  message: string
}

/** Options of one `submit()`. */
export type VisitFormSubmitOptions = Omit<VisitOptions, 'method' | 'data' | 'onProgress'> & {
  /** @default 'post' */
  method?: VisitMethod
}

/** Options of `useVisitForm`. */
export interface UseVisitFormOptions {
  /** Show failures (not validation errors) as toasts too. @default true */
  toastFailures?: boolean
}

/** What `useVisitForm` returns. */
export interface UseVisitFormReturn {
  /** A submit is running; further submits are ignored until it ends. */
  busy: Readonly<Ref<boolean>>
  /** Upload progress in percent while a multipart submit runs, else null. */
  progress: Readonly<Ref<number | null>>
  /** Validation messages per field: from the last submit, else the page's `errors` bag. */
  errors: ComputedRef<Record<string, string>>
  /** The last submit's failure (HTTP or network), or null. */
  failure: Readonly<Ref<VisitFormFailure | null>>
  /** Send `data` to `url` (POST by default); null when ignored because a submit is running. */
  submit: (
    url: string,
    data?: Record<string, unknown> | FormData,
    options?: VisitFormSubmitOptions,
  ) => Promise<VisitResult | null>
  /** Forget the messages of one field, or all. */
  clearErrors: (field?: string) => void
}

function containsFile(data: Record<string, unknown> | FormData | undefined): boolean {
  if (!data || data instanceof FormData) return false
  const isFile = (value: unknown) => typeof Blob !== 'undefined' && value instanceof Blob
  return Object.values(data).some((value) =>
    Array.isArray(value) ? value.some(isFile) : isFile(value),
  )
}

/**
 * Submit a form through the Transport (an Inertia visit): one request at a time, upload progress,
 * validation errors per field, and HTTP or network failures as a message (and a toast).
 */
export function useVisitForm(options: UseVisitFormOptions = {}): UseVisitFormReturn {
  const { toastFailures = true } = options
  const { context, shared, t } = useEscalated()
  const toast = useToast()
  const busy = ref(false)
  const progress = ref<number | null>(null)
  const ownErrors = shallowRef<Record<string, string> | null>(null)
  const failure = shallowRef<VisitFormFailure | null>(null)

  // Before the first submit, a full page load may already carry an errors bag.
  const errors = computed(() => ownErrors.value ?? shared.value.errors)

  function fail(next: VisitFormFailure): void {
    failure.value = next
    if (toastFailures) toast.error(next.message)
  }

  async function submit(
    url: string,
    data?: Record<string, unknown> | FormData,
    submitOptions: VisitFormSubmitOptions = {},
  ): Promise<VisitResult | null> {
    if (busy.value) return null
    busy.value = true
    failure.value = null
    const hasFiles = containsFile(data)
    progress.value = hasFiles ? 0 : null
    try {
      const result = await context.transport.visit(url, {
        preserveScroll: true,
        ...submitOptions,
        method: submitOptions.method ?? 'post',
        data,
        forceFormData: submitOptions.forceFormData ?? hasFiles,
        onProgress: hasFiles
          ? (percent) => {
              progress.value = Math.round(percent)
            }
          : undefined,
      })
      if (result.status === 'ok') ownErrors.value = {}
      else if (result.status === 'invalid') ownErrors.value = result.errors
      else if (result.status === 'http-error')
        fail({
          httpStatus: result.httpStatus,
          message: describeHttpError(context, result.httpStatus, result.message),
        })
      else if (result.status === 'network-error')
        fail({ httpStatus: null, message: t('common.error.network') })
      return result
    } finally {
      busy.value = false
      progress.value = null
    }
  }

  function clearErrors(field?: string): void {
    const current = errors.value
    if (field === undefined) ownErrors.value = {}
    else if (field in current) {
      const { [field]: _removed, ...rest } = current
      ownErrors.value = rest
    }
  }

  return {
    busy: readonly(busy),
    progress: readonly(progress),
    errors,
    failure: readonly(failure),
    submit,
    clearErrors,
  }
}
