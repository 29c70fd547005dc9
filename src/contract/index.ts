/**
 * The contract layer: typed view models of the Escalated backends and the normalizers that build
 * them from snake_case or camelCase payloads. No Vue, no Inertia, no DOM: safe for the widget,
 * Node and custom frontends.
 */
export type {
  Activity,
  ActivityType,
  AgentRef,
  Attachment,
  CannedResponse,
  ChatMessage,
  CustomAction,
  CustomActionMethod,
  CustomActionVariant,
  Department,
  Id,
  IsoDateString,
  KbArticle,
  KbArticleRef,
  KbCategory,
  Macro,
  MacroAction,
  MacroActionType,
  MacroActionValue,
  PersonRef,
  RelatedTicket,
  Reply,
  ReplyType,
  SatisfactionRating,
  SavedView,
  SlaPolicy,
  Tag,
  Ticket,
  User,
} from './models'
export type {
  KnownTicketPriority,
  KnownTicketStatus,
  KnownTicketType,
  PriorityMeta,
  StatusMeta,
  TicketPriority,
  TicketStatus,
  TicketType,
} from './enums'
export {
  DEFAULT_TICKET_PRIORITY,
  DEFAULT_TICKET_TYPE,
  TICKET_PRIORITIES,
  TICKET_PRIORITY_META,
  TICKET_STATUSES,
  TICKET_STATUS_META,
  TICKET_TYPES,
  allowedTransitions,
  canTransition,
  isKnownPriority,
  isKnownStatus,
  isKnownTicketType,
  priorityMeta,
  statusMeta,
} from './enums'
export type { Paginated } from './paginated'
export { DEFAULT_PER_PAGE } from './paginated'
export type {
  AgentType,
  EscalatedSharedProps,
  FlashMessages,
  PluginDashboardWidget,
  PluginMenuItem,
  PluginPageEntry,
  SharedProps,
} from './shared'
export type {
  CustomerCreateProps,
  CustomerIndexProps,
  CustomerShowProps,
  DashboardProps,
  DashboardStats,
  GuestCreateProps,
  GuestShowProps,
  KbArticleProps,
  KbIndexProps,
  ListFilters,
  TicketIndexProps,
  TicketShowProps,
} from './pages'
export type {
  CustomFieldDefinition,
  CustomFieldOption,
  CustomFieldType,
  CustomFieldValue,
  PortalSettings,
} from './portal'

export type { UnknownRecord } from './normalize/read'
export { camelKey, field, isRecord, toBoolean, toId, toIsoDate, toNumber } from './normalize/read'
export { normalizeActivities, normalizeActivity } from './normalize/activity'
export {
  normalizeChatMessage,
  normalizeChatMessages,
  normalizeRelatedTicket,
  normalizeRelatedTickets,
} from './normalize/chat'
export { normalizeCustomAction, normalizeCustomActions } from './normalize/customAction'
export {
  normalizeKbArticle,
  normalizeKbArticleRef,
  normalizeKbCategories,
  normalizeKbCategory,
} from './normalize/kb'
export type { NormalizePaginatorOptions } from './normalize/paginator'
export { normalizePaginator } from './normalize/paginator'
export { normalizePerson, normalizeUser, normalizeUsers } from './normalize/people'
export {
  normalizeAttachment,
  normalizeAttachments,
  normalizeReplies,
  normalizeReply,
} from './normalize/reply'
export {
  normalizeCannedResponse,
  normalizeCannedResponses,
  normalizeMacro,
  normalizeMacroAction,
  normalizeMacros,
} from './normalize/responses'
export { normalizeSavedView, normalizeSavedViews } from './normalize/savedView'
export { DEFAULT_PREFIX, normalizePrefix, normalizeSharedProps } from './normalize/sharedProps'
export {
  normalizeDepartment,
  normalizeDepartments,
  normalizeSlaPolicies,
  normalizeSlaPolicy,
  normalizeTag,
  normalizeTags,
} from './normalize/taxonomy'
export type { NormalizeTicketOptions } from './normalize/ticket'
export { normalizeSatisfactionRating, normalizeTicket, normalizeTickets } from './normalize/ticket'
export {
  normalizeCustomerCreateProps,
  normalizeCustomerIndexProps,
  normalizeCustomerShowProps,
  normalizeGuestCreateProps,
  normalizeGuestShowProps,
} from './normalize/pages/customer'
export { normalizeDashboardProps } from './normalize/pages/dashboard'
export { normalizeFilters } from './normalize/pages/filters'
export { normalizeKbArticleProps, normalizeKbIndexProps } from './normalize/pages/kb'
export {
  normalizeCustomField,
  normalizePortalSettings,
  normalizeTicketCustomFields,
} from './normalize/portal'
export { normalizeTicketIndexProps } from './normalize/pages/ticketIndex'
export { normalizeTicketShowProps } from './normalize/pages/ticketShow'
