import type { Meta, StoryObj } from '@storybook/vue3-vite'
import Index from '../../../src/pages/Customer/Index.vue'
import { customerShared, indexProps } from './portalData'

const meta = {
  title: 'Pages/Customer/Index',
  component: Index,
  args: indexProps(),
  parameters: { layout: 'fullscreen', pageProps: indexProps() },
} satisfies Meta<typeof Index>

export default meta
type Story = StoryObj<typeof meta>

/** L's payload: snake_case tickets in a length-aware paginator. */
export const SnakeCase: Story = {}

/** Adonis' payload: camelCase tickets in a Lucid `{meta, data}` paginator. */
export const CamelCase: Story = {
  args: indexProps({ adonis: true }),
  parameters: { pageProps: indexProps({ adonis: true }) },
}

/** No tickets yet: the call to action. */
export const Empty: Story = {
  args: indexProps({ count: 0 }),
  parameters: { pageProps: indexProps({ count: 0 }) },
}

/** Filters that match nothing. */
export const NoMatches: Story = {
  args: indexProps({ count: 0, filters: { status: 'closed', search: 'refund' } }),
  parameters: { pageProps: indexProps({ count: 0 }) },
}

/** A failed action flashes an error, shown as a toast. */
export const Error: Story = {
  args: indexProps(),
  parameters: {
    pageProps: {
      ...indexProps(),
      flash: { success: null, error: 'We could not load your latest tickets.' },
    },
  },
}

/** A full page of a long list, with pagination. */
export const LongContent: Story = {
  args: indexProps({ count: 15, total: 240 }),
  parameters: { pageProps: indexProps({ count: 15, total: 240 }) },
}

export const Rtl: Story = { parameters: { locale: 'ar', pageProps: customerShared() } }

export const Dark: Story = { globals: { mode: 'dark' } }
