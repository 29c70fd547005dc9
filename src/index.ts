// The public barrel: every export is named here. Pages are not exported; hosts reach them through resolvePage().
import './theme/index.css'

// Plugin
export { EscalatedPlugin, createEscalatedContext, describeHttpError } from './plugin/plugin'
export type { EscalatedOptions, EscalatedRefreshOptions, HostRouteFunction } from './plugin/options'
export {
  ESCALATED_CONTEXT,
  injectEscalatedContext,
  injectEscalatedContextOrNull,
} from './plugin/context'
export type { EscalatedContext } from './plugin/context'
export { defineEscalatedPlugin } from './plugin/extensions'
export type {
  EscalatedExtension,
  ExtensionRegistry,
  ExtensionSlotName,
  ExtensionSlotProps,
} from './plugin/extensions'
export { flattenErrors } from './plugin/transport'
export type { Transport, VisitMethod, VisitOptions, VisitResult } from './plugin/transport'
export type { PushToastOptions, Toast, ToastQueue } from './plugin/toasts'

// Pages
export { hasPage, pageAliases, pageNames, resolvePage, PAGE_NAMESPACE } from './pages/registry'

// Layout
export { default as EscalatedRoot } from './components/layout/EscalatedRoot.vue'
export type { EscalatedRootProps, EscalatedRootSlots } from './components/layout/EscalatedRoot.vue'
export { default as EscalatedLayout } from './components/layout/EscalatedLayout.vue'
export type {
  EscalatedLayoutProps,
  EscalatedLayoutSlots,
} from './components/layout/EscalatedLayout.vue'
export { default as EscLink } from './components/layout/AppLink.vue'
export type { AppLinkProps as EscLinkProps } from './components/layout/AppLink.vue'
export { default as ExtensionSlot } from './components/layout/ExtensionSlot.vue'
export type { ExtensionSlotProps as ExtensionSlotComponentProps } from './components/layout/ExtensionSlot.vue'
export type { LayoutSection, NavItem } from './components/layout/navigation'

// Composables
export { useEscalated } from './composables/useEscalated'
export type { UseEscalatedReturn } from './composables/useEscalated'
export { useNavigate } from './composables/useNavigate'
export { useRootAttrs } from './composables/useRootAttrs'
export { useToast } from './composables/useToast'

// i18n
export { createI18n, useI18n, I18N_KEY } from './i18n'
export type { CreateI18nOptions, I18n, Messages, MessageParams, PluralForms } from './i18n'

// Theme
export {
  themeStyle,
  themeProperties,
  panelThemeProperties,
  statusColor,
  priorityColor,
} from './theme'
export type { EscalatedTheme, PanelMode, PanelTheme } from './theme'

// UI primitives (Esc-prefixed: generic names collide in hosts)
export {
  EscBadge,
  EscButton,
  EscCard,
  EscConfirmDialog,
  EscDialog,
  EscEmptyState,
  EscField,
  EscInput,
  EscPagination,
  EscRelativeTime,
  EscSafeHtml,
  EscSelect,
  EscSpinner,
  EscTextarea,
  EscToastRegion,
  EscTooltip,
  EscVisuallyHidden,
} from './components/ui'
export type {
  BadgeProps,
  ButtonProps,
  ButtonEmits,
  CardProps,
  ConfirmDialogProps,
  ConfirmDialogEmits,
  DialogProps,
  EmptyStateProps,
  FieldProps,
  InputProps,
  PaginationProps,
  RelativeTimeProps,
  SafeHtmlProps,
  SelectOption,
  SelectProps,
  SpinnerProps,
  TextareaProps,
  ToastItem,
  ToastRegionProps,
  TooltipProps,
} from './components/ui'

// Ticket components
export {
  CustomTicketActions,
  PriorityBadge,
  SlaTimer,
  StatusBadge,
  TicketPresence,
} from './components/ticket'
export type {
  CustomTicketActionsEmits,
  CustomTicketActionsPayloadSlotProps,
  CustomTicketActionsProps,
  CustomTicketActionsSlots,
  PriorityBadgeProps,
  SlaTimerProps,
  StatusBadgeProps,
  TicketPresenceProps,
} from './components/ticket'
export { useCustomActions } from './composables/useCustomActions'
export type {
  CustomActionError,
  CustomActionErrorKind,
  CustomActionPayload,
  CustomActionRequest,
  CustomActionState,
  CustomActionSubmit,
  UseCustomActionsOptions,
  UseCustomActionsReturn,
} from './composables/useCustomActions'
export { useTicketPresence } from './composables/useTicketPresence'
export type {
  TicketPresenceStatus,
  UseTicketPresenceOptions,
  UseTicketPresenceReturn,
} from './composables/useTicketPresence'
export { useSlaCountdown } from './composables/useSlaCountdown'
export type {
  SlaState,
  UseSlaCountdownOptions,
  UseSlaCountdownReturn,
} from './composables/useSlaCountdown'

// Utils
export { sanitizeHtml } from './utils/sanitizeHtml'
export type { SanitizeHtmlOptions } from './utils/sanitizeHtml'

// Routes
export { createRouteResolver, hasRoute, routeMethod, routeTable, appendQuery } from './routes'
export type {
  HostRoute,
  RouteDefinition,
  RouteName,
  RouteParams,
  RouteResolver,
  RouteResolverOptions,
} from './routes'

// HTTP client
export {
  ApiError,
  cookieCsrf,
  createHttpClient,
  defaultCsrf,
  headerCsrf,
  isApiError,
  metaTagCsrf,
} from './api'
export type {
  ApiErrorKind,
  CsrfStrategy,
  HttpClient,
  HttpClientOptions,
  RequestOptions,
} from './api'

// Contract: domain types and normalizers
export {
  TICKET_PRIORITIES,
  TICKET_PRIORITY_META,
  TICKET_STATUSES,
  TICKET_STATUS_META,
  TICKET_TYPES,
  allowedTransitions,
  canTransition,
  priorityMeta,
  statusMeta,
  normalizeActivities,
  normalizeActivity,
  normalizeAttachment,
  normalizeCannedResponses,
  normalizeCustomAction,
  normalizeCustomActions,
  normalizeCustomerCreateProps,
  normalizeCustomerIndexProps,
  normalizeCustomerShowProps,
  normalizeDashboardProps,
  normalizeDepartments,
  normalizeGuestCreateProps,
  normalizeGuestShowProps,
  normalizeKbArticleProps,
  normalizeKbIndexProps,
  normalizeMacros,
  normalizePaginator,
  normalizeReplies,
  normalizeReply,
  normalizeSavedViews,
  normalizeSharedProps,
  normalizeTags,
  normalizeTicket,
  normalizeTicketIndexProps,
  normalizeTicketShowProps,
  normalizeTickets,
} from './contract'
export type {
  Activity,
  AgentRef,
  Attachment,
  CannedResponse,
  ChatMessage,
  CustomAction,
  CustomActionVariant,
  CustomerCreateProps,
  CustomerIndexProps,
  CustomerShowProps,
  DashboardProps,
  Department,
  GuestCreateProps,
  GuestShowProps,
  KbArticle,
  KbArticleProps,
  KbCategory,
  KbIndexProps,
  Macro,
  Paginated,
  PersonRef,
  Reply,
  SatisfactionRating,
  SavedView,
  SharedProps,
  SlaPolicy,
  Tag,
  Ticket,
  TicketIndexProps,
  TicketPriority,
  TicketShowProps,
  TicketStatus,
  TicketType,
  User,
} from './contract'
