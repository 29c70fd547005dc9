import type { Meta, StoryObj } from '@storybook/vue3-vite'
import Show from '../../../src/pages/Guest/Show.vue'
import { customerShared, guestShowProps } from '../Customer/portalData'

const meta = {
  title: 'Pages/Guest/Show',
  component: Show,
  args: guestShowProps(),
  parameters: { layout: 'fullscreen', pageProps: guestShowProps() },
} satisfies Meta<typeof Show>

export default meta
type Story = StoryObj<typeof meta>

/** L's payload. */
export const SnakeCase: Story = {}

/** Adonis' payload (camelCase, token also inside the ticket). */
export const CamelCase: Story = {
  args: guestShowProps({ adonis: true }),
  parameters: { pageProps: guestShowProps({ adonis: true }) },
}

/** Resolved: the guest can rate. */
export const Resolved: Story = {
  args: guestShowProps({ ticket: { status: 'resolved' } }),
  parameters: { pageProps: guestShowProps({ ticket: { status: 'resolved' } }) },
}

/** Props without a ticket: the expired or unknown link message. */
export const Error: Story = {
  args: { ...customerShared({}, false), ticket: null, token: '' },
  parameters: { pageProps: customerShared({}, false) },
}

export const Rtl: Story = { parameters: { locale: 'ar', pageProps: guestShowProps() } }

export const Dark: Story = { globals: { mode: 'dark' } }
