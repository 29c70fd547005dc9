// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { createSSRApp, h } from 'vue'
import { renderToString } from 'vue/server-renderer'

describe('the package under SSR (Node, no DOM)', () => {
  it('imports without touching window or document', async () => {
    expect(typeof (globalThis as Record<string, unknown>).window).toBe('undefined')
    const module = await import('@/index')
    expect(typeof module.EscalatedPlugin.install).toBe('function')
  })

  it('renders a themed agent layout to HTML with tokens on the root, not on <html>', async () => {
    const { EscalatedPlugin, EscalatedLayout } = await import('@/index')
    const app = createSSRApp({
      render: () => h(EscalatedLayout, { section: 'agent', title: 'Queue' }, () => h('p', 'rows')),
    })
    app.use(EscalatedPlugin, {
      theme: { primary: '#0ea5e9', panel: { mode: 'dark' } },
      pageProps: () => ({ escalated: { prefix: 'support', is_agent: true } }),
      pageUrl: () => '/support/agent',
      transport: { visit: async () => ({ status: 'ok' }), reload: async () => ({ status: 'ok' }) },
    })
    const html = await renderToString(app)
    expect(html).toMatch(/<div[^>]*data-escalated[^>]*data-esc-mode="dark"/)
    expect(html).toMatch(/data-esc-mode="dark"[^>]*style="[^"]*--esc-primary:\s*#0ea5e9/)
    expect(html).not.toContain('<html')
    expect(html).toContain('href="/support/agent/tickets"')
    expect(html).toContain('<h1 class')
  })
})
