import { describe, expect, it, vi } from 'vitest'
import { ApiError } from '@/api/errors'
import { loadBackendFixture } from '../helpers/backendFixtures'
import { createAdapter } from '../../widget/app/adapters'
import type { WidgetHttp } from '../../widget/app/http'

/** A transport answering from a table keyed by path. */
function http(answers: Record<string, unknown>) {
  return vi.fn<WidgetHttp>(async (path) => {
    const answer = answers[path.split('?')[0] ?? path]
    if (answer instanceof ApiError) throw answer
    return answer ?? null
  })
}

const notFound = new ApiError({ kind: 'not-found', status: 404, message: 'Not found' })

describe('the widget adapters', () => {
  describe('Adonis', () => {
    it('maps the captured /config and still treats the KB as unavailable (§6.6)', async () => {
      const adapter = createAdapter(
        'adonis',
        http({ '/config': loadBackendFixture('adonis', 'widget-config') }),
      )
      expect(await adapter.config()).toMatchObject({
        enabled: true,
        color: '#3B82F6',
        brandName: 'Acme Support',
        logoUrl: null,
        kbEnabled: true,
      })
      expect(adapter.hasKb).toBe(false)
      expect(adapter.needsGrant).toBe(true)
    })

    it('maps the captured ticket creation to a reference and guest token', async () => {
      const adapter = createAdapter(
        'adonis',
        http({ '/tickets': loadBackendFixture('adonis', 'widget-ticket-create') }),
      )
      const created = await adapter.createTicket({
        name: 'Ada',
        email: 'ada@example.test',
        subject: 'Hi',
        description: 'Text',
        departmentId: '2',
      })
      expect(created).toEqual({
        reference: 'ESC-00004',
        accessToken: 'ce42e27150c4a8d889479ec3fde77870c6723fd02af45ca64bf701b133514f64',
      })
    })

    it('treats a 404 /config as a disabled widget', async () => {
      expect(await createAdapter('adonis', http({ '/config': notFound })).config()).toMatchObject({
        enabled: false,
      })
    })

    it('marks replies from anyone but the guest as staff', async () => {
      const adapter = createAdapter(
        'adonis',
        http({
          '/tickets/tok': {
            reference: 'ESC-00004',
            subject: 'S',
            status: 'open',
            created_at: '2026-01-01T00:00:00Z',
            replies: [
              { body: 'a', author_type: 'Guest', created_at: '2026-01-01T00:00:00Z' },
              { body: 'b', author_type: 'App/Models/User', created_at: '2026-01-01T00:00:00Z' },
            ],
          },
        }),
      )
      const result = await adapter.status({
        reference: 'ESC-00004',
        grant: { reference: 'ESC-00004', accessToken: 'tok' },
      })
      expect(result.replies.map((reply) => reply.isAgent)).toEqual([false, true])
      expect(result.statusLabel).toBeUndefined()
    })
  })

  describe('Laravel', () => {
    it('maps /config, booleans sent as 0/1 included', async () => {
      const adapter = createAdapter(
        'laravel',
        http({
          '/config': {
            enabled: true,
            color: '#4F46E5',
            position: 'bottom-left',
            greeting: 'Hello',
            departments: [{ id: 3, name: 'Sales' }],
            kb_enabled: 1,
            guest_tickets_enabled: 0,
            guest_verification_required: '1',
          },
        }),
      )
      expect(await adapter.config()).toEqual({
        enabled: true,
        color: '#4F46E5',
        position: 'bottom-left',
        greeting: 'Hello',
        departments: [{ id: '3', name: 'Sales' }],
        kbEnabled: true,
        guestTicketsEnabled: false,
        verificationRequired: true,
      })
    })

    it('reads the L+ grant from a created ticket', async () => {
      const adapter = createAdapter(
        'laravel',
        http({
          '/tickets': { reference: 'ESC-00009', guest_access_token: 'g', expires_at: '2030-01-01' },
        }),
      )
      expect(
        await adapter.createTicket({
          name: 'A',
          email: 'a@b.test',
          subject: 'S',
          description: 'D',
          departmentId: '',
        }),
      ).toEqual({ reference: 'ESC-00009', accessToken: 'g', expiresAt: '2030-01-01' })
    })

    it('reads search hits and articles', async () => {
      const adapter = createAdapter(
        'laravel',
        http({
          '/articles': { articles: [{ title: 'T', slug: 's', excerpt: 'E' }] },
          '/articles/s': { title: 'T', slug: 's', body: '<p>B</p>' },
        }),
      )
      expect(await adapter.search('ab', new AbortController().signal)).toEqual([
        { slug: 's', title: 'T', excerpt: 'E' },
      ])
      expect(await adapter.article('s')).toEqual({
        slug: 's',
        title: 'T',
        excerpt: 'B',
        body: '<p>B</p>',
      })
    })
  })

  describe('NestJS', () => {
    it('needs no /config request and uses its camelCase entities', async () => {
      const transport = http({
        '/kb/search': [{ title: 'Nest', slug: 'nest', content: '<p>Long <b>body</b></p>' }],
        '/tickets': { ticket: { id: 12, reference: 'ESC-00012' }, guestAccessToken: 'n' },
      })
      const adapter = createAdapter('nestjs', transport)
      expect(await adapter.config()).toMatchObject({ enabled: true, kbEnabled: true })
      expect(transport).not.toHaveBeenCalled()
      expect(await adapter.search('ne', new AbortController().signal)).toEqual([
        { slug: 'nest', title: 'Nest', excerpt: 'Long body' },
      ])
      expect(
        await adapter.createTicket({
          name: 'A',
          email: 'a@b.test',
          subject: 'S',
          description: 'D',
          departmentId: '1',
        }),
      ).toEqual({ reference: 'ESC-00012', id: '12', accessToken: 'n' })
      expect(transport.mock.calls.at(-1)?.[1]?.body).toEqual({
        name: 'A',
        email: 'a@b.test',
        subject: 'S',
        description: 'D',
      })
    })
  })
})
