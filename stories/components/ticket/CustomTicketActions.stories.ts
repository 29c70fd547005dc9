import type { Meta, StoryObj } from '@storybook/vue3-vite'
import { h } from 'vue'
import { userEvent, within } from 'storybook/test'
import { ApiError } from '../../../src'
import { CustomTicketActions } from '../../../src/components/ticket'
import { makeCustomAction, makeSharedProps } from '../../../test/fixtures'
import { onPanel } from '../../panel'

const sync = makeCustomAction({ variant: 'primary', confirmation: 'Sync this ticket to the CRM?' })
const legal = makeCustomAction({
  key: 'escalate-legal',
  label: 'Escalate to legal',
  variant: 'danger',
  confirmation: 'Escalate this ticket to the legal team? They will be notified right away.',
  metadata: { icon: 'scale' },
})
const print = makeCustomAction({
  key: 'print-label',
  label: 'Print shipping label',
  metadata: { icon: 'printer' },
})
const disabledPrint = {
  ...print,
  disabled: true,
  metadata: { icon: 'printer', reason: 'Set a department first' },
}

const meta = {
  title: 'Ticket/CustomTicketActions',
  component: CustomTicketActions,
  args: { actions: [sync, legal, print] },
  parameters: { pageProps: makeSharedProps() },
  decorators: [onPanel],
} satisfies Meta<typeof CustomTicketActions>

export default meta
type Story = StoryObj<typeof meta>

const press =
  (name: string): Story['play'] =>
  async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name }))
  }

const dark = (story: Story): Story => ({ ...story, globals: { mode: 'dark' } })

/** The three actions of the playground host: primary, danger and secondary. */
export const Default: Story = {}
export const DefaultDark = dark(Default)

export const Primary: Story = { args: { actions: [makeCustomAction({ variant: 'primary' })] } }
export const PrimaryDark = dark(Primary)

export const Secondary: Story = { args: { actions: [makeCustomAction()] } }
export const SecondaryDark = dark(Secondary)

export const Danger: Story = { args: { actions: [legal] } }
export const DangerDark = dark(Danger)

/** An unknown `metadata.icon` renders no icon rather than a wrong one; an unknown variant is secondary. */
export const UnknownIconAndVariant: Story = {
  args: {
    actions: [
      makeCustomAction({ label: 'Post to Slack', variant: 'fancy', metadata: { icon: 'nope' } }),
    ],
  },
}
export const UnknownIconAndVariantDark = dark(UnknownIconAndVariant)

/** Focusable, `aria-disabled`, with the reason the host put in metadata. */
export const Disabled: Story = { args: { actions: [sync, disabledPrint] } }
export const DisabledDark = dark(Disabled)

/** Only the pressed action locks while its request runs. */
export const Busy: Story = {
  args: { actions: [print, sync], submit: () => new Promise<never>(() => undefined) },
  play: press('Print shipping label'),
}
export const BusyDark = dark(Busy)

/** The confirmation dialog names the action and shows the host's text. */
export const Confirmation: Story = { play: press('Sync CRM') }
export const ConfirmationDark = dark(Confirmation)

/** A danger action gets a danger confirm button. */
export const DangerConfirmation: Story = { play: press('Escalate to legal') }
export const DangerConfirmationDark = dark(DangerConfirmation)

/** A payload form in the confirmation dialog. */
export const WithPayloadForm: Story = {
  args: { actions: [sync] },
  render: (args) => ({
    setup: () => () =>
      h(CustomTicketActions, args, {
        payload: ({
          payload,
          setPayload,
        }: {
          payload: Record<string, unknown>
          setPayload: (next: Record<string, unknown>) => void
        }) =>
          h('label', { style: 'display: flex; gap: 0.5rem; align-items: center' }, [
            h('input', {
              type: 'checkbox',
              checked: payload.full === true,
              onChange: (event: Event) =>
                setPayload({ full: (event.target as HTMLInputElement).checked }),
            }),
            'Full resync (slower)',
          ]),
      }),
  }),
  play: press('Sync CRM'),
}
export const WithPayloadFormDark = dark(WithPayloadForm)

/** A 403 from the server: the action explains itself under the button. */
export const Forbidden: Story = {
  args: {
    actions: [print],
    submit: async () => {
      throw new ApiError({ kind: 'forbidden', status: 403, message: 'Forbidden' })
    },
  },
  play: press('Print shipping label'),
}
export const ForbiddenDark = dark(Forbidden)

/** A network failure: the button is usable again for a retry. */
export const NetworkError: Story = {
  args: {
    actions: [print],
    submit: async () => {
      throw new ApiError({ kind: 'network', status: 0, message: 'Failed to fetch' })
    },
  },
  play: press('Print shipping label'),
}
export const NetworkErrorDark = dark(NetworkError)

/** A long, localised label wraps inside the bar. */
export const LongContent: Story = {
  args: {
    actions: [
      makeCustomAction({ label: 'Synchronise this ticket with the customer relationship system' }),
      legal,
      print,
    ],
  },
}
