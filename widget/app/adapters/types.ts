/** The normalised widget model of contract §6.3, whatever backend sent it. */

/** A department the ticket form offers. */
export interface WidgetDepartment {
  id: number | string
  name: string
}

/** Widget configuration, from `/config` or (NestJS) the embed values. */
export interface WidgetConfig {
  /** `false` when the backend disabled the widget: the launcher is hidden. */
  enabled: boolean
  /** Admin accent colour. */
  color?: string
  /** Admin launcher position. */
  position?: 'bottom-right' | 'bottom-left'
  /** Admin greeting shown under the title. */
  greeting?: string
  /** Brand name shown as the title (Adonis). */
  brandName?: string
  /** Logo URL (Adonis sends `logo_url`, possibly `null`). */
  logoUrl?: string | null
  /** Departments the form offers; none hides the field. */
  departments: WidgetDepartment[]
  /** Whether the backend says its knowledge base is on (see `WidgetAdapter.hasKb`). */
  kbEnabled: boolean
  /** Whether visitors may file tickets. */
  guestTicketsEnabled: boolean
  /** Whether ticket creation and lookups need an emailed code (L+ verified guest access). */
  verificationRequired: boolean
  /**
   * The backend takes files with a new ticket, within these limits; absent, the form offers no
   * attachment field. None of L, A or N advertises this in `/config` today (contract §6.2 takes
   * JSON only); a backend opts in with `max_attachments_per_reply` and `max_attachment_size_kb`,
   * its settings' names for the same limits (the playground does).
   */
  attachments?: AttachmentLimits
}

/** How many files, and how large, a new widget ticket may carry. */
export interface AttachmentLimits {
  maxFiles: number
  maxBytes: number
}

/** One knowledge-base search hit. */
export interface ArticleSummary {
  slug: string
  title: string
  excerpt: string
}

/** A knowledge-base article; `body` is backend HTML, sanitised before rendering. */
export interface Article extends ArticleSummary {
  body: string
}

/** What the ticket form sends. */
export interface TicketInput {
  name: string
  email: string
  subject: string
  description: string
  /** Department id as the select holds it; `''` for none. */
  departmentId: string
  /** Proof of email (L+), when verification is required. */
  verification?: VerificationProof
  /** Files to attach, when the config allows them; sent as multipart `attachments[]`. */
  attachments?: File[]
}

/** An emailed code and the id of the verification it answers. */
export interface VerificationProof {
  id: string
  code: string
}

/** A created ticket, with the grant that lets this browser look it up later. */
export interface CreatedTicket {
  /** Ticket reference, e.g. `ESC-00042`; `''` when the backend sent none. */
  reference: string
  /** Guest token or grant for status lookups. */
  accessToken?: string
  /** When the grant expires (ISO 8601). */
  expiresAt?: string
  /** Numeric ticket id (NestJS looks tickets up by id). */
  id?: string
}

/** A stored grant for one ticket. */
export type TicketGrant = Omit<CreatedTicket, 'accessToken'> & { accessToken: string }

/** A public reply on a ticket. */
export interface StatusReply {
  body: string
  authorName?: string
  isAgent: boolean
  createdAt: string
}

/** A ticket as the status check shows it. */
export interface TicketStatusResult {
  reference: string
  subject: string
  status: string
  statusLabel?: string
  statusColor?: string
  department?: string
  createdAt: string
  replies: StatusReply[]
}

/** How the status check identifies the visitor: a stored grant, or (L before L+) the email. */
export type StatusQuery =
  { reference: string; grant: TicketGrant } | { reference: string; email: string }

/** One backend's widget API (contract §6.2), producing the §6.3 model. */
export interface WidgetAdapter {
  /** Loads the configuration; a disabled widget resolves with `enabled: false`. */
  config(): Promise<WidgetConfig>
  /** Searches the knowledge base (2–200 characters). */
  search(query: string, signal: AbortSignal): Promise<ArticleSummary[]>
  /** Loads one article. */
  article(slug: string): Promise<Article>
  /** Files a ticket. */
  createTicket(input: TicketInput): Promise<CreatedTicket>
  /** Looks a ticket up. */
  status(query: StatusQuery): Promise<TicketStatusResult>
  /** Whether the backend really serves a knowledge base (Adonis's always answers empty, §6.6). */
  hasKb: boolean
  /** Whether a status lookup needs a grant issued to this browser (no email lookups). */
  needsGrant: boolean
  /** Emails a verification code (L+); resolves with the verification id. */
  requestCode?(email: string, purpose: 'ticket' | 'lookup'): Promise<string>
  /** Trades a code for the grants of the visitor's tickets with this reference (L+). */
  lookup?(email: string, reference: string, proof: VerificationProof): Promise<TicketGrant[]>
}
