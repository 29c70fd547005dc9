import axe from 'axe-core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cdp } from 'vitest/browser'
import { render } from 'vitest-browser-vue'
import { defineComponent, h, type PropType } from 'vue'
import '@/theme/index.css'
import tokensSource from '@/theme/tokens.css?raw'
import Badge from '@/components/ui/Badge.vue'
import Button from '@/components/ui/Button.vue'
import Card from '@/components/ui/Card.vue'
import EmptyState from '@/components/ui/EmptyState.vue'
import Field from '@/components/ui/Field.vue'
import Input from '@/components/ui/Input.vue'
import Pagination from '@/components/ui/Pagination.vue'
import SafeHtml from '@/components/ui/SafeHtml.vue'
import Select from '@/components/ui/Select.vue'
import ToastRegion from '@/components/ui/ToastRegion.vue'
import PriorityBadge from '@/components/ticket/PriorityBadge.vue'
import StatusBadge from '@/components/ticket/StatusBadge.vue'
import { TICKET_PRIORITIES, TICKET_STATUSES } from '@/contract'
import type { PanelMode } from '@/theme/types'

const TOKENS = [
  ...new Set([...tokensSource.matchAll(/(--esc-c-[\w-]+)\s*:/g)].map((m) => m[1] ?? '')),
]

async function prefersDark(dark: boolean): Promise<void> {
  await cdp().send('Emulation.setEmulatedMedia', {
    features: [{ name: 'prefers-color-scheme', value: dark ? 'dark' : 'light' }],
  })
}

function root(mode: PanelMode, style = ''): HTMLElement {
  const element = document.createElement('div')
  element.setAttribute('data-escalated', '')
  element.setAttribute('data-esc-mode', mode)
  element.setAttribute('style', style)
  document.body.append(element)
  return element
}

/** The computed colour of `token` inside `parent`, read through a probe element. */
function colourOf(parent: HTMLElement, token: string): string {
  const probe = document.createElement('span')
  probe.style.color = `var(${token})`
  parent.append(probe)
  const colour = getComputedStyle(probe).color
  probe.remove()
  return colour
}

beforeEach(() => prefersDark(false))
afterEach(async () => {
  document.body.replaceChildren()
  document.documentElement.removeAttribute('style')
  await prefersDark(false)
})

describe('tokens.css', () => {
  it.each(['light', 'dark', 'auto'] as const)('resolves every token in %s mode', async (mode) => {
    await prefersDark(mode === 'auto')
    const element = root(mode)
    const styles = getComputedStyle(element)
    const empty = TOKENS.filter((token) => styles.getPropertyValue(token).trim() === '')
    expect(TOKENS.length).toBeGreaterThan(50)
    expect(empty).toEqual([])
  })

  it('swaps the panel palette in dark mode and leaves status colours alone', () => {
    const light = root('light')
    const dark = root('dark')
    expect(colourOf(light, '--esc-c-panel-surface')).toBe('rgb(255, 255, 255)')
    expect(colourOf(dark, '--esc-c-panel-surface')).not.toBe('rgb(255, 255, 255)')
    expect(colourOf(dark, '--esc-c-status-open')).toBe(colourOf(light, '--esc-c-status-open'))
  })

  it('follows the OS preference in auto mode', async () => {
    const auto = root('auto')
    const dark = root('dark')
    expect(colourOf(auto, '--esc-c-panel-surface')).toBe('rgb(255, 255, 255)')
    await prefersDark(true)
    expect(colourOf(auto, '--esc-c-panel-surface')).toBe(colourOf(dark, '--esc-c-panel-surface'))
  })

  it('applies a public panel token in whichever mode is active', () => {
    const dark = root('dark', '--esc-panel-surface: rgb(10, 20, 30)')
    const light = root('light', '--esc-panel-surface: rgb(10, 20, 30)')
    expect(colourOf(dark, '--esc-c-panel-surface')).toBe('rgb(10, 20, 30)')
    expect(colourOf(light, '--esc-c-panel-surface')).toBe('rgb(10, 20, 30)')
  })

  it('reads public tokens set on :root, and derives the hover colour from them', () => {
    document.documentElement.style.setProperty('--esc-primary', 'rgb(0, 100, 0)')
    const element = root('light')
    expect(colourOf(element, '--esc-c-primary')).toBe('rgb(0, 100, 0)')
    expect(colourOf(element, '--esc-c-primary-hover')).not.toBe('rgb(0, 100, 0)')
  })

  it('derives the large radius from the base radius', () => {
    const element = root('light', '--esc-radius: 10px')
    const probe = document.createElement('div')
    probe.style.borderRadius = 'var(--esc-c-radius-lg)'
    element.append(probe)
    expect(getComputedStyle(probe).borderTopLeftRadius).toBe('15px')
  })
})

