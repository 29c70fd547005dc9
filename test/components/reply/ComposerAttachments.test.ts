import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { within } from '@testing-library/dom'
import ComposerAttachments from '@/components/reply/ComposerAttachments.vue'
import { mountEscalated } from '../../helpers/mount'

function render(props: Record<string, unknown> = {}) {
  const mounted = mountEscalated(ComposerAttachments, { props, attach: true })
  const root = mounted.wrapper.element as HTMLElement
  const screen = within(root)
  const input = mounted.wrapper.find('input[type="file"]').element as HTMLInputElement
  const pick = async (files: File[]) => {
    Object.defineProperty(input, 'files', { value: files, configurable: true })
    input.dispatchEvent(new Event('change'))
    await flushPromises()
  }
  const drop = async (files: File[]) => {
    const event = new Event('drop', { bubbles: true, cancelable: true })
    Object.defineProperty(event, 'dataTransfer', { value: { files } })
    root.querySelector('[data-part="drop-zone"]')?.dispatchEvent(event)
    await flushPromises()
  }
  const chosen = () =>
    (mounted.wrapper.emitted('update:files')?.at(-1)?.[0] as File[] | undefined)?.map(
      (file) => file.name,
    )
  // What the input and the attach button are described by: the limits, then the messages.
  const description = () =>
    (input.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent?.replace(/\s+/g, ' ').trim() ?? '')
      .join(' | ')
  return { ...mounted, root, screen, input, pick, drop, chosen, description }
}

const file = (name: string, bytes = 10) => new File([new Uint8Array(bytes)], name)

describe('ComposerAttachments', () => {
  it('refuses an oversize file and a forbidden type, naming each with its reason', async () => {
    const { pick, chosen, description, screen } = render({
      maxSizeKb: 1,
      allowedTypes: ['pdf', 'png'],
    })
    await pick([file('report.pdf'), file('huge.png', 2048), file('setup.exe')])
    expect(chosen()).toEqual(['report.pdf'])
    expect(screen.queryByText('huge.png')).toBeNull()
    expect(description()).toContain('huge.png was not added: files may be at most 1 kB.')
    expect(description()).toContain('setup.exe was not added: this file type is not allowed.')
  })

  it('announces refusals in a polite live region', async () => {
    const { pick, root } = render({ allowedTypes: ['pdf'] })
    await pick([file('setup.exe')])
    const region = root.querySelector('[aria-live="polite"]')
    expect(region?.textContent).toContain('setup.exe was not added')
  })

  it('holds the count limit across two picks and a drop', async () => {
    const { pick, drop, chosen, description } = render({ maxFiles: 3 })
    await pick([file('a.txt'), file('b.txt')])
    await pick([file('c.txt'), file('d.txt')])
    expect(chosen()).toEqual(['a.txt', 'b.txt', 'c.txt'])
    expect(description()).toContain('d.txt was not added: a message can carry at most 3 files.')
    await drop([file('e.txt')])
    expect(chosen()).toEqual(['a.txt', 'b.txt', 'c.txt'])
    expect(description()).toContain('e.txt was not added: a message can carry at most 3 files.')
  })

  it('adds dropped files through the same checks', async () => {
    const { drop, chosen, description } = render({ allowedTypes: ['txt'] })
    await drop([file('notes.txt'), file('photo.heic')])
    expect(chosen()).toEqual(['notes.txt'])
    expect(description()).toContain('photo.heic was not added: this file type is not allowed.')
  })

  it('shows the limits next to the control', () => {
    const { description } = render({ maxFiles: 5, maxSizeKb: 10240 })
    expect(description()).toContain('Up to 5 files, each at most 10 MB.')
  })

  it('names the allowed types and limits the file dialog to them', () => {
    const { input, description } = render({ allowedTypes: ['pdf', 'png'] })
    expect(input.accept).toBe('.pdf,.png')
    expect(description()).toContain('Allowed types: pdf, png.')
  })

  it('sets no accept filter when every type is allowed', () => {
    const { input } = render()
    expect(input.hasAttribute('accept')).toBe(false)
  })

  it('lets the same file be picked again after it was removed', async () => {
    const { pick, chosen, screen, input } = render()
    // A browser fires no change for a file the input still holds; clearing its value is the fix.
    const cleared: unknown[] = []
    Object.defineProperty(input, 'value', {
      configurable: true,
      get: () => '',
      set: (value: unknown) => cleared.push(value),
    })
    const same = file('log.txt')
    await pick([same])
    expect(cleared).toEqual([''])
    screen.getByRole('button', { name: 'Remove log.txt' }).click()
    await flushPromises()
    expect(chosen()).toEqual([])
    await pick([same])
    expect(chosen()).toEqual(['log.txt'])
  })

  it('stops offering the picker once the limit is reached', async () => {
    const { pick, screen } = render({ maxFiles: 1 })
    const attach = screen.getByRole('button', { name: 'Attach files' }) as HTMLButtonElement
    expect(attach.disabled).toBe(false)
    await pick([file('a.txt')])
    expect(attach.disabled).toBe(true)
  })

  it('ignores drops while sending', async () => {
    const { drop, wrapper } = render({ disabled: true })
    await drop([file('a.txt')])
    expect(wrapper.emitted('update:files')).toBeUndefined()
  })

  it('forgets earlier refusals once the list is emptied from outside', async () => {
    const { pick, wrapper, description } = render({ allowedTypes: ['txt'] })
    await pick([file('a.txt'), file('b.exe')])
    expect(description()).toContain('b.exe was not added')
    await wrapper.setProps({ files: [] })
    await flushPromises()
    expect(description()).not.toContain('b.exe')
  })

  it('shows the server’s messages about the files with the control', () => {
    const { description } = render({
      errors: ['The attachments.0 field must not be greater than 10240 kilobytes.'],
    })
    expect(description()).toContain(
      'The attachments.0 field must not be greater than 10240 kilobytes.',
    )
  })

  it('shows the upload progress', () => {
    const { screen } = render({ progress: 40 })
    const bar = screen.getByRole('progressbar', { name: 'Upload progress' })
    expect(bar.getAttribute('value')).toBe('40')
  })
})
