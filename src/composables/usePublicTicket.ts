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
import type { SatisfactionRating, Ticket } from '@/contract'
import type { VisitResult } from '@/plugin/transport'
import { useEscalated } from './useEscalated'
import { useDraft, type UseDraftOptions } from './useDraft'
import { useVisitForm, type UseVisitFormReturn } from './useVisitForm'

/** Who looks at the ticket: its signed-in requester, or a guest holding the token link. */
export type PublicTicketAudience = 'customer' | 'guest'

/** A rating as the forms send it. */
export interface PublicTicketRatingInput {
  /** Stars, 1–5. */
  rating: number
  /** Optional comment. */
  comment: string
}

/** Options of `usePublicTicket`. */
export interface UsePublicTicketOptions {
  /** Customer or guest. */
  audience: PublicTicketAudience
  /** The ticket (normalized page prop); every derived state follows it. */
  ticket: MaybeRefOrGetter<Ticket | null>
  /** Guest token or grant (guest routes). */
  token?: MaybeRefOrGetter<string>
  /** Whether customers may close tickets (`allow_customer_close`). @default true */
  allowClose?: MaybeRefOrGetter<boolean>
  /** Reply draft storage (tests). */
  storage?: UseDraftOptions['storage']
}

/** What `usePublicTicket` returns. */
export interface UsePublicTicketReturn {
  /** Resolved or closed: the rating is offered. */
  isFinished: ComputedRef<boolean>
  /** Closed: replies wait for a reopen. */
  isClosed: ComputedRef<boolean>
  /** Whether the reply form shows. */
  canReply: ComputedRef<boolean>
  /** Whether "Close ticket" shows (customers, when the backend allows it). */
  canClose: ComputedRef<boolean>
  /** Whether "Reopen" shows (customers, resolved or closed tickets). */
  canReopen: ComputedRef<boolean>
  /** Whether the rating form shows: finished and not rated yet. */
  canRate: ComputedRef<boolean>
  /** The rating the backend sent, or the one given on this page. */
  rating: ComputedRef<SatisfactionRating | null>
  /** The guest link was refused (404): it expired or never existed. */
  linkInvalid: Readonly<Ref<boolean>>
  /** Reply text (kept as a draft per ticket) and files. */
  reply: {
    text: Ref<string>
    files: Ref<File[]>
    form: UseVisitFormReturn
    /** Client-side message (empty body). */
    error: Readonly<Ref<string | null>>
    submit: () => Promise<VisitResult | null>
  }
  /** Close, reopen and rate share one request slot. */
  status: UseVisitFormReturn
  /** Which of close/reopen/rate is running. */
  pending: Readonly<Ref<'close' | 'reopen' | 'rate' | null>>
  close: () => Promise<VisitResult | null>
  reopen: () => Promise<VisitResult | null>
  rate: (input: PublicTicketRatingInput) => Promise<VisitResult | null>
}

const FINISHED = ['resolved', 'closed']

/**
 * What a requester can do on their ticket page (customer or guest link): derived states that follow
 * the ticket prop, the reply (with a per-ticket draft and files), close with the
 * `allow_customer_close` setting, reopen, and the satisfaction rating. Posts go through the
 * Transport and keep the page state, so the answers update the same page.
 */
export function usePublicTicket(options: UsePublicTicketOptions): UsePublicTicketReturn {
  const { route, t } = useEscalated()
  const ticket = computed(() => toValue(options.ticket))
  const status = computed(() => ticket.value?.status ?? '')
  const isCustomer = options.audience === 'customer'
  const linkInvalid = ref(false)
  const localRating = shallowRef<SatisfactionRating | null>(null)
  const pending = ref<'close' | 'reopen' | 'rate' | null>(null)

  const isFinished = computed(() => FINISHED.includes(status.value))
  const isClosed = computed(() => status.value === 'closed')
  const rating = computed(() => ticket.value?.satisfaction_rating ?? localRating.value)

  const draft = useDraft(() => `${options.audience}:${ticket.value?.reference ?? 'none'}:reply`, {
    storage: options.storage,
  })
  const replyForm = useVisitForm()
  const statusForm = useVisitForm()
  const files = shallowRef<File[]>([])
  const replyError = ref<string | null>(null)

  /** A route of this audience for the current ticket: references for customers, the token for guests. */
  function urlFor(action: 'reply' | 'close' | 'reopen' | 'rate'): string | null {
    const current = ticket.value
    if (!current) return null
    if (isCustomer) return route(`escalated.customer.tickets.${action}`, current.reference)
    const token = toValue(options.token) ?? ''
    if (!token || (action !== 'reply' && action !== 'rate')) return null
    return route(`escalated.guest.tickets.${action}`, token)
  }

  function track(result: VisitResult | null): VisitResult | null {
    // A guest link that stopped working answers 404 (L+ grants expire; tokens get rotated).
    if (!isCustomer && result?.status === 'http-error' && result.httpStatus === 404)
      linkInvalid.value = true
    return result
  }

  async function submitReply(): Promise<VisitResult | null> {
    const url = urlFor('reply')
    if (!url || replyForm.busy.value) return null
    // Adonis answers an empty reply with a 500, so it never leaves the browser.
    if (draft.text.value.trim() === '') {
      replyError.value = t('portal.reply.required')
      return null
    }
    replyError.value = null
    const data: Record<string, unknown> = { body: draft.text.value }
    if (files.value.length > 0) data.attachments = [...files.value]
    const result = track(await replyForm.submit(url, data, { preserveState: true }))
    if (result?.status === 'ok') {
      draft.clear()
      files.value = []
    }
    return result
  }

  async function run(
    action: 'close' | 'reopen' | 'rate',
    data: Record<string, unknown> = {},
  ): Promise<VisitResult | null> {
    const url = urlFor(action)
    if (!url || statusForm.busy.value) return null
    pending.value = action
    try {
      return track(await statusForm.submit(url, data, { preserveState: true }))
    } finally {
      pending.value = null
    }
  }

  async function rate(input: PublicTicketRatingInput): Promise<VisitResult | null> {
    if (!Number.isInteger(input.rating) || input.rating < 1 || input.rating > 5) return null
    const comment = input.comment.trim()
    const result = await run('rate', { rating: input.rating, comment: comment || null })
    if (result?.status === 'ok') {
      localRating.value = {
        id: null,
        ticket_id: ticket.value?.id ?? null,
        rating: input.rating,
        comment: comment || null,
        created_at: null,
      }
    }
    return result
  }

  return {
    isFinished,
    isClosed,
    canReply: computed(() => ticket.value !== null && !isClosed.value && !linkInvalid.value),
    canClose: computed(
      () =>
        isCustomer &&
        ticket.value !== null &&
        toValue(options.allowClose) !== false &&
        !isClosed.value,
    ),
    canReopen: computed(() => isCustomer && isFinished.value),
    canRate: computed(() => isFinished.value && rating.value === null && !linkInvalid.value),
    rating,
    linkInvalid: readonly(linkInvalid),
    reply: {
      text: draft.text,
      files,
      form: replyForm,
      error: readonly(replyError),
      submit: submitReply,
    },
    status: statusForm,
    pending: readonly(pending),
    close: () => run('close'),
    reopen: () => run('reopen'),
    rate,
  }
}
