import type { Meta, StoryObj } from '@storybook/vue3-vite'
import ReplyComposer from '../../../src/components/reply/ReplyComposer.vue'
import { onPanel } from '../../panel'
import { normalizeCannedResponses, normalizeMacros } from '../../../src'

const meta = {
  title: 'Reply/ReplyComposer',
  component: ReplyComposer,
  decorators: [onPanel],
  args: {
    draftKey: 'story-ESC-00001',
    send: async () => true,
    cannedResponses: normalizeCannedResponses([
      {
        id: 1,
        title: 'Thanks',
        body: 'Thanks for reaching out, we are on it.',
        category: 'general',
      },
    ]),
    macros: normalizeMacros([
      { id: 1, name: 'Escalate to high', description: 'Priority high + VIP' },
    ]),
  },
} satisfies Meta<typeof ReplyComposer>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}
export const Dark: Story = { globals: { mode: 'dark' } }

/** Light agents write internal notes only. */
export const NotesOnly: Story = { args: { canReply: false } }
export const NotesOnlyDark: Story = { args: { canReply: false }, globals: { mode: 'dark' } }

/** The server refused the body (L validation). */
export const Error: Story = { args: { error: 'The body field is required.' } }

/** The server refused a file (a 422 on `attachments.N`); text and files stay. */
export const AttachmentError: Story = {
  args: {
    attachmentErrors: ['The attachments.0 field must be a file of type: pdf, png.'],
  },
}

/** Limits from the page: two files of at most 2 MB, PDF or PNG. */
export const LimitedAttachments: Story = {
  args: { maxFiles: 2, maxSizeKb: 2048, allowedTypes: ['pdf', 'png'] },
}

/** Sending never finishes: the submit button stays busy. */
export const Busy: Story = {
  args: { send: () => new Promise<boolean>(() => undefined) },
  play: async ({ canvasElement }) => {
    const box = canvasElement.querySelector('textarea')
    if (!box) return
    box.value = 'On its way'
    box.dispatchEvent(new Event('input'))
    canvasElement.querySelector<HTMLButtonElement>('button[type="submit"]')?.click()
  },
}
