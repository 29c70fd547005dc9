import { describe, expect, it } from 'vitest'
import { normalizeCustomAction, normalizeCustomActions } from '@/contract'
import { makeCustomAction } from '../fixtures'

describe('normalizeCustomAction', () => {
  it('keeps the serialized L+ form as sent', () => {
    expect(
      normalizeCustomAction(makeCustomAction({ variant: 'danger', confirmation: 'Sure?' })),
    ).toEqual({
      key: 'sync-crm',
      label: 'Sync CRM',
      variant: 'danger',
      confirmation: 'Sure?',
      disabled: false,
      metadata: { icon: 'refresh-cw' },
      url: '/support/agent/tickets/ESC-00001/actions/sync-crm',
      method: 'post',
    })
  })

  it('renders an unknown variant as secondary', () => {
    expect(normalizeCustomAction(makeCustomAction({ variant: 'rainbow' }))?.variant).toBe(
      'secondary',
    )
  })

  it('treats PHP’s empty [] metadata as an empty object', () => {
    expect(normalizeCustomAction(makeCustomAction({ metadata: [] }))?.metadata).toEqual({})
  })

  it('leaves url null when none was sent, so the caller builds it from the route table', () => {
    const { url: _url, ...withoutUrl } = makeCustomAction()
    expect(normalizeCustomAction(withoutUrl)?.url).toBeNull()
  })

  it('honours the sent method and falls back to post for unknown ones', () => {
    expect(normalizeCustomAction(makeCustomAction({ method: 'PATCH' }))?.method).toBe('patch')
    expect(normalizeCustomAction(makeCustomAction({ method: 'get' }))?.method).toBe('post')
  })

  it('reads a 0/1 disabled flag', () => {
    expect(normalizeCustomAction(makeCustomAction({ disabled: 1 }))?.disabled).toBe(true)
  })

  describe('when given the raw host form', () => {
    it('drops an action the host marks invisible', () => {
      expect(
        normalizeCustomAction({ key: 'sync-crm', label: 'Sync CRM', visible: false }),
      ).toBeNull()
    })

    it('disables an action the host marks not enabled', () => {
      const action = normalizeCustomAction({ key: 'sync-crm', label: 'Sync CRM', enabled: false })
      expect(action).toMatchObject({ disabled: true, variant: 'secondary', confirmation: null })
    })

    it('keeps an action that is visible and enabled', () => {
      const action = normalizeCustomAction({ key: 'a', label: 'A', visible: 1, enabled: '1' })
      expect(action?.disabled).toBe(false)
    })
  })

  it('rejects an entry without a key', () => {
    expect(normalizeCustomAction({ label: 'Nameless' })).toBeNull()
  })
})

describe('normalizeCustomActions', () => {
  it('keeps one button per key, without hidden ones, in the order sent', () => {
    const actions = normalizeCustomActions([
      makeCustomAction({ key: 'b', label: 'B' }),
      makeCustomAction({ key: 'hidden', visible: false }),
      makeCustomAction({ key: 'a', label: 'A' }),
      makeCustomAction({ key: 'b', label: 'B again' }),
    ])
    expect(actions.map((action) => action.label)).toEqual(['B', 'A'])
  })

  it('gives an empty list when nothing usable was sent', () => {
    expect(normalizeCustomActions(undefined)).toEqual([])
    expect(normalizeCustomActions({})).toEqual([])
  })
})
