import type { Meta, StoryObj } from '@storybook/vue3-vite'
import { onPanel } from '../../panel'
import KbCategoryList from '../../../src/components/kb/KbCategoryList.vue'
import { normalizeKbCategories } from '../../../src/contract'

const categories = normalizeKbCategories([
  {
    id: 1,
    name: 'Getting started',
    slug: 'getting-started',
    description: 'First steps',
    articles_count: 3,
  },
  {
    id: 2,
    name: 'Billing',
    slug: 'billing',
    description: 'Invoices, refunds and plans',
    articles_count: 1,
  },
  { id: 3, name: 'Shipping', slug: 'shipping', articles_count: 0 },
])

const meta = {
  title: 'Kb/KbCategoryList',
  component: KbCategoryList,
  decorators: [onPanel],
  args: { categories, active: '', hrefFor: (slug: string) => `/support/kb?category=${slug}` },
} satisfies Meta<typeof KbCategoryList>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}

export const Selected: Story = { args: { active: 'billing' } }

export const Empty: Story = { args: { categories: [] } }

export const Rtl: Story = { parameters: { locale: 'ar' } }

export const Dark: Story = { globals: { mode: 'dark' } }
