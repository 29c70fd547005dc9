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
export { default as SlaTimer } from './SlaTimer.vue'
export type { SlaTimerProps, SlaTimerTicket } from './SlaTimer.vue'
export { default as StatusBadge } from './StatusBadge.vue'
export type { StatusBadgeProps } from './StatusBadge.vue'
export { default as TicketActivityTimeline } from './TicketActivityTimeline.vue'
export type { TicketActivityTimelineProps } from './TicketActivityTimeline.vue'
export { default as TicketHeader } from './TicketHeader.vue'
export type { TicketHeaderProps, TicketHeaderSlots } from './TicketHeader.vue'
export { default as TicketPresence } from './TicketPresence.vue'
export type { TicketPresenceProps } from './TicketPresence.vue'
export { default as TicketSidebar } from './TicketSidebar.vue'
export type { TicketSidebarEmits, TicketSidebarProps } from './TicketSidebar.vue'
export { default as TicketWorkspace } from './TicketWorkspace.vue'
export type { TicketWorkspaceProps } from './TicketWorkspace.vue'
export type { TicketShowRawProps } from './ticketShowPage'
export { SNOOZE_PRESETS, snoozeUntil } from './snooze'
export type { SnoozePreset } from './snooze'
