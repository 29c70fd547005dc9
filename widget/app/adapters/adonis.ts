import { isApiError } from '@/api/errors'
import type { WidgetHttp } from '../http'
import { flag, record, text } from './read'
import { DISABLED, laravelKb, segment, statusResult } from './shared'
import type { WidgetAdapter } from './types'

/**
 * Adonis 0.5 (contract §6.2 column A): its own config keys, `{ticket_reference, guest_token}` on
 * create, status by guest token only. Its KB answers every search empty and every article 404,
 * so the Help view is never offered (§6.6), whatever `knowledge_base_enabled` says.
 */
export function adonisAdapter(http: WidgetHttp): WidgetAdapter {
  return {
    hasKb: false,
    needsGrant: true,
    async config() {
      let raw: Record<string, unknown>
      try {
        raw = record(await http('/config'))
      } catch (error) {
        // A disabled widget answers 404 {error}.
        if (isApiError(error) && error.status === 404) return DISABLED
        throw error
      }
      const logo = raw.logo_url
      return {
        enabled: true,
        color: text(raw, 'accent_color') || undefined,
        brandName: text(raw, 'brand_name') || undefined,
        logoUrl: typeof logo === 'string' ? logo : null,
        departments: [],
        kbEnabled: flag(raw, 'knowledge_base_enabled'),
        guestTicketsEnabled: true,
        verificationRequired: false,
      }
    },
    ...laravelKb(http),
    // Adonis ignores department_id and validates nothing but email, subject and description.
    async createTicket({ name, email, subject, description }) {
      const raw = record(await http('/tickets', { body: { name, email, subject, description } }))
      return {
        reference: text(raw, 'ticket_reference'),
        accessToken: text(raw, 'guest_token') || undefined,
      }
    },
    async status(query) {
      if (!('grant' in query)) throw new Error('Adonis looks tickets up by guest token only')
      return statusResult(await http(`/tickets/${segment(query.grant.accessToken)}`))
    },
  }
}