describe('the stylesheet', () => {
  function styleRules(
    rules: CSSRuleList,
    inSupports = false,
  ): { selector: string; inSupports: boolean }[] {
    return [...rules].flatMap((rule) => {
      if (rule instanceof CSSStyleRule) return [{ selector: rule.selectorText, inSupports }]
      if (rule instanceof CSSSupportsRule) return styleRules(rule.cssRules, true)
      if ('cssRules' in rule) return styleRules((rule as CSSGroupingRule).cssRules, inSupports)
      return []
    })
  }

  // Top-level selectors of a list: commas inside :where(…) do not split.
  function selectorList(selector: string): string[] {
    const parts: string[] = []
    let depth = 0
    let current = ''
    for (const char of selector) {
      if (char === '(') depth++
      if (char === ')') depth--
      if (char === ',' && depth === 0) {
        parts.push(current)
        current = ''
      } else current += char
    }
    return [...parts, current]
  }

  it('styles nothing outside Escalated roots', () => {
    const ours = [...document.styleSheets].filter((sheet) =>
      (sheet.ownerNode as Element | null)
        ?.getAttribute('data-vite-dev-id')
        ?.includes('/src/theme/'),
    )
    expect(ours).not.toHaveLength(0)
    const rules = ours.flatMap((sheet) => styleRules(sheet.cssRules))
    const outside = rules.filter(
      ({ selector, inSupports }) =>
        // Tailwind's @property fallback for old browsers only sets its own --tw-* variables.
        !inSupports &&
        !selectorList(selector).every((part) =>
          /^\s*(:where\()?(\[data-escalated\]|:host|\.esc\\:)/.test(part),
        ),
    )
    expect(outside.map((rule) => rule.selector)).toEqual([])
  })

  it('leaves host elements outside the root untouched by the reset', () => {
    const outside = document.createElement('h2')
    outside.textContent = 'Host heading'
    document.body.append(outside)
    const inside = document.createElement('h2')
    root('light').append(inside)
    expect(getComputedStyle(outside).marginTop).not.toBe('0px')
    expect(getComputedStyle(inside).marginTop).toBe('0px')
  })

  it('loses to an unlayered host rule whatever its specificity', async () => {
    const style = document.createElement('style')
    style.textContent = 'button { background-color: rgb(0, 128, 0); }'
    document.head.append(style)
    try {
      const screen = await render(Button, {
        props: { variant: 'primary' },
        slots: { default: 'Save' },
      })
      const button = screen.getByRole('button', { name: 'Save' }).element()
      expect(getComputedStyle(button).backgroundColor).toBe('rgb(0, 128, 0)')
    } finally {
      style.remove()
    }
  })
})

// Every primitive in the states a page shows, for axe's contrast and ARIA checks in both modes.
const Gallery = defineComponent({
  props: { mode: { type: String as PropType<PanelMode>, required: true } },
  setup(props) {
    return () =>
      h(
        'div',
        {
          'data-escalated': '',
          'data-esc-mode': props.mode,
          style: 'padding: 16px; background: var(--esc-c-panel-bg)',
        },
        [
          h('main', [
            h('h1', 'Gallery'),
            h('div', { style: 'display: flex; gap: 8px; flex-wrap: wrap' }, [
              ...(['primary', 'secondary', 'danger', 'ghost'] as const).map((variant) =>
                h(Button, { variant }, () => `Button ${variant}`),
              ),
              h(Button, { loading: true }, () => 'Saving'),
              h(Button, { href: '/support/tickets' }, () => 'A link'),
            ]),
            h(
              Card,
              { title: 'Card title', description: 'A card description in muted text.' },
              () => [
                h('p', 'Body text on a surface. '),
                h('a', { href: '/kb' }, 'An inline link'),
                h('div', { style: 'display: flex; gap: 4px; flex-wrap: wrap; margin-top: 8px' }, [
                  ...(['neutral', 'primary', 'success', 'warning', 'danger', 'info'] as const).map(
                    (tone) => h(Badge, { tone, label: `Tone ${tone}`, shape: 'circle' }),
                  ),
                  ...TICKET_STATUSES.map((status) => h(StatusBadge, { status })),
                  ...TICKET_PRIORITIES.map((priority) => h(PriorityBadge, { priority })),
                  h(StatusBadge, { status: 'on_hold' }),
                  h(Badge, { label: 'Pale tag', color: '#fde68a' }),
                  h(Badge, { label: 'Dark tag', color: '#1e3a8a' }),
                ]),
              ],
            ),
            h(Card, { title: 'Form', headingLevel: 2 }, () => [
              h(Field, { label: 'Subject', hint: 'A short summary.', required: true }, () =>
                h(Input),
              ),
              h(Field, { label: 'Email', error: 'Enter a valid email address.' }, () =>
                h(Input, { type: 'email' }),
              ),
              h(Field, { label: 'Department' }, () =>
                h(Select, { options: [{ value: 1, label: 'Billing' }], placeholder: 'Any' }),
              ),
            ]),
            h(Card, { padding: 'none' }, () =>
              h(EmptyState, { title: 'No tickets', description: 'Nothing matches these filters.' }),
            ),
            h(SafeHtml, {
              html: '<p>Reply with <a href="https://example.com">a link</a>, <code>code</code></p><blockquote>A quote</blockquote>',
            }),
            h(Pagination, {
              page: 5,
              lastPage: 12,
              total: 180,
              perPage: 15,
              url: '/support/tickets',
            }),
            h(ToastRegion, {
              to: false,
              toasts: [
                { id: 1, kind: 'success', message: 'Reply sent.' },
                { id: 2, kind: 'error', message: 'Could not close the ticket.' },
                { id: 3, kind: 'info', message: 'Assigned to you.' },
              ],
            }),
          ]),
        ],
      )
  },
})

describe('accessibility of the primitives', () => {
  it.each(['light', 'dark'] as const)('has no axe violations in %s mode', async (mode) => {
    const screen = await render(Gallery, { props: { mode } })
    await expect.element(screen.getByText('Could not close the ticket.')).toBeInTheDocument()
    const results = await axe.run(screen.container, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] },
    })
    const summary = results.violations.flatMap((violation) =>
      violation.nodes.map(
        (node) => `${violation.id}: ${node.target.join(' ')} — ${node.failureSummary ?? ''}`,
      ),
    )
    expect(summary).toEqual([])
  })
})
