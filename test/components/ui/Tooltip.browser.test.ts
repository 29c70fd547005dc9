import { describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-vue'
import { h } from 'vue'
import '@/theme/index.css'
import Tooltip from '@/components/ui/Tooltip.vue'

describe('Tooltip', () => {
  it('shows on keyboard focus, describes its trigger and hides on Escape', async () => {
    const screen = await render(Tooltip, {
      props: { content: 'Assign to me (A)', delayDuration: 0 },
      slots: { default: () => h('button', { type: 'button' }, 'Assign') },
    })
    await userEvent.tab()
    const trigger = screen.getByRole('button', { name: 'Assign' })
    await expect.element(trigger).toHaveFocus()
    await expect.element(page.getByRole('tooltip')).toHaveTextContent('Assign to me (A)')
    await expect.element(trigger).toHaveAccessibleDescription('Assign to me (A)')
    expect(page.getByRole('tooltip').element().closest('[data-escalated]')).not.toBeNull()
    await userEvent.keyboard('{Escape}')
    await expect.element(page.getByRole('tooltip')).not.toBeInTheDocument()
  })
})
