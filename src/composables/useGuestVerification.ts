import {
  computed,
  readonly,
  ref,
  shallowRef,
  toValue,
  type ComputedRef,
  type MaybeRefOrGetter,
  type Ref,
} from 'vue'
import { isApiError } from '@/api'
import { field, toId } from '@/contract'
import { useEscalated } from './useEscalated'

/** Where the email-code step stands. */
export type GuestVerificationState =
  | { status: 'idle' }
  | { status: 'sending' }
  | { status: 'sent'; verificationId: string; email: string; message: string | null }
  | { status: 'failed'; message: string }

/** What `useGuestVerification` returns. */
export interface UseGuestVerificationReturn {
  /** Whether the backend asks guests to verify their email (L+ sends `verification_url`). */
  required: ComputedRef<boolean>
  /** Where the step stands. */
  state: Readonly<Ref<GuestVerificationState>>
  /** The code the guest typed. */
  code: Ref<string>
  /** A message about the code (wrong format), or null. */
  codeError: Readonly<Ref<string | null>>
  /** Email the code to `email`; resolves when the backend accepted (202) or refused. */
  request: (email: string) => Promise<boolean>
  /** Whether a code was sent to `email` and the typed code has the 8 digits L+ issues. */
  isReady: (email: string) => boolean
  /** The proof to send with the ticket (`verification_id`, `verification_code`), or `{}`. */
  payload: () => Record<string, string>
  /** Start over (another email address). */
  reset: () => void
}

const CODE = /^\d{8}$/

/**
 * L+'s verified guest access (contract §6.4): request an 8-digit code for the guest's email, then
 * send its id and the typed code with the ticket. The proof is single-use, tied to the email and
 * valid for 10 minutes; a failed ticket submit does not consume it.
 */
export function useGuestVerification(
  verificationUrl: MaybeRefOrGetter<string | null>,
): UseGuestVerificationReturn {
  const { context, t } = useEscalated()
  const state = shallowRef<GuestVerificationState>({ status: 'idle' })
  const code = ref('')
  const codeError = ref<string | null>(null)
  const required = computed(() => Boolean(toValue(verificationUrl)))

  async function request(email: string): Promise<boolean> {
    const url = toValue(verificationUrl)
    if (!url || state.value.status === 'sending') return false
    state.value = { status: 'sending' }
    try {
      const answer = await context.http.post(url, { email, purpose: 'ticket' })
      const id = toId(field(answer, 'verification_id'))
      if (id === null) {
        state.value = { status: 'failed', message: t('common.error.empty_response') }
        return false
      }
      state.value = {
        status: 'sent',
        verificationId: String(id),
        email,
        message:
          typeof field(answer, 'message') === 'string' ? String(field(answer, 'message')) : null,
      }
      code.value = ''
      return true
    } catch (error) {
      const message = isApiError(error)
        ? error.status === 429
          ? t('portal.verification.too_many', {
              seconds: error.retryAfterSeconds ?? 60,
            })
          : (Object.values(error.fieldErrors)[0]?.[0] ?? error.message)
        : t('common.error.network')
      state.value = { status: 'failed', message }
      return false
    }
  }

  function isReady(email: string): boolean {
    const current = state.value
    if (current.status !== 'sent' || current.email !== email) return false
    const ok = CODE.test(code.value.trim())
    codeError.value = ok ? null : t('portal.verification.code_format')
    return ok
  }

  function payload(): Record<string, string> {
    const current = state.value
    if (current.status !== 'sent') return {}
    return { verification_id: current.verificationId, verification_code: code.value.trim() }
  }

  function reset(): void {
    state.value = { status: 'idle' }
    code.value = ''
    codeError.value = null
  }

  return {
    required,
    state: computed(() => state.value),
    code,
    codeError: readonly(codeError),
    request,
    isReady,
    payload,
    reset,
  }
}
