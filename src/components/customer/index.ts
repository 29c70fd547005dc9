// The customer and guest portal components. The package barrel (src/index.ts) may re-export them.
export { default as AttachmentPicker } from './AttachmentPicker.vue'
export type { AttachmentPickerProps } from './AttachmentPicker.vue'
export { default as CustomerTicketList } from './CustomerTicketList.vue'
export type { CustomerTicketListProps } from './CustomerTicketList.vue'
export { default as CustomFieldInput } from './CustomFieldInput.vue'
export type { CustomFieldInputProps } from './CustomFieldInput.vue'
export { default as GuestAccessNotice } from './GuestAccessNotice.vue'
export type { GuestAccessNoticeProps } from './GuestAccessNotice.vue'
export { default as GuestLinkInvalid } from './GuestLinkInvalid.vue'
export type { GuestLinkInvalidProps } from './GuestLinkInvalid.vue'
export { default as GuestVerificationStep } from './GuestVerificationStep.vue'
export type {
  GuestVerificationStepEmits,
  GuestVerificationStepProps,
} from './GuestVerificationStep.vue'
export { default as MessageBody } from './MessageBody.vue'
export type { MessageBodyProps } from './MessageBody.vue'
export { default as PortalSearch } from './PortalSearch.vue'
export type { PortalSearchEmits, PortalSearchProps } from './PortalSearch.vue'
export { default as TicketConversation } from './TicketConversation.vue'
export type { TicketConversationProps } from './TicketConversation.vue'
export { default as TicketCreateForm } from './TicketCreateForm.vue'
export type {
  TicketCreateFormEmits,
  TicketCreateFormProps,
  TicketCreateFormSlots,
} from './TicketCreateForm.vue'
export { default as TicketDetails } from './TicketDetails.vue'
export type { TicketDetailsProps } from './TicketDetails.vue'
export { default as TicketRatingForm } from './TicketRatingForm.vue'
export type { TicketRatingFormEmits, TicketRatingFormProps } from './TicketRatingForm.vue'
export { default as TicketReplyForm } from './TicketReplyForm.vue'
export type { TicketReplyFormEmits, TicketReplyFormProps } from './TicketReplyForm.vue'
export { default as TicketStatusControls } from './TicketStatusControls.vue'
export type {
  TicketStatusControlsEmits,
  TicketStatusControlsProps,
} from './TicketStatusControls.vue'
export { default as TicketStatusTabs } from './TicketStatusTabs.vue'
export type { TicketStatusTabsEmits, TicketStatusTabsProps } from './TicketStatusTabs.vue'
