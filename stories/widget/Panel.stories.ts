import type { Meta, StoryObj } from '@storybook/vue3-vite'
import { ARTICLES, CONFIG, WidgetPanel } from './WidgetPanel'

const meta = {
  title: 'Widget/Panel',
  component: WidgetPanel,
  args: { answers: { 'GET /config': { body: CONFIG }, ...ARTICLES } },
  parameters: { layout: 'fullscreen' },
  // Waits until the panel has loaded its (canned) config and catalogue, so that the a11y check
  // sees the finished view.
  play: async ({ canvasElement }) => {
    const root = () => canvasElement.querySelector('[data-widget-story]')?.shadowRoot
    for (
      let tries = 0;
      tries < 100 && !root()?.querySelector('[role="tablist"], [role="alert"]');
      tries++
    ) {
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
  },
} satisfies Meta<typeof WidgetPanel>

export default meta
type Story = StoryObj<typeof meta>

/** The knowledge base is on: the panel opens on Help. */
export const Default: Story = {}

/** The knowledge base is off: the panel opens on the ticket form. */
export const ContactFirst: Story = {
  args: { answers: { 'GET /config': { body: { ...CONFIG, kb_enabled: false } } } },
}

/** The status check, opened by `checkStatus('ESC-00042')`. */
export const Status: Story = { args: { commands: [['checkStatus', ['ESC-00042']]] } }

/** Adonis: brand name from its config, no Help tab (its KB is a placeholder). */
export const Adonis: Story = {
  args: {
    backend: 'adonis',
    answers: {
      'GET /config': {
        body: {
          brand_name: 'Acme Support',
          accent_color: '#3B82F6',
          logo_url: null,
          knowledge_base_enabled: true,
        },
      },
    },
  },
}

/** `/config` failed: an error with a retry. */
export const Error: Story = { args: { answers: { 'GET /config': { status: 500 } } } }

export const Rtl: Story = { args: { locale: 'ar' } }

export const Dark: Story = { args: { mode: 'dark' }, globals: { mode: 'dark' } }

/**
 * A backend that takes files with widget tickets (`max_attachments_per_reply`,
 * `max_attachment_size_kb` in `/config`): the form offers a file picker with its limits.
 */
export const WithAttachments: Story = {
  args: {
    answers: {
      'GET /config': {
        body: {
          ...CONFIG,
          kb_enabled: false,
          max_attachments_per_reply: 3,
          max_attachment_size_kb: 5120,
        },
      },
    },
  },
}
