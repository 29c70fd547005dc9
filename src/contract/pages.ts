/**
 * Normalized props of the pages built first. Page-level keys are ours (camelCase); the models and
 * backend-defined objects inside keep their snake_case fields.
 */
import type {
  AgentRef,
  CannedResponse,
  CustomAction,
  Department,
  KbArticle,
  KbArticleRef,
  KbCategory,
  Macro,
  SavedView,
  Tag,
  Ticket,
} from './models'
import type { TicketPriority } from './enums'
import type { Paginated } from './paginated'

/** Query echo of a list page: every value a string or a list of strings. */
export type ListFilters = Record<string, string | string[]>

/** `Escalated/Agent/TicketShow` and `Escalated/Admin/Tickets/Show`. */
export interface TicketShowProps {
  /** The ticket with chat, requester count and related tickets merged in; null when not sent. */
  ticket: Ticket | null
  /** Department options. */
  departments: Department[]
  /** Tag options. */
  tags: Tag[]
  /** Canned responses (`cannedResponses`, rails `canned_responses`). */
  cannedResponses: CannedResponse[]
  /** Macros. */
  macros: Macro[]
  /** Host-defined actions (L+ agent page only; `[]` elsewhere). */
  customActions: CustomAction[]
  /** Whether the viewer follows the ticket. */
  isFollowing: boolean
  /** How many users follow it. */
  followersCount: number
  /** Assignable agents (admin page; `[]` on the agent page, which only offers "assign to me"). */
  agents: AgentRef[]
  /** Whether the ticket is snoozed (L admin `is_snoozed`, else the ticket's own flag). */
  isSnoozed: boolean
}

/** `Escalated/Agent/TicketIndex` and `Escalated/Admin/Tickets/Index`. */
export interface TicketIndexProps {
  /** The current page of tickets. */
  tickets: Paginated<Ticket>
  /** The query echo. */
  filters: ListFilters
  /** Department options. */
  departments: Department[]
  /** Tag options. */
  tags: Tag[]
  /** Assignable agents (admin page, rails); `[]` when not sent. */
  agents: AgentRef[]
  /** Saved views (L admin page); `[]` when not sent. */
  savedViews: SavedView[]
  /** Macros offered as a bulk action (no stock backend sends them here yet); `[]` when not sent. */
  macros: Macro[]
}

/** Counters on the agent dashboard; null when the backend did not send one. */
export interface DashboardStats {
  /** Open tickets. */
  open: number | null
  /** Tickets assigned to the viewer. */
  my_assigned: number | null
  /** Unassigned tickets. */
  unassigned: number | null
  /** Tickets past an SLA target. */
  sla_breached: number | null
  /** Tickets resolved today. */
  resolved_today: number | null
}

/** `Escalated/Agent/Dashboard`. */
export interface DashboardProps {
  /** Counters. */
  stats: DashboardStats
  /** The 10 newest tickets. */
  recentTickets: Ticket[]
  /** Tickets that need attention (≤ 5 each). */
  needsAttention: {
    /** Tickets about to breach or breaching an SLA. */
    sla_breaching: Ticket[]
    /** Urgent tickets nobody owns. */
    unassigned_urgent: Ticket[]
  }
  /** The viewer's own numbers. */
  myPerformance: {
    /** Tickets the viewer resolved this week. */
    resolved_this_week: number | null
  }
}

/** `Escalated/Customer/Index`. */
export interface CustomerIndexProps {
  /** The requester's tickets, one page. */
  tickets: Paginated<Ticket>
  /** The query echo (`{}` when none). */
  filters: ListFilters
}

/** `Escalated/Customer/Show`. */
export interface CustomerShowProps {
  /** The ticket with its public replies; null when not sent. */
  ticket: Ticket | null
}

/** `Escalated/Customer/Create`. */
export interface CustomerCreateProps {
  /** Active departments. */
  departments: Department[]
  /** Selectable priorities (`low…critical` when not sent). */
  priorities: TicketPriority[]
}

/** `Escalated/Guest/Show`. */
export interface GuestShowProps {
  /** The ticket with its public replies; null when not sent. */
  ticket: Ticket | null
  /** Guest access token or grant for the guest routes; opaque, never parsed. Empty when missing. */
  token: string
}

/** `Escalated/Guest/Create`. */
export interface GuestCreateProps {
  /** Active departments. */
  departments: Department[]
  /** Selectable priorities (`low…critical` when not sent). */
  priorities: TicketPriority[]
  /** L+: where to request an email code; when set, the form must verify the email first. */
  verificationUrl: string | null
  /** L+: where to look up existing tickets. */
  lookupUrl: string | null
}

/** `Escalated/Customer/KnowledgeBase/Index` (L). */
export interface KbIndexProps {
  /** Root categories. */
  categories: KbCategory[]
  /** Published articles, one page. */
  articles: Paginated<KbArticle>
  /** The query echo. */
  filters: {
    /** Search text (`''` when none). */
    search: string
    /** Category slug or id (`''` when none). */
    category: string
  }
  /** Whether readers may vote on articles. */
  feedbackEnabled: boolean
}

/** `Escalated/Customer/KnowledgeBase/Article` (L). */
export interface KbArticleProps {
  /** The article; null when not sent. */
  article: KbArticle | null
  /** Up to 5 articles of the same category. */
  related: KbArticleRef[]
  /** Whether readers may vote on the article. */
  feedbackEnabled: boolean
}
