import { afterEach, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-vue'
import { defineComponent, h, ref } from 'vue'
import '@/theme/index.css'
import Button from '@/components/ui/Button.vue'
import ConfirmDialog from '@/components/ui/ConfirmDialog.vue'
import Dialog from '@/components/ui/Dialog.vue'

const events: string[] = []
afterEach(() => {
  events.length = 0
})

// A page with a trigger slot, the way a destructive action is wired.
const WithTrigger = defineComponent({
  props: { busy: Boolean },
  setup(props) {
    return () =>
      h(
        ConfirmDialog,
        {
          title: 'Delete ticket?',
          description: 'This cannot be undone.',
          confirmLabel: 'Delete',
          tone: 'danger',
          busy: props.busy,
          closeOnConfirm: !props.busy,
          onConfirm: () => events.push('confirm'),
          onCancel: () => events.push('cancel'),
        },
        { trigger: () => h(Button, null, () => 'Delete ticket') },
      )
  },
})

// A page that opens the dialog from code (bulk actions), with no trigger slot.
const Controlled = defineComponent({
  setup() {
    const open = ref(false)
    return () =>
      h('div', [
        h('button', { type: 'button', onClick: () => (open.value = true) }, 'Close ticket'),
        h(ConfirmDialog, {
          title: 'Close this ticket?',
          open: open.value,
          'onUpdate:open': (value: boolean) => (open.value = value),
          onConfirm: () => events.push('confirm'),
          onCancel: () => events.push('cancel'),
        }),
      ])
  },
})

describe('ConfirmDialog', () => {
  it('opens from its trigger as an alert dialog and moves focus to Cancel', async () => {
    const screen = await render(WithTrigger)
    await screen.getByRole('button', { name: 'Delete ticket' }).click()
    const dialog = page.getByRole('alertdialog', { name: 'Delete ticket?' })
    await expect.element(dialog).toBeVisible()
    await expect.element(dialog).toHaveAccessibleDescription('This cannot be undone.')
    await expect.element(page.getByRole('button', { name: 'Cancel' })).toHaveFocus()
  })

  it('cancels on Escape and returns focus to the trigger', async () => {
    const screen = await render(WithTrigger)
    const trigger = screen.getByRole('button', { name: 'Delete ticket' })
    await trigger.click()
    await expect.element(page.getByRole('alertdialog')).toBeVisible()
    await userEvent.keyboard('{Escape}')
    await expect.element(page.getByRole('alertdialog')).not.toBeInTheDocument()
    expect(events).toEqual(['cancel'])
    await expect.element(trigger).toHaveFocus()
  })

  it('emits confirm from the danger button, closes and returns focus to the trigger', async () => {
    const screen = await render(WithTrigger)
    const trigger = screen.getByRole('button', { name: 'Delete ticket' })
    await trigger.click()
    const confirm = page.getByRole('button', { name: 'Delete', exact: true })
    await expect.element(confirm).toHaveAttribute('data-variant', 'danger')
    await confirm.click()
    await expect.element(page.getByRole('alertdialog')).not.toBeInTheDocument()
    expect(events).toEqual(['confirm'])
    await expect.element(trigger).toHaveFocus()
  })

  it('keeps focus inside while open', async () => {
    const screen = await render(WithTrigger)
    await screen.getByRole('button', { name: 'Delete ticket' }).click()
    await expect.element(page.getByRole('button', { name: 'Cancel' })).toHaveFocus()
    await userEvent.tab()
    await expect.element(page.getByRole('button', { name: 'Delete', exact: true })).toHaveFocus()
    await userEvent.tab()
    await expect.element(page.getByRole('button', { name: 'Cancel' })).toHaveFocus()
  })

  it('stays open on Escape while the confirmed action is busy', async () => {
    const screen = await render(WithTrigger, { props: { busy: true } })
    await screen.getByRole('button', { name: 'Delete ticket' }).click()
    await expect.element(page.getByRole('alertdialog')).toBeVisible()
    await userEvent.keyboard('{Escape}')
    await expect.element(page.getByRole('alertdialog')).toBeVisible()
    await expect
      .element(page.getByRole('button', { name: 'Delete', exact: true }))
      .toHaveAttribute('aria-busy', 'true')
    expect(events).toEqual([])
  })

  it('carries the Escalated root attributes on its portal, so tokens reach it', async () => {
    const screen = await render(WithTrigger)
    await screen.getByRole('button', { name: 'Delete ticket' }).click()
    const dialog = page.getByRole('alertdialog').element()
    const root = dialog.closest('[data-escalated]')
    expect(root?.getAttribute('data-esc-mode')).toBe('light')
    expect(getComputedStyle(dialog).backgroundColor).toBe('rgb(255, 255, 255)')
  })

  describe('when opened from code', () => {
    it('returns focus to the element that opened it', async () => {
      const screen = await render(Controlled)
      const opener = screen.getByRole('button', { name: 'Close ticket' })
      await opener.click()
      await expect
        .element(page.getByRole('alertdialog', { name: 'Close this ticket?' }))
        .toBeVisible()
      await page.getByRole('button', { name: 'Cancel' }).click()
      await expect.element(page.getByRole('alertdialog')).not.toBeInTheDocument()
      expect(events).toEqual(['cancel'])
      await expect.element(opener).toHaveFocus()
    })
  })
})

describe('Dialog', () => {
  const WithDialog = defineComponent({
    setup() {
      return () =>
        h(
          Dialog,
          { title: 'Merge tickets', description: 'Pick the ticket to keep.' },
          {
            trigger: () => h(Button, null, () => 'Merge…'),
            default: () => h('label', ['Ticket ', h('input', { name: 'ticket' })]),
          },
        )
    },
  })

  it('opens as a modal dialog named by its title and focuses its first control', async () => {
    const screen = await render(WithDialog)
    await screen.getByRole('button', { name: 'Merge…' }).click()
    await expect.element(page.getByRole('dialog', { name: 'Merge tickets' })).toBeVisible()
    await expect.element(page.getByRole('textbox', { name: 'Ticket' })).toHaveFocus()
  })

  it('closes from its close button and returns focus to the trigger', async () => {
    const screen = await render(WithDialog)
    const trigger = screen.getByRole('button', { name: 'Merge…' })
    await trigger.click()
    await page.getByRole('button', { name: 'Close' }).click()
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument()
    await expect.element(trigger).toHaveFocus()
  })
})
