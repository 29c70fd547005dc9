import { flushPromises, mount } from '@vue/test-utils'
import { within } from '@testing-library/dom'
import { afterEach, describe, expect, it } from 'vitest'
import ToastRegion, { type ToastItem } from '@/components/ui/ToastRegion.vue'

const toasts: ToastItem[] = [
  { id: 1, kind: 'success', message: 'Reply sent.' },
  { id: 2, kind: 'error', message: 'The ticket could not be closed.' },
  { id: 3, kind: 'info', message: 'Ticket assigned to you.' },
]

let wrapper: ReturnType<typeof mount> | null = null
afterEach(() => {
  wrapper?.unmount()
  wrapper = null
})

async function render(props: Partial<InstanceType<typeof ToastRegion>['$props']> = {}) {
  wrapper = mount(ToastRegion, { props: { toasts, ...props }, attachTo: document.body })
  await flushPromises()
  return within(document.body)
}

describe('ToastRegion', () => {
  it('announces successes and notices politely', async () => {
    const screen = await render()
    const status = screen.getByRole('status')
    expect(status.getAttribute('aria-live')).toBe('polite')
    expect(within(status).getByText('Reply sent.')).toBeTruthy()
    expect(within(status).getByText('Ticket assigned to you.')).toBeTruthy()
    expect(within(status).queryByText('The ticket could not be closed.')).toBeNull()
  })

  it('announces errors assertively', async () => {
    const screen = await render()
    expect(
      within(screen.getByRole('alert')).getByText('The ticket could not be closed.'),
    ).toBeTruthy()
  })

  it('names the kind in text, not by colour alone', async () => {
    const screen = await render()
    expect(screen.getByRole('alert').textContent).toContain(
      'Error: The ticket could not be closed.',
    )
  })

  it('emits dismiss with the id of the toast whose button was pressed', async () => {
    const screen = await render()
    const alert = screen.getByRole('alert')
    within(alert).getByRole('button', { name: 'Dismiss notification' }).click()
    expect(wrapper?.emitted('dismiss')).toEqual([[2]])
  })

  it('keeps both live regions in the document while empty', async () => {
    const screen = await render({ toasts: [] })
    expect(screen.getByRole('status').childElementCount).toBe(0)
    expect(screen.getByRole('alert').childElementCount).toBe(0)
  })

  it('teleports to the body with the root attributes, so tokens reach it', async () => {
    await render()
    const region = document.body.querySelector(':scope > [data-part="toast-region"]')
    expect(region?.hasAttribute('data-escalated')).toBe(true)
    expect(region?.getAttribute('data-esc-mode')).toBe('light')
  })

  it('renders in place when to is false', async () => {
    await render({ to: false })
    expect(wrapper?.find('[data-part="toast-region"]').exists()).toBe(true)
  })
})
