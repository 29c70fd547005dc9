import { describe, expect, it } from 'vitest'
import { fireEvent } from '@testing-library/dom'
import { LARAVEL_CONFIG, mountPanel, settle, submitVia, typeInto, type FakeRoutes } from './helpers'

// A backend that takes files with widget tickets: two files of at most 1 KB each.
const WITH_FILES = {
  ...LARAVEL_CONFIG,
  kb_enabled: false,
  max_attachments_per_reply: 2,
  max_attachment_size_kb: 1,
}
const CREATED = {
  status: 201,
  body: { message: 'Ticket created successfully.', reference: 'ESC-00042' },
}

const file = (name: string, bytes: number) =>
  new File(['x'.repeat(bytes)], name, { type: 'text/plain' })

async function form(routes: FakeRoutes = {}) {
  const mounted = await mountPanel({ routes: { 'GET /config': { body: WITH_FILES }, ...routes } })
  const { screen } = mounted
  const picker = () => screen.getByLabelText('Attachments (optional)') as HTMLInputElement
  const choose = async (...files: File[]) => {
    Object.defineProperty(picker(), 'files', { value: files, configurable: true })
    fireEvent.change(picker())
    await settle()
  }
  const chosen = () =>
    [...mounted.container.querySelectorAll('.files li .name')].map((item) => item.textContent)
  const fill = () =>
    typeInto(screen, {
      Name: 'Ada Lovelace',
      Email: 'ada@example.test',
      Subject: 'Invoice missing',
      'How can we help?': 'See the attached screenshot.',
    })
  const submit = () => submitVia(screen, 'Send request')
  const posted = () => mounted.calls.filter((call) => call.method === 'POST')
  return { ...mounted, picker, choose, chosen, fill, submit, posted }
}

describe('attachments on the ticket form', () => {
  it('are not offered when the backend does not say it takes them', async () => {
    const mounted = await mountPanel({
      routes: { 'GET /config': { body: { ...LARAVEL_CONFIG, kb_enabled: false } } },
    })
    expect(mounted.screen.getByRole('textbox', { name: 'Name' })).toBeTruthy()
    expect(mounted.screen.queryByLabelText('Attachments (optional)')).toBeNull()
  })

  it('states the limits next to the picker', async () => {
    const { picker, root } = await form()
    const hint = root.getElementById(picker().getAttribute('aria-describedby') ?? '')
    expect(hint?.textContent).toContain('Up to 2 files')
    expect(hint?.textContent).toMatch(/1(\.0)? ?kB|1 KB/i)
  })

  it('lists chosen files and refuses one over the size limit, naming it', async () => {
    const { choose, chosen, picker, root, container } = await form()
    await choose(file('small.txt', 100), file('huge.log', 5000))
    expect(chosen()).toEqual(['small.txt'])
    expect(picker().getAttribute('aria-invalid')).toBe('true')
    const described = (picker().getAttribute('aria-describedby') ?? '').split(' ')
    const error = described.map((id) => root.getElementById(id)?.textContent ?? '').join(' ')
    expect(error).toContain('“huge.log” is larger than')
    expect(container.querySelector('[aria-live]')?.textContent).toContain('huge.log')
  })

  it('refuses files beyond the count limit', async () => {
    const { choose, chosen, container } = await form()
    await choose(file('a.txt', 10), file('b.txt', 10), file('c.txt', 10))
    expect(chosen()).toEqual(['a.txt', 'b.txt'])
    expect(container.textContent).toContain('You can attach up to 2 files.')
  })

  it('removes a chosen file and returns focus to the picker', async () => {
    const { choose, chosen, screen, picker, root } = await form()
    await choose(file('a.txt', 10), file('b.txt', 10))
    fireEvent.click(screen.getByRole('button', { name: 'Remove a.txt' }))
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(chosen()).toEqual(['b.txt'])
    expect(root.activeElement).toBe(picker())
  })

  it('sends the ticket as multipart with the files under attachments[]', async () => {
    const { choose, fill, submit, posted, screen } = await form({ 'POST /tickets': CREATED })
    fill()
    await choose(file('screenshot.txt', 200))
    await submit()
    const body = posted()[0]?.body
    expect(body).toBeInstanceOf(FormData)
    const data = body as FormData
    expect(data.get('email')).toBe('ada@example.test')
    expect(data.get('subject')).toBe('Invoice missing')
    expect((data.getAll('attachments[]') as File[]).map((sent) => sent.name)).toEqual([
      'screenshot.txt',
    ])
    expect(posted()[0]?.headers.get('Content-Type')).toBeNull()
    expect(screen.getByRole('heading', { name: 'Request sent' })).toBeTruthy()
  })

  it('sends JSON as before when no file is chosen', async () => {
    const { fill, submit, posted } = await form({ 'POST /tickets': CREATED })
    fill()
    await submit()
    expect(posted()[0]?.body).toMatchObject({ email: 'ada@example.test' })
  })

  it('shows the server refusing a file under the picker, keeping every file and field', async () => {
    const { choose, fill, submit, chosen, picker, root, screen } = await form({
      'POST /tickets': {
        status: 422,
        body: {
          message: 'The attachments.0 field must be a file of type: pdf, png.',
          errors: {
            'attachments.0': ['The attachments.0 field must be a file of type: pdf, png.'],
          },
        },
      },
    })
    fill()
    await choose(file('notes.exe', 50))
    await submit()
    expect(chosen()).toEqual(['notes.exe'])
    expect(picker().getAttribute('aria-invalid')).toBe('true')
    expect(root.activeElement).toBe(picker())
    const error = root.getElementById(`${picker().id}-error`)
    expect(error?.textContent).toContain('must be a file of type: pdf, png')
    expect((screen.getByRole('textbox', { name: 'Subject' }) as HTMLInputElement).value).toBe(
      'Invoice missing',
    )
  })
})
