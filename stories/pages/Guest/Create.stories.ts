import type { Meta, StoryObj } from '@storybook/vue3-vite'
import Create from '../../../src/pages/Guest/Create.vue'
import { createProps } from '../Customer/portalData'

const guest = (extra: Record<string, unknown> = {}) => createProps(extra, false)

const meta = {
  title: 'Pages/Guest/Create',
  component: Create,
  args: guest(),
  parameters: { layout: 'fullscreen', pageProps: guest() },
} satisfies Meta<typeof Create>

export default meta
type Story = StoryObj<typeof meta>

/** L's guest form. */
export const SnakeCase: Story = {}

/** L+: the form asks for an email code before the ticket is stored. */
export const Verification: Story = {
  args: guest({ verification_url: '/support/guest/verification' }),
  parameters: { pageProps: guest({ verification_url: '/support/guest/verification' }) },
}

/** No departments and no priority choice. */
export const Empty: Story = {
  args: guest({ departments: [], priorities: [] }),
  parameters: { pageProps: guest({ departments: [], priorities: [] }) },
}

/** The errors bag after a refused submit. */
export const Error: Story = {
  parameters: {
    pageProps: {
      ...guest(),
      errors: {
        guest_name: 'The guest name field is required.',
        guest_email: 'The guest email must be a valid email address.',
      },
    },
  },
}

export const Rtl: Story = { parameters: { locale: 'ar', pageProps: guest() } }

export const Dark: Story = { globals: { mode: 'dark' } }
