import { isApiError } from '@/api/errors'
import type { WidgetHttp } from '../http'
import { flag, list, pick, record, text } from './read'
import { DISABLED, laravelKb, segment, statusResult } from './shared'
import type { AttachmentLimits, TicketGrant, WidgetAdapter } from './types'

function grant(value: unknown): TicketGrant {
  const raw = record(value)
  return {
    reference: text(raw, 'reference'),
    accessToken: text(raw, 'guest_access_token'),
    expiresAt: text(raw, 'expires_at') || undefined,
  }
}

/** Positive whole number, or 0. */
function count(source: Record<string, unknown>, key: string): number {
  const value = Number(text(source, key))
  return Number.isInteger(value) && value > 0 ? value : 0
}

/** Files the config allows with a new ticket, if any (see `WidgetConfig.attachments`). */
function attachmentLimits(raw: Record<string, unknown>): AttachmentLimits | undefined {
  const maxFiles = count(raw, 'max_attachments_per_reply')
  const sizeKb = count(raw, 'max_attachment_size_kb')
  return maxFiles && sizeKb ? { maxFiles, maxBytes: sizeKb * 1024 } : undefined
}

/** The fields as JSON, or as multipart form data when there are files (`attachments[]`). */
function withFiles(fields: Record<string, string | number>, files: File[]) {
  if (!files.length) return fields
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.append(name, String(value))
  for (const file of files) data.append('attachments[]', file, file.name)
  return data
}

/**
 * Laravel (the reference backend, contract §6.2 column L) including L+ verified guest access:
 * emailed codes, grants from ticket creation and lookups, Bearer status requests.
 */
export function laravelAdapter(http: WidgetHttp): WidgetAdapter {
  return {
    hasKb: true,
    needsGrant: false,
    async config() {
      let raw: Record<string, unknown>
      try {
        raw = record(await http('/config'))
      } catch (error) {
        // A disabled widget answers every route with 403 {enabled: false}.
        if (isApiError(error) && error.status === 403) return DISABLED
        throw error
      }
      const position = pick(raw, 'position')
      return {
        enabled: pick(raw, 'enabled') !== false,
        color: text(raw, 'color') || undefined,
        position: position === 'bottom-left' || position === 'bottom-right' ? position : undefined,
        greeting: text(raw, 'greeting') || undefined,
        departments: list(pick(raw, 'departments')).map((item) => {
          const department = record(item)
          return { id: text(department, 'id'), name: text(department, 'name') }
        }),
        kbEnabled: flag(raw, 'kb_enabled'),
        guestTicketsEnabled:
          pick(raw, 'guest_tickets_enabled') === undefined || flag(raw, 'guest_tickets_enabled'),
        verificationRequired: flag(raw, 'guest_verification_required'),
        attachments: attachmentLimits(raw),
      }
    },
    ...laravelKb(http),
    async createTicket(input) {
      const { name, email, subject, description, departmentId, verification } = input
      const fields = {
        name,
        email,
        subject,
        description,
        ...(departmentId ? { department_id: Number(departmentId) } : {}),
        ...(verification
          ? { verification_id: verification.id, verification_code: verification.code }
          : {}),
      }
      const raw = record(
        await http('/tickets', { body: withFiles(fields, input.attachments ?? []) }),
      )
      const { accessToken, expiresAt } = grant(raw)
      return { reference: text(raw, 'reference'), accessToken: accessToken || undefined, expiresAt }
    },
    async status(query) {
      // L+ authorises with the grant; only L before L+ takes the email, in the query string.
      const path = `/tickets/${segment(query.reference)}`
      return statusResult(
        'grant' in query
          ? await http(path, { headers: { Authorization: `Bearer ${query.grant.accessToken}` } })
          : await http(`${path}?email=${segment(query.email)}`),
      )
    },
    async requestCode(email, purpose) {
      return text(
        record(await http('/verification', { body: { email, purpose } })),
        'verification_id',
      )
    },
    async lookup(email, reference, proof) {
      const raw = await http('/lookup', {
        body: { email, reference, verification_id: proof.id, verification_code: proof.code },
      })
      return list(record(raw).data).map(grant)
    },
  }
}
