import { beforeEach, describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import Create from '@/pages/Customer/Create.vue'
import type { VisitResult } from '@/plugin/transport'
import { makeSharedProps, makeUser } from '../../fixtures'
import { deferred } from '../../helpers/recordingTransport'
import { mountPage } from './mountPage'

const FRANK = makeUser({ id: 4, name: 'Frank Customer', email: 'frank@example.test' })
const DRAFT_KEY = 'escalated:draft:/support:customer-create:4'

function props(extra: Record<string, unknown> = {}, escalated: Record<string, unknown> = {}) {
  return {
    ...makeSharedProps({ user: FRANK, escalated }),
    departments: [
      { id: 1, name: 'Support' },
      { id: 2, name: 'Billing' },
    ],
    priorities: ['low', 'medium', 'high', 'urgent', 'critical'],
    ...extra,
  }
}

function mount(pageProps: Record<string, unknown> = props()) {
  const mounted = mountPage(Create, pageProps, { pageUrl: '/support/create' })
  const field = (name: string | RegExp) => mounted.screen.getByRole('textbox', { name })
  const fill = async (name: string | RegExp, value: string) => {
    const element = field(name) as HTMLInputElement
    element.value = value
    element.dispatchEvent(new Event('input'))
    await flushPromises()
  }
  const submit = async () => {
    mounted.screen.getByRole('button', { name: /Submit ticket|Submitting/ }).click()
    await flushPromises()
  }
  return { ...mounted, field, fill, submit }
}

function drop(zone: Element, files: File[]) {
  const event = new Event('drop', { bubbles: true, cancelable: true })
  Object.defineProperty(event, 'dataTransfer', { value: { files } })
  zone.dispatchEvent(event)
  return flushPromises()
}

beforeEach(() => localStorage.clear())

describe('Customer/Create', () => {
  it('posts subject, description, priority and department to the store route', async () => {
    const { fill, submit, requests, wrapper } = mount()
    await flushPromises()
    await fill(/Subject/, 'Export crashes')
    await fill(/Description/, 'Every CSV export crashes.')
    await wrapper.findAll('select')[1]?.setValue('2')
    await submit()
    expect(requests).toHaveLength(1)
    expect(requests[0]).toMatchObject({
      url: '/support',
      method: 'post',
      data: {
        subject: 'Export crashes',
        description: 'Every CSV export crashes.',
        priority: 'medium',
        department_id: 2,
      },
    })
  })

  it('checks required fields before sending and moves focus to the first one', async () => {
    const { submit, requests, screen, field } = mount()
    await flushPromises()
    await submit()
    expect(requests).toHaveLength(0)
    expect(screen.getByText('Subject is required.')).toBeTruthy()
    expect(screen.getByText('Description is required.')).toBeTruthy()
    expect(document.activeElement).toBe(field(/Subject/))
  })

  it('shows the server’s errors bag next to the fields', async () => {
    const { fill, submit, transport, field, screen } = mount()
    transport.respondWith(() => ({
      status: 'invalid',
      errors: { subject: 'The subject has already been used.', department_id: 'Pick another.' },
    }))
    await flushPromises()
    await fill(/Subject/, 'Dup')
    await fill(/Description/, 'Body')
    await submit()
    expect(field(/Subject/).getAttribute('aria-invalid')).toBe('true')
    const describedBy = field(/Subject/).getAttribute('aria-describedby') ?? ''
    expect(document.getElementById(describedBy)?.textContent).toContain('already been used')
    expect(screen.getByText('Pick another.')).toBeTruthy()
  })

  it('sends one request however often the form is submitted while it is sending', async () => {
    const { fill, submit, transport, requests, screen } = mount()
    const held = deferred<VisitResult>()
    transport.respondWith(() => held.promise)
    await flushPromises()
    await fill(/Subject/, 'Once')
    await fill(/Description/, 'Only once')
    await submit()
    await submit()
    expect(requests).toHaveLength(1)
    expect(screen.getByRole('button', { name: /Submitting/ }).getAttribute('aria-busy')).toBe(
      'true',
    )
    held.resolve({ status: 'ok' })
    await flushPromises()
    expect(screen.getByRole('button', { name: 'Submit ticket' })).toBeTruthy()
  })

  describe('draft', () => {
    it('keeps the values across a failed submit and a reload', async () => {
      const first = mount()
      first.transport.respondWith(() => ({ status: 'http-error', httpStatus: 500, message: null }))
      await flushPromises()
      await first.fill(/Subject/, 'Keep me')
      await first.fill(/Description/, 'Typed with care')
      await first.submit()
      expect((first.field(/Subject/) as HTMLInputElement).value).toBe('Keep me')
      expect(JSON.parse(localStorage.getItem(DRAFT_KEY) ?? '{}')).toMatchObject({
        subject: 'Keep me',
      })
      first.wrapper.unmount()

      const second = mount()
      await flushPromises()
      expect((second.field(/Subject/) as HTMLInputElement).value).toBe('Keep me')
      expect((second.field(/Description/) as HTMLTextAreaElement).value).toBe('Typed with care')
      expect(second.screen.getByText("We restored the draft you didn't send.")).toBeTruthy()
      second.screen.getByRole('button', { name: 'Discard draft' }).click()
      await flushPromises()
      expect((second.field(/Subject/) as HTMLInputElement).value).toBe('')
      expect(localStorage.getItem(DRAFT_KEY)).toBeNull()
    })

    it('is deleted once the ticket is created', async () => {
      const { fill, submit } = mount()
      await flushPromises()
      await fill(/Subject/, 'Done')
      await fill(/Description/, 'Sent')
      expect(localStorage.getItem(DRAFT_KEY)).not.toBeNull()
      await submit()
      expect(localStorage.getItem(DRAFT_KEY)).toBeNull()
    })
  })

  describe('attachments', () => {
    it('takes dropped files, refuses extra ones, and uploads the rest with progress', async () => {
      const { fill, submit, wrapper, transport, requests, screen } = mount(
        props({}, { max_attachments_per_reply: 2 }),
      )
      const held = deferred<VisitResult>()
      transport.respondWith((visit) => {
        visit.options.onProgress?.(60)
        return held.promise
      })
      await flushPromises()
      const files = ['a.png', 'b.pdf', 'c.txt'].map((name) => new File(['x'], name))
      await drop(wrapper.find('[data-part="attachment-dropzone"]').element, files)
      expect(screen.getByRole('list', { name: 'Files to upload' }).children).toHaveLength(2)
      expect(
        screen.getByText(/c\.txt was not added: a message can carry at most 2 files/),
      ).toBeTruthy()
      await fill(/Subject/, 'Screenshots')
      await fill(/Description/, 'See files')
      await submit()
      expect(requests[0]?.data).toMatchObject({ attachments: files.slice(0, 2) })
      expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('60')
      held.resolve({ status: 'ok' })
    })
  })

  describe('custom fields', () => {
    const customFields = [
      { id: 1, name: 'order_number', label: 'Order number', type: 'text', required: true },
      { id: 2, name: 'plan', label: 'Plan', type: 'select', options: ['Free', 'Pro'] },
      {
        id: 3,
        name: 'urgent_fix',
        label: 'Blocking',
        type: 'checkbox',
        placeholder: 'It blocks my work',
      },
      { id: 4, name: 'areas', label: 'Areas', type: 'multi_select', options: ['API', 'UI'] },
    ]

    it.each([
      ['snake_case', { custom_fields: customFields }],
      ['camelCase', { customFields: customFields.map((f) => ({ ...f, isRequired: f.required })) }],
    ])('renders the %s fields and sends their values', async (_name, extra) => {
      const { fill, submit, requests, screen, wrapper } = mount(props(extra))
      await flushPromises()
      await fill(/Subject/, 'With fields')
      await fill(/Description/, 'Body')
      await submit()
      expect(requests).toHaveLength(0)
      expect(screen.getByText('Order number is required.')).toBeTruthy()
      await fill(/Order number/, 'A-1001')
      await wrapper.findAll('select').at(-1)?.setValue('Pro')
      ;(screen.getByRole('checkbox', { name: 'It blocks my work' }) as HTMLInputElement).click()
      await flushPromises()
      ;(screen.getByRole('checkbox', { name: 'UI' }) as HTMLInputElement).click()
      await flushPromises()
      await submit()
      expect(requests[0]?.data).toMatchObject({
        custom_fields: { order_number: 'A-1001', plan: 'Pro', urgent_fix: true, areas: ['UI'] },
      })
    })
  })

  it('hides the priority when the backend sends no priorities to choose from', async () => {
    const { screen, fill, submit, requests } = mount(props({ priorities: [] }))
    await flushPromises()
    expect(screen.queryByRole('combobox', { name: 'Priority' })).toBeNull()
    await fill(/Subject/, 'No priority')
    await fill(/Description/, 'Body')
    await submit()
    expect(requests[0]?.data).not.toHaveProperty('priority')
  })
})
