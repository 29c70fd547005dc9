import type { Meta, StoryObj } from '@storybook/vue3-vite'
import { EscPagination } from '../../../src'
import { onPanel } from '../../panel'

const meta = {
  title: 'UI/Pagination',
  decorators: [onPanel],
  component: EscPagination,
  args: {
    page: 5,
    lastPage: 12,
    total: 178,
    perPage: 15,
    url: '/support/agent/tickets?status=open',
    visit: (href: string) => console.info('[escalated story] visit', href),
  },
} satisfies Meta<typeof EscPagination>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}

export const FirstPage: Story = { args: { page: 1 } }

export const LastPage: Story = { args: { page: 12 } }

export const FewPages: Story = { args: { page: 2, lastPage: 3, total: 40 } }

export const WithoutSummary: Story = { args: { total: undefined, perPage: undefined } }

export const SinglePage: Story = { args: { page: 1, lastPage: 1, total: 6 } }

export const Rtl: Story = { parameters: { locale: 'ar' } }

export const Dark: Story = { globals: { mode: 'dark' } }
