import type { Meta, StoryObj } from '@storybook/vue3-vite'
import { onPanel } from '../../panel'
import ComposerAttachments from '../../../src/components/reply/ComposerAttachments.vue'
import { normalizePortalSettings } from '../../../src/contract'

const files = () => [
  new File(['x'.repeat(24_000)], 'screenshot.png', { type: 'image/png' }),
  new File(['row,row'], 'orders-export-with-a-very-long-file-name-2026-01-15.csv'),
]

// What the agent screen passes when the page sends no settings: L's defaults.
const defaults = normalizePortalSettings({})

const meta = {
  title: 'Reply/ComposerAttachments',
  component: ComposerAttachments,
  decorators: [onPanel],
  args: {
    maxFiles: defaults.maxAttachments,
    maxSizeKb: defaults.maxAttachmentSizeKb,
    allowedTypes: defaults.allowedAttachmentTypes,
  },
} satisfies Meta<typeof ComposerAttachments>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}

/** No type allow-list: only the count and size limits are shown. */
export const AnyType: Story = { args: { allowedTypes: [] } }

export const WithFiles: Story = { args: { files: files() } }

/** Files the limits refused are named with the reason. */
export const Refused: Story = {
  args: { maxSizeKb: 1 },
  play: async ({ canvasElement }) => {
    const input = canvasElement.querySelector<HTMLInputElement>('input[type="file"]')
    if (!input) return
    const picked = new DataTransfer()
    picked.items.add(new File(['x'.repeat(400)], 'notes.pdf'))
    picked.items.add(new File(['x'.repeat(4096)], 'scan.png'))
    picked.items.add(new File(['MZ'], 'setup.exe'))
    input.files = picked.files
    input.dispatchEvent(new Event('change'))
  },
}

/** While the message uploads. */
export const Loading: Story = { args: { files: files(), progress: 45, disabled: true } }

/** The server refused the files (a 422 on `attachments.N`). */
export const Error: Story = {
  args: {
    files: files(),
    errors: ['The attachments.0 field must not be greater than 10240 kilobytes.'],
  },
}

/** The limit is reached: the picker is disabled. */
export const Full: Story = { args: { files: files(), maxFiles: 2 } }

export const Rtl: Story = { args: { files: files() }, parameters: { locale: 'ar' } }

export const Dark: Story = { args: { files: files() }, globals: { mode: 'dark' } }
