import type { Meta, StoryObj } from '@storybook/vue3-vite'
import { onPanel } from '../../panel'
import KbFeedback from '../../../src/components/kb/KbFeedback.vue'

const meta = {
  title: 'Kb/KbFeedback',
  component: KbFeedback,
  decorators: [onPanel],
} satisfies Meta<typeof KbFeedback>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}

export const Loading: Story = { args: { state: 'busy', vote: true } }

export const Done: Story = { args: { state: 'done', vote: true } }

export const Rtl: Story = { parameters: { locale: 'ar' } }

export const Dark: Story = { globals: { mode: 'dark' } }
