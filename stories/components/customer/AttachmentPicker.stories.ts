import type { Meta, StoryObj } from '@storybook/vue3-vite'
import { onPanel } from '../../panel'
import AttachmentPicker from '../../../src/components/customer/AttachmentPicker.vue'

const files = () => [
  new File(['x'.repeat(24_000)], 'screenshot.png', { type: 'image/png' }),
  new File(['row,row'], 'orders-export-with-a-very-long-file-name-2026-01-15.csv'),
]

const meta = {
  title: 'Customer/AttachmentPicker',
  component: AttachmentPicker,
  decorators: [onPanel],
  args: { maxFiles: 5, maxSizeKb: 10240, allowedTypes: ['png', 'jpg', 'pdf', 'csv', 'txt'] },
} satisfies Meta<typeof AttachmentPicker>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}

export const WithFiles: Story = { args: { files: files() } }

/** While the form uploads. */
export const Loading: Story = { args: { files: files(), progress: 45, disabled: true } }

/** The server refused the files. */
export const Error: Story = {
  args: { files: files(), error: 'The attachments.0 must be a file of type: pdf.' },
}

/** The limit is reached: the picker is disabled. */
export const Full: Story = { args: { files: files(), maxFiles: 2 } }

export const Rtl: Story = { args: { files: files() }, parameters: { locale: 'ar' } }

export const Dark: Story = { args: { files: files() }, globals: { mode: 'dark' } }
