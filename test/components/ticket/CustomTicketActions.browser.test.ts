import axe from 'axe-core'
import { afterEach, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { mount, type VueWrapper } from '@vue/test-utils'
import { defineComponent, h, ref } from 'vue'
import '@/theme/index.css'
import CustomTicketActions from '@/components/ticket/CustomTicketActions.vue'
import EscalatedRoot from '@/components/layout/EscalatedRoot.vue'
import { EscalatedPlugin } from '@/plugin/plugin'
import type { Transport } from '@/plugin/transport'
import type { PanelMode } from '@/theme/types'
import { makeCustomAction, makeSharedProps } from '../../fixtures'

const ACTIONS = [
  makeCustomAction({ variant: 'primary', confirmation: 'Sync this ticket to the CRM?' }),
  makeCustomAction({
    key: 'escalate-legal',
    label: 'Escalate to legal',
    variant: 'danger',
    confirmation: 'Escalate this ticket to the legal team?',
    metadata: { icon: 'scale' },
  }),
  makeCustomAction({
    key: 'print-label',
    label: 'Print shipping label',
    disabled: true,
    metadata: { icon: 'printer', reason: 'Set a department first' },
  }),
]

const posts: string[] = []
const transport: Transport = {
  async visit(url) {
    posts.push(url)
    return { status: 'ok' }
  },
  async reload() {
    return { status: 'ok' }
  },
}

let wrapper: VueWrapper | null = null
afterEach(() => {
  wrapper?.unmount()
  wrapper = null
  posts.length = 0
})

function render(mode: PanelMode = 'light') {
  const Host = defineComponent({
    setup() {
      const shown = ref(ACTIONS)
      return () =>
        h(EscalatedRoot, null, () =>
          h(
            'main',
            {
              style:
                'padding: 16px; background: var(--esc-c-panel-bg); color: var(--esc-c-panel-text)',
            },
            [h('h1', 'Ticket'), h(CustomTicketActions, { actions: shown.value })],
          ),
        )
    },
  })
  wrapper = mount(Host, {
    attachTo: document.body,
    global: {
      plugins: [
        [
          EscalatedPlugin,
          {
            transport,
            pageProps: () => makeSharedProps(),
            pageUrl: () => '/support',
            theme: { panel: { mode } },
          },
        ],
      ],
    },
  })
}

async function axeViolations(): Promise<string[]> {
  const results = await axe.run(document.body, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] },
  })
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`),
    )
}

describe('CustomTicketActions in a browser', () => {
  it('moves focus into the confirmation, cancels on Escape and returns focus to the button', async () => {
    render()
    const sync = page.getByRole('button', { name: 'Sync CRM' })
    await sync.click()
    const dialog = page.getByRole('alertdialog', { name: 'Run “Sync CRM”?' })
    await expect.element(dialog).toBeVisible()
    await expect.element(dialog).toHaveAccessibleDescription('Sync this ticket to the CRM?')
    expect(dialog.element().contains(document.activeElement)).toBe(true)
    await userEvent.keyboard('{Escape}')
    await expect.element(page.getByRole('alertdialog')).not.toBeInTheDocument()
    await expect.element(sync).toHaveFocus()
    expect(posts).toEqual([])
  })

  it('posts once after confirming and gives focus back to the action', async () => {
    render()
    const legal = page.getByRole('button', { name: 'Escalate to legal' })
    await legal.click()
    await page.getByRole('button', { name: 'Escalate to legal' }).last().click()
    await expect.element(page.getByRole('alertdialog')).not.toBeInTheDocument()
    expect(posts).toEqual(['/support/agent/tickets/ESC-00001/actions/escalate-legal'])
    await expect.element(legal).toHaveFocus()
  })

  it('lets keyboard users reach a disabled action and learn why', async () => {
    render()
    await page.getByRole('button', { name: 'Escalate to legal' }).element()
    ;(page.getByRole('button', { name: 'Escalate to legal' }).element() as HTMLElement).focus()
    await userEvent.tab()
    const print = page.getByRole('button', { name: 'Print shipping label' })
    await expect.element(print).toHaveFocus()
    await expect.element(print).toHaveAccessibleDescription('Set a department first')
    await userEvent.keyboard('{Enter}')
    expect(posts).toEqual([])
  })

  it.each(['light', 'dark'] as const)(
    'has no serious axe violations in %s mode, with the dialog closed and open',
    async (mode) => {
      render(mode)
      await expect.element(page.getByRole('button', { name: 'Sync CRM' })).toBeVisible()
      expect(await axeViolations()).toEqual([])
      await page.getByRole('button', { name: 'Escalate to legal' }).click()
      await expect.element(page.getByRole('alertdialog')).toBeVisible()
      expect(await axeViolations()).toEqual([])
    },
  )
})
