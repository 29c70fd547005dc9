import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { within } from '@testing-library/dom'
import ReplyComposer, {
  type ComposerMessage,
  type ComposerSend,
} from '@/components/reply/ReplyComposer.vue'
import { mountEscalated } from '../../helpers/mount'

function render(props: Record<string, unknown> = {}, outcome = true) {
  const sent: ComposerMessage[] = []
  const send = vi.fn<ComposerSend>(async (message) => {
    sent.push(message)
    return outcome
  })
  const mounted = mountEscalated(ReplyComposer, {
    props: { draftKey: 'ESC-00042', send, ...props },
    attach: true,
  })
  const root = mounted.wrapper.element as HTMLElement
  const screen = within(root)
  const input = root.querySelector<HTMLInputElement>('input[type="file"]')
  if (!input) throw new Error('no file input')
  const pick = async (files: File[]) => {
    Object.defineProperty(input, 'files', { value: files, configurable: true })
    input.dispatchEvent(new Event('change'))
    await flushPromises()
  }
  const type = async (value: string) => {
    const box = screen.getByLabelText('Reply to the requester') as HTMLTextAreaElement
    box.value = value
    box.dispatchEvent(new Event('input'))
    await flushPromises()
    return box
  }
  const submit = async () => {
    screen.getByRole('button', { name: 'Send reply' }).click()
    await flushPromises()
  }
  const listed = () =>
    Array.from(root.querySelectorAll('[data-part="composer-file"]')).map(
      (item) => item.querySelector('span')?.textContent,
    )
  return { ...mounted, root, screen, input, send, sent, pick, type, submit, listed }
}

const file = (name: string, bytes = 10) => new File([new Uint8Array(bytes)], name)

beforeEach(() => localStorage.clear())

describe('ReplyComposer', () => {
  it('sends only the files that passed the limits it was given', async () => {
    const { pick, type, submit, sent, screen } = render({
      maxSizeKb: 1,
      allowedTypes: ['txt', 'pdf'],
    })
    await pick([file('notes.txt'), file('dump.pdf', 4096), file('virus.exe')])
    expect(screen.getByText('dump.pdf was not added: files may be at most 1 kB.')).toBeTruthy()
    expect(screen.getByText('virus.exe was not added: this file type is not allowed.')).toBeTruthy()
    await type('See the notes.')
    await submit()
    expect(sent).toHaveLength(1)
    expect(sent[0]?.files.map((sentFile) => sentFile.name)).toEqual(['notes.txt'])
  })

  it('passes its file limits to the picker', () => {
    const { input, screen } = render({ maxFiles: 2, maxSizeKb: 2048, allowedTypes: ['png'] })
    expect(input.accept).toBe('.png')
    expect(screen.getByText(/Up to 2 files, each at most 2 MB\. Allowed types: png\./)).toBeTruthy()
  })

  describe('when the server refuses the files', () => {
    it('shows the message and keeps the typed text and the files', async () => {
      const { pick, type, submit, send, wrapper, screen, listed } = render({}, false)
      await pick([file('big.zip')])
      const box = await type('Here is the archive.')
      await submit()
      expect(send).toHaveBeenCalledTimes(1)
      await wrapper.setProps({
        attachmentErrors: ['The attachments.0 field must not be greater than 10240 kilobytes.'],
      })
      expect(
        screen.getByText('The attachments.0 field must not be greater than 10240 kilobytes.'),
      ).toBeTruthy()
      expect(box.value).toBe('Here is the archive.')
      expect(listed()).toEqual(['big.zip'])
    })
  })

  it('empties text, files and refusals after a message the server took', async () => {
    const { pick, type, submit, listed, screen } = render({ allowedTypes: ['txt'] })
    await pick([file('a.txt'), file('b.exe')])
    const box = await type('Done.')
    await submit()
    expect(box.value).toBe('')
    expect(listed()).toEqual([])
    expect(screen.queryByText(/b\.exe was not added/)).toBeNull()
  })
})
