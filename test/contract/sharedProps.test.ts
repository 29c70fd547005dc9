import { describe, expect, it } from 'vitest'
import { normalizePrefix, normalizeSharedProps } from '@/contract'
import { makeSharedProps } from '../fixtures'

describe('normalizeSharedProps', () => {
  describe('when the backend sends nothing (stock A has no escalated block)', () => {
    const shared = normalizeSharedProps({})

    it('applies the contract defaults', () => {
      expect(shared.escalated).toEqual({
        prefix: '/support',
        is_agent: false,
        is_admin: false,
        guest_tickets_enabled: true,
        show_powered_by: true,
        knowledge_base_enabled: false,
        knowledge_base_public: false,
        knowledge_base_feedback_enabled: false,
        agent_type: 'full',
        plugin_menu_items: [],
        plugin_dashboard_widgets: [],
        plugin_pages: [],
      })
    })

    it('has no user, no flash and no errors', () => {
      expect(shared.auth.user).toBeNull()
      expect(shared.flash).toEqual({
        success: null,
        error: null,
        plain_text_token: null,
        extras: {},
      })
      expect(shared.errors).toEqual({})
    })
  })

  it('reads the block the fixtures’ host shares', () => {
    const shared = normalizeSharedProps(makeSharedProps({ escalated: { is_admin: 1 } }))
    expect(shared.escalated).toMatchObject({ prefix: '/support', is_agent: true, is_admin: true })
    expect(shared.auth.user).toEqual({ id: 2, name: 'Bob Agent', email: 'bob@example.test' })
  })

  it('reads a light agent and the knowledge-base flags L sends', () => {
    const shared = normalizeSharedProps({
      escalated: { agent_type: 'light', knowledge_base_enabled: true, knowledge_base_public: '1' },
    })
    expect(shared.escalated).toMatchObject({
      agent_type: 'light',
      knowledge_base_enabled: true,
      knowledge_base_public: true,
      knowledge_base_feedback_enabled: false,
    })
  })

  it('keeps plugin entries that are objects', () => {
    const items = [{ label: 'Reports', url: '/support/admin/plugins/x/reports' }, 'junk']
    expect(
      normalizeSharedProps({ escalated: { plugin_menu_items: items } }).escalated.plugin_menu_items,
    ).toEqual([{ label: 'Reports', url: '/support/admin/plugins/x/reports' }])
  })

  it('reads flash messages and keeps other flash keys', () => {
    const flash = normalizeSharedProps({
      flash: {
        success: 'Reply sent.',
        error: null,
        plain_text_token: 'tok',
        two_factor_setup: { secret: 's' },
      },
    }).flash
    expect(flash).toEqual({
      success: 'Reply sent.',
      error: null,
      plain_text_token: 'tok',
      extras: { two_factor_setup: { secret: 's' } },
    })
  })

  it('reads rails’ notice and alert as success and error', () => {
    const flash = normalizeSharedProps({ flash: { notice: 'Saved', alert: 'Nope' } }).flash
    expect(flash.success).toBe('Saved')
    expect(flash.error).toBe('Nope')
  })

  it('reads validation messages, keeping the first of a list', () => {
    expect(
      normalizeSharedProps({ errors: { body: 'Required.', email: ['Invalid.', 'Taken.'] } }).errors,
    ).toEqual({
      body: 'Required.',
      email: 'Invalid.',
    })
  })

  it('drops a user without an id', () => {
    expect(normalizeSharedProps({ auth: { user: { name: 'Ghost' } } }).auth.user).toBeNull()
  })

  it('reads rails’ route_prefix', () => {
    expect(normalizeSharedProps({ escalated: { route_prefix: 'helpdesk' } }).escalated.prefix).toBe(
      '/helpdesk',
    )
  })
})

describe('normalizePrefix', () => {
  it.each([
    ['support', '/support'],
    ['/support', '/support'],
    ['/support/', '/support'],
    ['help/desk', '/help/desk'],
    ['', '/'],
    ['/', '/'],
    [undefined, '/support'],
    [null, '/support'],
  ])('turns %j into %j', (input, expected) => {
    expect(normalizePrefix(input)).toBe(expected)
  })
})
