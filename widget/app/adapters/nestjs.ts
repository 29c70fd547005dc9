import type { WidgetHttp } from '../http'
import { article, articleSummary, segment, statusResult } from './shared'
import { list, pick, record, text } from './read'
import type { WidgetAdapter } from './types'

/**
 * NestJS 1.0 (contract §6.2 column N): no `/config` (the embed values apply), KB under `/kb`,
 * `{ticket, guestAccessToken}` on create, status by ticket id with the `X-Guest-Token` header
 * (kept out of the URL).
 */
export function nestjsAdapter(http: WidgetHttp): WidgetAdapter {
  return {
    hasKb: true,
    needsGrant: true,
    config: async () => ({
      enabled: true,
      departments: [],
      kbEnabled: true,
      guestTicketsEnabled: true,
      verificationRequired: false,
    }),
    search: async (query, signal) =>
      list(await http(`/kb/search?q=${segment(query)}`, { signal })).map(articleSummary),
    article: async (slug) => article(await http(`/kb/articles/${segment(slug)}`)),
    async createTicket({ name, email, subject, description }) {
      const raw = record(await http('/tickets', { body: { name, email, subject, description } }))
      const ticket = record(pick(raw, 'ticket'))
      return {
        reference: text(ticket, 'reference'),
        id: text(ticket, 'id') || undefined,
        accessToken: text(raw, 'guest_access_token') || undefined,
      }
    },
    async status(query) {
      if (!('grant' in query) || !query.grant.id) {
        throw new Error('NestJS looks tickets up by id and guest token only')
      }
      const raw = record(
        await http(`/tickets/${segment(query.grant.id)}`, {
          headers: { 'X-Guest-Token': query.grant.accessToken },
        }),
      )
      return statusResult({ ...record(raw.ticket), replies: raw.replies })
    },
  }
}
