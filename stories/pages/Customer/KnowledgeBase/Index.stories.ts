import type { Meta, StoryObj } from '@storybook/vue3-vite'
import Index from '../../../../src/pages/Customer/KnowledgeBase/Index.vue'
import { customerShared } from '../portalData'
import { kbIndexProps } from './kbData'

const meta = {
  title: 'Pages/Customer/KnowledgeBase/Index',
  component: Index,
  args: kbIndexProps(),
  parameters: { layout: 'fullscreen', pageProps: kbIndexProps() },
} satisfies Meta<typeof Index>

export default meta
type Story = StoryObj<typeof meta>

/** L's payload. */
export const SnakeCase: Story = {}

/** camelCase models in a Lucid paginator. */
export const CamelCase: Story = {
  args: kbIndexProps({ adonis: true }),
  parameters: { pageProps: kbIndexProps({ adonis: true }) },
}

/** A knowledge base without articles yet. */
export const Empty: Story = {
  args: kbIndexProps({ count: 0 }),
  parameters: { pageProps: kbIndexProps({ count: 0 }) },
}

/** A search that finds nothing. */
export const Error: Story = {
  args: kbIndexProps({ count: 0, filters: { search: 'teleport' } }),
  parameters: { pageProps: kbIndexProps({ count: 0 }) },
}

/** A full page with pagination. */
export const LongContent: Story = {
  args: kbIndexProps({ count: 15, total: 90 }),
  parameters: { pageProps: kbIndexProps({ count: 15, total: 90 }) },
}

/** An anonymous visitor (public knowledge base): guest chrome. */
export const Visitor: Story = {
  args: { ...kbIndexProps(), ...customerShared({}, false) },
  parameters: { pageProps: customerShared({}, false) },
}

export const Rtl: Story = { parameters: { locale: 'ar', pageProps: kbIndexProps() } }

export const Dark: Story = { globals: { mode: 'dark' } }
