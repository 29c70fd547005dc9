import { describe, expect, it } from 'vitest'
import {
  normalizeCustomField,
  normalizePortalSettings,
  normalizeTicketCustomFields,
} from '@/contract'

describe('normalizePortalSettings', () => {
  it("uses L's defaults when nothing is sent", () => {
    expect(normalizePortalSettings({})).toEqual({
      allowCustomerClose: true,
      maxAttachments: 5,
      maxAttachmentSizeKb: 10240,
      allowedAttachmentTypes: expect.arrayContaining(['pdf', 'png', 'txt', 'zip']),
      priorityEnabled: true,
    })
  })

  it('reads settings from the page, its settings block or the shared escalated block', () => {
    expect(normalizePortalSettings({ allow_customer_close: 0 }).allowCustomerClose).toBe(false)
    expect(
      normalizePortalSettings({ settings: { allowCustomerClose: '0' } }).allowCustomerClose,
    ).toBe(false)
    const fromShared = normalizePortalSettings({
      escalated: {
        max_attachments_per_reply: '2',
        max_attachment_size_kb: 100,
        allowed_attachment_types: 'PDF, .png',
      },
    })
    expect(fromShared.maxAttachments).toBe(2)
    expect(fromShared.maxAttachmentSizeKb).toBe(100)
    expect(fromShared.allowedAttachmentTypes).toEqual(['pdf', 'png'])
  })

  it('turns the priority off only for an explicitly empty priorities list', () => {
    expect(normalizePortalSettings({ priorities: [] }).priorityEnabled).toBe(false)
    expect(normalizePortalSettings({ priorities: ['low'] }).priorityEnabled).toBe(true)
  })
})

describe('custom fields', () => {
  it('reads a field in either casing and keeps unknown kinds usable as text', () => {
    expect(
      normalizeCustomField({
        id: 3,
        slug: 'order_number',
        label: 'Order number',
        fieldType: 'barcode',
        isRequired: 1,
        helpText: 'On your receipt',
      }),
    ).toEqual({
      id: 3,
      name: 'order_number',
      label: 'Order number',
      type: 'text',
      required: true,
      placeholder: null,
      description: 'On your receipt',
      options: [],
      position: null,
    })
  })

  it('reads string and object options', () => {
    const definition = normalizeCustomField({
      name: 'plan',
      type: 'select',
      options: ['Free', { value: 'pro', label: 'Pro' }, ''],
    })
    expect(definition?.options).toEqual([
      { value: 'Free', label: 'Free' },
      { value: 'pro', label: 'Pro' },
    ])
  })

  it('drops inactive fields and fields of other contexts, and sorts by position', () => {
    const fields = normalizeTicketCustomFields({
      customFields: [
        { name: 'b', position: 2 },
        { name: 'hidden', is_active: false },
        { name: 'user_only', context: 'user' },
        { name: 'a', position: 1 },
        { label: 'no name' },
      ],
    })
    expect(fields.map((f) => f.name)).toEqual(['a', 'b'])
  })
})
