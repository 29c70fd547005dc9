// The conversation components: thread, composer and their parts.
export { default as AttachmentList } from './AttachmentList.vue'
export type { AttachmentListProps } from './AttachmentList.vue'
export { createAuthorResolver } from './authors'
export type { ReplyAuthor, ResolveReplyAuthor } from './authors'
export { default as CannedResponsePicker } from './CannedResponsePicker.vue'
export type {
  CannedResponsePickerEmits,
  CannedResponsePickerProps,
} from './CannedResponsePicker.vue'
export { default as MacroPicker } from './MacroPicker.vue'
export type { MacroPickerEmits, MacroPickerProps } from './MacroPicker.vue'
export { ticketOpeningMessage } from './opening'
export { default as ReplyComposer } from './ReplyComposer.vue'
export type {
  ComposerMessage,
  ComposerMode,
  ComposerSend,
  ReplyComposerEmits,
  ReplyComposerProps,
} from './ReplyComposer.vue'
export { default as ReplyItem } from './ReplyItem.vue'
export type { ReplyItemEmits, ReplyItemProps } from './ReplyItem.vue'
export { default as ReplyThread } from './ReplyThread.vue'
export type { ReplyThreadEmits, ReplyThreadProps } from './ReplyThread.vue'
