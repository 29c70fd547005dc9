import type { Meta, StoryObj } from '@storybook/vue3-vite'
import { defineComponent, h } from 'vue'
import EscalatedLayout from '../../../src/components/layout/EscalatedLayout.vue'
import UnknownPage from '../../../src/components/layout/UnknownPage.vue'

const sharedProps = (escalated: Record<string, unknown>) => ({
  escalated: { prefix: 'support', knowledge_base_enabled: true, ...escalated },
  auth: { user: { id: 1, name: 'Alice Admin', email: 'alice@example.test' } },
  flash: { success: null, error: null },
  errors: {},
})

const body = () =>
  h('div', { style: 'display: grid; gap: 0.5rem' }, [
    h('p', 'Page content sits here, in the layout’s main region.'),
    h('p', { style: 'color: var(--esc-c-panel-text-muted)' }, 'Muted helper text.'),
  ])

const meta = {
  title: 'Layout/EscalatedLayout',
  component: EscalatedLayout,
  args: { section: 'agent', title: 'Tickets' },
  render: (args) => ({
    setup: () => () => h(EscalatedLayout, args, body),
  }),
  parameters: { layout: 'fullscreen', pageProps: sharedProps({ is_agent: true, is_admin: true }) },
} satisfies Meta<typeof EscalatedLayout>

export default meta
type Story = StoryObj<typeof meta>

export const Agent: Story = {}

export const AgentDark: Story = { globals: { mode: 'dark' } }

export const Admin: Story = { args: { section: 'admin', title: 'Departments' } }

export const AdminDark: Story = {
  args: { section: 'admin', title: 'Departments' },
  globals: { mode: 'dark' },
}

export const Customer: Story = {
  args: { section: 'customer', title: 'My tickets' },
  parameters: { pageProps: sharedProps({}) },
}

export const CustomerDark: Story = {
  args: { section: 'customer', title: 'My tickets' },
  parameters: { pageProps: sharedProps({}) },
  globals: { mode: 'dark' },
}

export const Guest: Story = {
  args: { section: 'guest', title: 'Open a ticket' },
  parameters: {
    pageProps: { ...sharedProps({ knowledge_base_public: true }), auth: { user: null } },
  },
}

export const Rtl: Story = {
  args: { section: 'agent', title: 'التذاكر' },
  parameters: { locale: 'ar' },
}

const UnknownPageStory = defineComponent({
  setup: () => () => h(UnknownPage, { name: 'Escalated/Admin/Sandbox' }),
})

export const UnknownPagePanel: Story = {
  render: () => ({ components: { UnknownPageStory }, setup: () => () => h(UnknownPageStory) }),
}
