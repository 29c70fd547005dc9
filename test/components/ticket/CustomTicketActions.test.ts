import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises } from '@vue/test-utils'
import { within } from '@testing-library/dom'
import { ApiError } from '@/api'
import type { CustomAction } from '@/contract'
import CustomTicketActions from '@/components/ticket/CustomTicketActions.vue'
import type { CustomActionError } from '@/composables/useCustomActions'
import { useToast } from '@/composables/useToast'
import { makeCustomAction, makeSharedProps } from '../../fixtures'
import { mountEscalated } from '../../helpers/mount'
import { deferred } from '../../helpers/recordingTransport'
import type { VisitResult } from '@/plugin/transport'

const SYNC = makeCustomAction()
const LEGAL = makeCustomAction({
  key: 'escalate-legal',
  label: 'Escalate to legal',
  variant: 'danger',
  confirmation: 'Escalate this ticket to the legal team?',
  metadata: { icon: 'scale' },
})
const PRINT = makeCustomAction({
  key: 'print-label',
  label: 'Print shipping label',
  disabled: true,
  metadata: { icon: 'printer', reason: 'Set a department first' },
})

type Props = InstanceType<typeof CustomTicketActions>['$props']

// The component with the app's toasts listed next to it, as the layout's toast region shows them.
const WithToasts = defineComponent({
  inheritAttrs: false,
  setup(_, { attrs }) {
    const { toasts } = useToast()
    return () =>
      h('div', [
        h(CustomTicketActions, attrs as unknown as Props),
        h(
          'ul',
          { 'data-test': 'toasts' },
          toasts.value.map((toast) => h('li', { 'data-kind': toast.kind }, toast.message)),
        ),
      ])
  },
})

function render(props: Partial<Props> & { actions: unknown[] }) {
  const mounted = mountEscalated(WithToasts, {
    props: props as Record<string, unknown>,
    pageProps: { ...makeSharedProps() },
    attach: true,
  })
  const screen = within(mounted.wrapper.element as HTMLElement)
  const actions = mounted.wrapper.findComponent(CustomTicketActions)
  const button = (name: string) => screen.getByRole('button', { name })
  const toasts = () => mounted.wrapper.findAll('[data-test="toasts"] li').map((li) => li.text())
  return { ...mounted, screen, actions, button, toasts }
}

const dialog = () => within(document.body).queryByRole('alertdialog')

