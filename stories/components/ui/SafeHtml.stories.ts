import type { Meta, StoryObj } from '@storybook/vue3-vite'
import { EscSafeHtml } from '../../../src'
import { onPanel } from '../../panel'

const reply = `<p>Hi Ada,</p>
<p>Thanks for the report. Please try the steps below and <a href="https://status.example.com">check the status page</a>.</p>
<ol><li>Sign out</li><li>Clear the cache</li><li>Sign in again</li></ol>
<pre><code>npm run cache:clear</code></pre>
<blockquote>It worked yesterday. — Ada</blockquote>
<table><thead><tr><th scope="col">Plan</th><th scope="col">Response</th></tr></thead>
<tbody><tr><td>Standard</td><td>8 h</td></tr><tr><td>Premium</td><td>1 h</td></tr></tbody></table>`

const meta = {
  title: 'UI/SafeHtml',
  decorators: [onPanel],
  component: EscSafeHtml,
  args: { html: reply },
} satisfies Meta<typeof EscSafeHtml>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}

/** Hostile markup from the 0.9 audit: only the text and the safe link survive. */
export const Hostile: Story = {
  args: {
    html: `<p>Before</p><svg><a><animate attributeName="href" values="javascript:alert(1)"/><text y="20">svg</text></a></svg>
<a href="data:image/svg+xml;base64,PHN2Zz4=">data link</a> <a href="https://evil.example/" target="_self">external</a>
<img src="https://track.example/p.gif" width="1" height="1" alt=""><style>body{display:none}</style><p>After</p>`,
  },
}

export const WithoutImages: Story = {
  args: {
    html: '<p>Screenshot: <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="screenshot"></p>',
    allowImages: false,
  },
}

export const Empty: Story = { args: { html: null } }

export const Dark: Story = { globals: { mode: 'dark' } }
