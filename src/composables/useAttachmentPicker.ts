import {
  computed,
  shallowRef,
  toValue,
  type ComputedRef,
  type MaybeRefOrGetter,
  type Ref,
} from 'vue'
import { useI18n } from '@/i18n'

/** Why a file was not added. */
export type AttachmentRejectionReason = 'too-large' | 'type' | 'too-many'

/** A file the picker refused, with the reason, for a message next to the picker. */
export interface AttachmentRejection {
  /** The file's name. */
  name: string
  /** Its size in bytes. */
  size: number
  /** Why it was refused. */
  reason: AttachmentRejectionReason
}

/** Options of `useAttachmentPicker`. */
export interface UseAttachmentPickerOptions {
  /** Where the chosen files live (a `defineModel`); a local ref when absent. */
  files?: Ref<File[]>
  /** Files one message may carry. @default 5 */
  maxFiles?: MaybeRefOrGetter<number>
  /** Largest file in KiB. @default 10240 */
  maxSizeKb?: MaybeRefOrGetter<number>
  /** Allowed extensions, lower case without the dot; empty allows every type. @default [] */
  allowedTypes?: MaybeRefOrGetter<readonly string[]>
}

/** What `useAttachmentPicker` returns. */
export interface UseAttachmentPickerReturn {
  /** The accepted files, in the order chosen. */
  files: Readonly<Ref<readonly File[]>>
  /** Files refused by the last `add()`. */
  rejections: Readonly<Ref<readonly AttachmentRejection[]>>
  /** How many more files fit. */
  remaining: ComputedRef<number>
  /** The limits in words, for the text under the picker ("Up to 5 files, each at most 10 MB…"). */
  hint: ComputedRef<string>
  /** Why a file was refused, in words naming the file. */
  describe: (rejection: AttachmentRejection) => string
  /** For the file input's `accept` attribute (`.pdf,.png`), or undefined when every type is allowed. */
  accept: ComputedRef<string | undefined>
  /** Check and add files (from an input or a drop); returns the ones refused. */
  add: (incoming: Iterable<File> | ArrayLike<File>) => AttachmentRejection[]
  /** Remove the file at `index`. */
  remove: (index: number) => void
  /** Remove every file and forget the refusals. */
  clear: () => void
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.')
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : ''
}

/**
 * Choose files for a ticket or reply: each file is checked against the size limit and the type
 * allow-list (the backend's rules, so a refusal shows before anything is uploaded), the count is
 * capped, and the same file chosen twice is kept once.
 */
export function useAttachmentPicker(
  options: UseAttachmentPickerOptions = {},
): UseAttachmentPickerReturn {
  const files = options.files ?? shallowRef<File[]>([])
  const rejections = shallowRef<AttachmentRejection[]>([])
  const maxFiles = computed(() => Math.max(0, toValue(options.maxFiles) ?? 5))
  const maxBytes = computed(() => (toValue(options.maxSizeKb) ?? 10240) * 1024)
  const allowed = computed(() => toValue(options.allowedTypes) ?? [])

  const remaining = computed(() => Math.max(0, maxFiles.value - files.value.length))
  const { t, formatFileSize } = useI18n()
  const sizeLimit = computed(() => formatFileSize(maxBytes.value))
  const hint = computed(() => {
    const limits = t('portal.attachments.limits', { count: maxFiles.value, size: sizeLimit.value })
    return allowed.value.length > 0
      ? `${limits} ${t('portal.attachments.types', { types: allowed.value.join(', ') })}`
      : limits
  })

  function describe({ name, reason }: AttachmentRejection): string {
    if (reason === 'type') return t('portal.attachments.rejected_type', { name })
    if (reason === 'too-large')
      return t('portal.attachments.rejected_size', { name, size: sizeLimit.value })
    return t('portal.attachments.rejected_count', { name, count: maxFiles.value })
  }

  const accept = computed(() =>
    allowed.value.length > 0 ? allowed.value.map((type) => `.${type}`).join(',') : undefined,
  )

  function add(incoming: Iterable<File> | ArrayLike<File>): AttachmentRejection[] {
    const next = [...files.value]
    const refused: AttachmentRejection[] = []
    for (const file of Array.from(incoming)) {
      const reject = (reason: AttachmentRejectionReason) =>
        refused.push({ name: file.name, size: file.size, reason })
      const duplicate = next.some(
        (kept) =>
          kept.name === file.name &&
          kept.size === file.size &&
          kept.lastModified === file.lastModified,
      )
      if (duplicate) continue
      if (allowed.value.length > 0 && !allowed.value.includes(extensionOf(file.name)))
        reject('type')
      else if (file.size > maxBytes.value) reject('too-large')
      else if (next.length >= maxFiles.value) reject('too-many')
      else next.push(file)
    }
    files.value = next
    rejections.value = refused
    return refused
  }

  function remove(index: number): void {
    files.value = files.value.filter((_, position) => position !== index)
    rejections.value = []
  }

  function clear(): void {
    files.value = []
    rejections.value = []
  }

  return {
    // Computed views: the File objects stay as they are (no readonly proxies around them).
    files: computed(() => files.value),
    rejections: computed(() => rejections.value),
    remaining,
    hint,
    describe,
    accept,
    add,
    remove,
    clear,
  }
}