describe('CustomTicketActions', () => {
  describe('rendering', () => {
    it('renders one button per action, labelled as the server sent it and keyed by data-action-key', () => {
      const { screen } = render({ actions: [SYNC, LEGAL, PRINT] })
      const buttons = within(screen.getByRole('group', { name: 'Ticket actions' })).getAllByRole(
        'button',
      )
      expect(
        buttons.map((b) => [b.textContent?.trim(), b.getAttribute('data-action-key')]),
      ).toEqual([
        ['Sync CRM', 'sync-crm'],
        ['Escalate to legal', 'escalate-legal'],
        ['Print shipping label', 'print-label'],
      ])
    })

    it('never renders an action whose raw form says visible: false', () => {
      const { screen } = render({
        actions: [SYNC, { key: 'secret', label: 'Secret', visible: false }],
      })
      expect(screen.queryByRole('button', { name: 'Secret' })).toBeNull()
      expect(screen.getByRole('button', { name: 'Sync CRM' })).toBeTruthy()
    })

    it('renders nothing when there are no visible actions', () => {
      const { wrapper } = render({ actions: [{ key: 'x', label: 'X', visible: 0 }] })
      expect(wrapper.find('[data-part="custom-ticket-actions"]').exists()).toBe(false)
    })

    it.each([
      ['primary', 'primary'],
      ['secondary', 'secondary'],
      ['danger', 'danger'],
      ['fancy', 'secondary'],
    ])('styles variant %s as %s', (variant, expected) => {
      const { button } = render({ actions: [makeCustomAction({ variant })] })
      expect(button('Sync CRM').getAttribute('data-variant')).toBe(expected)
    })

    it('shows the icon metadata names', () => {
      const { button } = render({ actions: [SYNC] })
      expect(button('Sync CRM').querySelector('[data-part="custom-action-icon"]')).not.toBeNull()
    })

    it('shows no icon for an unknown icon name', () => {
      const { button } = render({
        actions: [makeCustomAction({ metadata: { icon: 'no-such-icon' } })],
      })
      expect(button('Sync CRM').querySelector('svg')).toBeNull()
    })

    it('accepts PHP’s empty metadata array', () => {
      const { button } = render({ actions: [makeCustomAction({ metadata: [] })] })
      expect(button('Sync CRM').querySelector('svg')).toBeNull()
    })
  })

  describe('when an action is disabled', () => {
    it('keeps it focusable, marks it aria-disabled and describes why', () => {
      const { button, screen } = render({ actions: [PRINT] })
      const print = button('Print shipping label')
      expect(print.hasAttribute('disabled')).toBe(false)
      expect(print.getAttribute('aria-disabled')).toBe('true')
      print.focus()
      expect(document.activeElement).toBe(print)
      const reason = screen.getByText('Set a department first')
      expect(print.getAttribute('aria-describedby')).toContain(reason.id)
    })

    it('reads the raw host form enabled: false as disabled, and disabled_reason as the reason', () => {
      const { button, screen } = render({
        actions: [
          {
            key: 'k',
            label: 'Ship',
            enabled: false,
            metadata: { disabled_reason: 'Nothing to ship' },
            url: '/x',
          },
        ],
      })
      expect(button('Ship').getAttribute('aria-disabled')).toBe('true')
      expect(screen.getByText('Nothing to ship')).toBeTruthy()
    })

    it('sends nothing when pressed', async () => {
      const { button, requests, actions } = render({ actions: [PRINT] })
      button('Print shipping label').click()
      await flushPromises()
      expect(requests).toHaveLength(0)
      expect(actions.emitted('triggered')).toBeUndefined()
      expect(dialog()).toBeNull()
    })
  })

  describe('when an action needs no confirmation', () => {
    it('posts to its url with its method, preserving scroll, then reloads only the ticket', async () => {
      const { button, requests } = render({ actions: [SYNC] })
      button('Sync CRM').click()
      await flushPromises()
      expect(requests).toHaveLength(2)
      const [post, reload] = requests
      expect(post?.url).toBe('/support/agent/tickets/ESC-00001/actions/sync-crm')
      expect(post?.method).toBe('post')
      expect(post?.data).toEqual({})
      expect(post?.options).toMatchObject({ preserveScroll: true, async: true })
      expect(reload?.kind).toBe('reload')
      expect(reload?.options.only).toEqual(['ticket'])
    })

    it('honours a method other than POST', async () => {
      const { button, requests } = render({ actions: [makeCustomAction({ method: 'PUT' })] })
      button('Sync CRM').click()
      await flushPromises()
      expect(requests[0]?.method).toBe('put')
    })

    it('sends the host payload as {payload}', async () => {
      const { button, requests } = render({
        actions: [SYNC],
        payload: (action: CustomAction) => ({ source: action.key }),
      })
      button('Sync CRM').click()
      await flushPromises()
      expect(requests[0]?.data).toEqual({ payload: { source: 'sync-crm' } })
    })

    it('builds the URL from the route table when the item has none', async () => {
      const { button, requests } = render({
        actions: [makeCustomAction({ url: undefined })],
        ticketReference: 'ESC-00042',
      })
      button('Sync CRM').click()
      await flushPromises()
      expect(requests[0]?.url).toBe('/support/agent/tickets/ESC-00042/actions/sync-crm')
    })

    it('emits triggered, succeeded and action:success', async () => {
      const { button, actions } = render({ actions: [SYNC] })
      button('Sync CRM').click()
      await flushPromises()
      const action = actions.emitted<[CustomAction]>('triggered')?.[0]?.[0]
      expect(action?.key).toBe('sync-crm')
      expect(actions.emitted('succeeded')?.[0]?.[0]).toMatchObject({ key: 'sync-crm' })
      expect(actions.emitted('action:success')?.[0]?.[0]).toMatchObject({ key: 'sync-crm' })
      expect(actions.emitted('failed')).toBeUndefined()
    })
  })

  describe('while a request runs', () => {
    it('marks only the clicked button busy and keeps the others usable', async () => {
      const { button, requests, transport } = render({
        actions: [SYNC, makeCustomAction({ key: 'notify', label: 'Notify Slack' })],
      })
      const held = deferred<VisitResult>()
      transport.respondWith((visit) =>
        visit.url.endsWith('sync-crm') ? held.promise : { status: 'ok' },
      )
      button('Sync CRM').click()
      await flushPromises()
      expect(button('Sync CRM').getAttribute('aria-busy')).toBe('true')
      expect(button('Sync CRM').getAttribute('data-state')).toBe('busy')
      expect(button('Notify Slack').getAttribute('aria-busy')).toBeNull()

      button('Notify Slack').click()
      await flushPromises()
      expect(requests.filter((r) => r.kind === 'visit').map((r) => r.url)).toEqual([
        '/support/agent/tickets/ESC-00001/actions/sync-crm',
        '/support/agent/tickets/ESC-00001/actions/notify',
      ])
      held.resolve({ status: 'ok' })
      await flushPromises()
      expect(button('Sync CRM').getAttribute('aria-busy')).toBeNull()
    })

    it('sends exactly one request for a double click', async () => {
      const { button, requests, transport } = render({ actions: [SYNC] })
      const held = deferred<VisitResult>()
      transport.respondWith((visit) => (visit.kind === 'visit' ? held.promise : { status: 'ok' }))
      const sync = button('Sync CRM')
      sync.click()
      sync.click()
      await flushPromises()
      sync.click()
      held.resolve({ status: 'ok' })
      await flushPromises()
      expect(requests.filter((r) => r.kind === 'visit')).toHaveLength(1)
    })
  })

  describe('when an action asks for confirmation', () => {
    it('opens a dialog naming the action and showing the confirmation text, without posting', async () => {
      const { button, requests } = render({ actions: [LEGAL] })
      button('Escalate to legal').click()
      await flushPromises()
      const open = dialog()
      expect(open).not.toBeNull()
      expect(within(open as HTMLElement).getByText('Run “Escalate to legal”?')).toBeTruthy()
      expect(
        within(open as HTMLElement).getByText('Escalate this ticket to the legal team?'),
      ).toBeTruthy()
      expect(requests).toHaveLength(0)
    })

    it('styles the confirm button as danger for a danger action', async () => {
      const { button } = render({ actions: [LEGAL] })
      button('Escalate to legal').click()
      await flushPromises()
      const confirm = within(dialog() as HTMLElement).getByRole('button', {
        name: 'Escalate to legal',
      })
      expect(confirm.getAttribute('data-variant')).toBe('danger')
    })

    it('uses a primary confirm button for other actions', async () => {
      const { button } = render({ actions: [makeCustomAction({ confirmation: 'Sure?' })] })
      button('Sync CRM').click()
      await flushPromises()
      const confirm = within(dialog() as HTMLElement).getByRole('button', { name: 'Sync CRM' })
      expect(confirm.getAttribute('data-variant')).toBe('primary')
    })

    it('posts once when confirmed', async () => {
      const { button, requests } = render({ actions: [LEGAL] })
      button('Escalate to legal').click()
      await flushPromises()
      within(dialog() as HTMLElement)
        .getByRole('button', { name: 'Escalate to legal' })
        .click()
      await flushPromises()
      expect(requests.filter((r) => r.kind === 'visit')).toHaveLength(1)
      expect(requests[0]?.url).toContain('/actions/escalate-legal')
      expect(dialog()).toBeNull()
    })

    it('posts nothing when cancelled', async () => {
      const { button, requests, actions } = render({ actions: [LEGAL] })
      button('Escalate to legal').click()
      await flushPromises()
      within(dialog() as HTMLElement)
        .getByRole('button', { name: 'Cancel' })
        .click()
      await flushPromises()
      expect(dialog()).toBeNull()
      expect(requests).toHaveLength(0)
      expect(actions.emitted('triggered')).toBeUndefined()
    })

    it('collects a payload through the payload slot', async () => {
      const mounted = mountEscalated(CustomTicketActions, {
        props: { actions: [makeCustomAction({ confirmation: 'Sync now?' })] },
        slots: {
          payload: (slot: { setPayload: (next: Record<string, unknown>) => void }) =>
            h(
              'button',
              { type: 'button', onClick: () => slot.setPayload({ full: true }) },
              'Full sync',
            ),
        },
        pageProps: { ...makeSharedProps() },
        attach: true,
      })
      within(mounted.wrapper.element as HTMLElement)
        .getByRole('button', { name: 'Sync CRM' })
        .click()
      await flushPromises()
      const open = within(dialog() as HTMLElement)
      open.getByRole('button', { name: 'Full sync' }).click()
      await flushPromises()
      open.getByRole('button', { name: 'Sync CRM' }).click()
      await flushPromises()
      expect(mounted.requests[0]?.data).toEqual({ payload: { full: true } })
    })
  })

  describe('when the server refuses', () => {
    async function failWith(result: VisitResult) {
      const rendered = render({ actions: [SYNC] })
      rendered.transport.respondWith(() => result)
      rendered.button('Sync CRM').click()
      await flushPromises()
      return rendered
    }

    it('explains a 403 as a disabled action', async () => {
      const { toasts, actions, button } = await failWith({
        status: 'http-error',
        httpStatus: 403,
        message: null,
      })
      expect(toasts()).toEqual(['“Sync CRM” is disabled for this ticket.'])
      const inline = document.getElementById(
        button('Sync CRM').getAttribute('aria-describedby') ?? '',
      )
      expect(inline?.textContent?.trim()).toBe('“Sync CRM” is disabled for this ticket.')
      const error = actions.emitted<[CustomAction, CustomActionError]>('failed')?.[0]?.[1]
      expect(error?.kind).toBe('forbidden')
      expect(actions.emitted('action:error')).toHaveLength(1)
    })

    it('explains a 404 as no longer available', async () => {
      const { toasts } = await failWith({ status: 'http-error', httpStatus: 404, message: null })
      expect(toasts()).toEqual(['“Sync CRM” is no longer available for this ticket.'])
    })

    it('shows the validation messages of a 422', async () => {
      const { toasts, actions } = await failWith({
        status: 'invalid',
        errors: { 'payload.note': 'The note is required.' },
      })
      expect(toasts()).toEqual(['The note is required.'])
      const error = actions.emitted<[CustomAction, CustomActionError]>('failed')?.[0]?.[1]
      expect(error?.fieldErrors).toEqual({ 'payload.note': 'The note is required.' })
    })

    it('shows the server’s own message when it sent one', async () => {
      const { toasts } = await failWith({
        status: 'http-error',
        httpStatus: 500,
        message: 'CRM is down.',
      })
      expect(toasts()).toEqual(['CRM is down.'])
    })

    it('does not reload the ticket after a failure', async () => {
      const { requests } = await failWith({ status: 'http-error', httpStatus: 404, message: null })
      expect(requests.map((r) => r.kind)).toEqual(['visit'])
    })

    it('lets the user retry after a network failure', async () => {
      const { toasts, button, transport, requests } = await failWith({
        status: 'network-error',
        message: 'Failed to fetch',
      })
      expect(toasts()[0]).toContain('Try again')
      expect(button('Sync CRM').getAttribute('aria-busy')).toBeNull()
      transport.respondWith(() => ({ status: 'ok' }))
      button('Sync CRM').click()
      await flushPromises()
      expect(requests.filter((r) => r.kind === 'visit')).toHaveLength(2)
      expect(
        button('Sync CRM').closest('[data-part="custom-action"]')?.getAttribute('data-state'),
      ).toBe('idle')
    })
  })

  describe('with a submit function (no Inertia)', () => {
    it('sends through it instead of the transport and shows its message', async () => {
      const submit = vi.fn(async () => ({
        message: 'Custom action dispatched.',
        action: 'sync-crm',
      }))
      const { button, requests, toasts, actions } = render({ actions: [SYNC], submit })
      button('Sync CRM').click()
      await flushPromises()
      expect(submit).toHaveBeenCalledWith(
        expect.objectContaining({
          url: '/support/agent/tickets/ESC-00001/actions/sync-crm',
          method: 'post',
          body: {},
        }),
      )
      expect(requests).toHaveLength(0)
      expect(toasts()).toEqual(['Custom action dispatched.'])
      expect(actions.emitted('succeeded')?.[0]?.[1]).toBe('Custom action dispatched.')
    })

    it('maps a thrown ApiError to the same messages', async () => {
      const submit = vi.fn(async () => {
        throw new ApiError({ kind: 'not-found', status: 404, message: 'Not Found' })
      })
      const { button, toasts } = render({ actions: [SYNC], submit })
      button('Sync CRM').click()
      await flushPromises()
      expect(toasts()).toEqual(['“Sync CRM” is no longer available for this ticket.'])
    })
  })
})
