// The ticket domain components. The package barrel (src/index.ts) re-exports from here.
export { default as CustomTicketActions } from './CustomTicketActions.vue'
export type {
  CustomTicketActionsEmits,
  CustomTicketActionsPayloadSlotProps,
  CustomTicketActionsProps,
  CustomTicketActionsSlots,
} from './CustomTicketActions.vue'
export { default as CustomTicketActionButton } from './CustomTicketActionButton.vue'
export type {
  CustomTicketActionButtonEmits,
  CustomTicketActionButtonProps,
} from './CustomTicketActionButton.vue'
export { CUSTOM_ACTION_ICON_NAMES, customActionIcon } from './customActionIcons'
export { default as PriorityBadge } from './PriorityBadge.vue'
export type { PriorityBadgeProps } from './PriorityBadge.vue'
export { default as StatusBadge } from './StatusBadge.vue'
export type { StatusBadgeProps } from './StatusBadge.vue'
