import type { Meta, StoryObj } from '@storybook/vue3-vite'
import { onPanel } from '../../panel'
import KbArticleBody from '../../../src/components/kb/KbArticleBody.vue'
import { RICH_BODY } from '../../pages/Customer/KnowledgeBase/kbData'

const meta = {
  title: 'Kb/KbArticleBody',
  component: KbArticleBody,
  decorators: [onPanel],
  args: { html: RICH_BODY },
} satisfies Meta<typeof KbArticleBody>

export default meta
type Story = StoryObj<typeof meta>

/** Headings, lists, a quote, a table, code and links, styled without any host plugin. */
export const Default: Story = {}

/** Hostile markup is sanitized away. */
export const Hostile: Story = {
  args: {
    html: '<p>Safe text.</p><script>alert(1)</script><img src="x" onerror="alert(1)" alt="x"><a href="javascript:alert(1)">bad</a>',
  },
}

export const LongContent: Story = { args: { html: RICH_BODY.repeat(4) } }

export const Rtl: Story = { parameters: { locale: 'ar' } }

export const Dark: Story = { globals: { mode: 'dark' } }
