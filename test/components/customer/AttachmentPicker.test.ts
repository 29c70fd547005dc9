import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { within } from '@testing-library/dom'
import AttachmentPicker from '@/components/customer/AttachmentPicker.vue'
import { mountEscalated } from '../../helpers/mount'

function render(props: Record<string, unknown> = {}) {
  const mounted = mountEscalated(AttachmentPicker, { props, attach: true })
  const screen = within(mounted.wrapper.element as HTMLElement)
  const input = mounted.wrapper.find('input[type="file"]').element as HTMLInputElement
  const choose = async (files: File[]) => {
    Object.defineProperty(input, 'files', { value: files, configurable: true })
    input.dispatchEvent(new Event('change'))
    await flushPromises()
  }
  const chosen = () => mounted.wrapper.emitted('update:files')?.at(-1)?.[0] as File[] | undefined
  return { ...mounted, screen, input, choose, chosen }
}

describe('AttachmentPicker', () => {
  it('is a labelled file input that accepts only the allowed types', () => {
    const { screen, input } = render({ allowedTypes: ['pdf', 'png'], maxSizeKb: 2048 })
    expect(screen.getByLabelText('Add files')).toBe(input)
    expect(input.accept).toBe('.pdf,.png')
    expect(screen.getByText(/each at most 2 MB\. Allowed types: pdf, png\./)).toBeTruthy()
  })

  it('keeps a file chosen twice once', async () => {
    const { choose, chosen } = render()
    const file = new File(['a'], 'a.txt', { lastModified: 1 })
    await choose([file])
    await choose([file])
    expect(chosen()).toEqual([file])
  })

  it('removes a file with its named button', async () => {
    const { choose, chosen, screen } = render()
    await choose([new File(['a'], 'a.txt'), new File(['b'], 'b.txt')])
    screen.getByRole('button', { name: 'Remove a.txt' }).click()
    await flushPromises()
    expect(chosen()?.map((file) => file.name)).toEqual(['b.txt'])
  })

  it('stops offering the input once the limit is reached', async () => {
    const { choose, input } = render({ maxFiles: 1 })
    expect(input.disabled).toBe(false)
    await choose([new File(['a'], 'a.txt')])
    expect(input.disabled).toBe(true)
  })

  it('shows the upload progress as a progress bar', () => {
    const { screen } = render({ progress: 30 })
    const bar = screen.getByRole('progressbar', { name: 'Upload progress' })
    expect(bar.getAttribute('aria-valuenow')).toBe('30')
    expect(bar.textContent).toContain('Uploading… 30%')
  })
})
