import type { Meta, StoryObj } from '@storybook/vue3-vite'
import Article from '../../../../src/pages/Customer/KnowledgeBase/Article.vue'
import { customerShared } from '../portalData'
import { kbArticleProps } from './kbData'

const meta = {
  title: 'Pages/Customer/KnowledgeBase/Article',
  component: Article,
  args: kbArticleProps(),
  parameters: { layout: 'fullscreen', pageProps: kbArticleProps() },
} satisfies Meta<typeof Article>

export default meta
type Story = StoryObj<typeof meta>

/** L's payload; the body shows every element the prose styles cover. */
export const SnakeCase: Story = {}

/** camelCase models. */
export const CamelCase: Story = {
  args: kbArticleProps({ adonis: true }),
  parameters: { pageProps: kbArticleProps({ adonis: true }) },
}

/** Feedback turned off by the backend. */
export const WithoutFeedback: Story = {
  args: kbArticleProps({ feedback: false }),
  parameters: { pageProps: kbArticleProps({ feedback: false }) },
}

/** No article in the props. */
export const Error: Story = {
  args: { ...customerShared(), article: null, related: [] },
  parameters: { pageProps: customerShared() },
}

export const Rtl: Story = { parameters: { locale: 'ar', pageProps: kbArticleProps() } }

export const Dark: Story = { globals: { mode: 'dark' } }
