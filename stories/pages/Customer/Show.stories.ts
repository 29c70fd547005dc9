import type { Meta, StoryObj } from '@storybook/vue3-vite'
import Show from '../../../src/pages/Customer/Show.vue'
import { customerShared, showProps } from './portalData'

const meta = {
  title: 'Pages/Customer/Show',
  component: Show,
  args: showProps(),
  parameters: { layout: 'fullscreen', pageProps: showProps() },
} satisfies Meta<typeof Show>

export default meta
type Story = StoryObj<typeof meta>

/** L's payload: snake_case ticket with public replies. */
export const SnakeCase: Story = {}

/** The same ticket as Adonis serializes it. */
export const CamelCase: Story = {
  args: showProps({ adonis: true }),
  parameters: { pageProps: showProps({ adonis: true }) },
}

/** Resolved: reopen and the rating form. */
export const Resolved: Story = {
  args: showProps({ ticket: { status: 'resolved' } }),
  parameters: { pageProps: showProps({ ticket: { status: 'resolved' } }) },
}

/** Closed and already rated; close is not offered. */
export const ClosedAndRated: Story = {
  args: showProps({
    ticket: { status: 'closed', satisfaction_rating: { id: 1, rating: 5, comment: 'Great help' } },
  }),
  parameters: { pageProps: customerShared() },
}

/** The backend does not let customers close tickets. */
export const CloseNotAllowed: Story = {
  args: showProps(),
  parameters: { pageProps: customerShared({ allow_customer_close: false }) },
}

/** A new ticket without replies. */
export const Empty: Story = {
  args: showProps({ replies: 0 }),
  parameters: { pageProps: showProps({ replies: 0 }) },
}

/** No ticket in the props. */
export const Error: Story = {
  args: { ...customerShared(), ticket: null },
  parameters: { pageProps: customerShared() },
}

/** A long description and many replies. */
export const LongContent: Story = {
  args: showProps({ long: true, replies: 24 }),
  parameters: { pageProps: showProps({ long: true, replies: 24 }) },
}

export const Rtl: Story = { parameters: { locale: 'ar', pageProps: showProps() } }

export const Dark: Story = { globals: { mode: 'dark' } }
