import type { Meta, StoryObj } from '@storybook/vue3-vite'
import { EscRelativeTime } from '../../../src'
import { onPanel } from '../../panel'

const now = new Date('2026-11-23T12:00:00Z')

const meta = {
  title: 'UI/RelativeTime',
  decorators: [onPanel],
  component: EscRelativeTime,
  args: { value: '2026-11-23T11:55:00.000+00:00', now },
} satisfies Meta<typeof EscRelativeTime>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}

export const DaysAgo: Story = { args: { value: '2026-11-20T09:30:00Z' } }

export const Future: Story = { args: { value: '2026-11-23T16:00:00Z' } }

/** Ticks every 30 s against the real clock. */
export const Live: Story = { args: { value: new Date(Date.now() - 45_000), now: undefined } }

export const Invalid: Story = { args: { value: 'not a date' } }

export const German: Story = { parameters: { locale: 'de' } }

export const Dark: Story = { globals: { mode: 'dark' } }
