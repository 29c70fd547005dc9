import { describe, expect, it, vi } from 'vitest'
import { fireEvent } from '@testing-library/dom'
import { loadBackendFixture } from '../helpers/backendFixtures'
import {
  fieldOf,
  LARAVEL_CONFIG,
  mountPanel,
  settle,
  submitVia,
  typeInto,
  type FakeRoutes,
} from './helpers'

const KB_OFF = { ...LARAVEL_CONFIG, kb_enabled: false }
const CREATED = {
  status: 201,
  body: {
    message: 'Ticket created successfully.',
    reference: 'ESC-00042',
    guest_access_token: 'grant-42',
    expires_at: '2999-01-01T00:00:00Z',
  },
}

async function contact(routes: FakeRoutes = {}, embed = {}) {
  const mounted = await mountPanel({
    routes: { 'GET /config': { body: KB_OFF }, ...routes },
    embed,
  })
  const { screen } = mounted
  const field = (name: string) => fieldOf(screen, name)
  const fill = (values: Record<string, string>) => typeInto(screen, values)
  const submit = () => submitVia(screen, 'Send request')
  const valid = () =>
    fill({
      Name: 'Ada Lovelace',
      Email: 'ada@example.test',
      Subject: 'Invoice missing',
      'How can we help?': 'I cannot find my March invoice.',
    })
  return { ...mounted, field, fill, submit, valid }
}

const posts = <C extends { method: string }>(calls: C[]) =>
  calls.filter((call) => call.method === 'POST')

describe('the Contact view', () => {
  describe('when fields are missing or wrong', () => {
    it('shows inline errors, focuses the first one and sends nothing', async () => {
      const { submit, field, calls, root, fill } = await contact()
      fill({ Email: 'not-an-email' })
      await submit()
      expect(posts(calls)).toHaveLength(0)
      expect(field('Name').getAttribute('aria-invalid')).toBe('true')
      expect(field('Name').getAttribute('aria-describedby')).toBeTruthy()
      expect(
        root.getElementById(field('Name').getAttribute('aria-describedby') ?? '')?.textContent,
      ).toBe('This field is required.')
      expect(field('Email').getAttribute('aria-invalid')).toBe('true')
      expect(root.activeElement).toBe(field('Name'))
    })
  })

  it('offers the departments the backend lists, and sends the chosen one', async () => {
    const { field, valid, submit, calls } = await contact({ 'POST /tickets': CREATED })
    const department = field('Department') as HTMLSelectElement
    expect([...department.options].map((o) => o.textContent?.trim())).toEqual([
      'No preference',
      'Support',
      'Billing',
    ])
    valid()
    department.value = '2'
    fireEvent.input(department)
    await submit()
    expect(posts(calls)[0]?.body).toEqual({
      name: 'Ada Lovelace',
      email: 'ada@example.test',
      subject: 'Invoice missing',
      description: 'I cannot find my March invoice.',
      department_id: 2,
    })
  })

  it('has no department field when the backend lists none', async () => {
    const { screen } = await contact({ 'GET /config': { body: { ...KB_OFF, departments: [] } } })
    expect(screen.queryByRole('combobox')).toBeNull()
  })

  describe('when the ticket is created', () => {
    it('shows the reference, focuses the confirmation and reports the ticket', async () => {
      const { valid, submit, screen, root, emit, container } = await contact({
        'POST /tickets': CREATED,
      })
      valid()
      await submit()
      const heading = screen.getByRole('heading', { name: 'Request sent' })
      expect(root.activeElement).toBe(heading)
      expect(screen.getByRole('tabpanel').textContent).toContain(
        'Your ticket reference is ESC-00042.',
      )
      expect(emit).toHaveBeenCalledWith('ticket-created', { reference: 'ESC-00042' })
      expect(container.querySelector('[aria-live]')?.textContent).toContain('ESC-00042')
    })

    it('checks the new ticket with the grant it received, no email in the URL', async () => {
      const { valid, submit, screen, calls } = await contact({
        'POST /tickets': CREATED,
        'GET /tickets/ESC-00042': {
          body: { reference: 'ESC-00042', subject: 'Invoice missing', status: 'open', replies: [] },
        },
      })
      valid()
      await submit()
      fireEvent.click(screen.getByRole('button', { name: 'Check status' }))
      await settle()
      const lookup = calls.find((call) => call.path.startsWith('/tickets/'))
      expect(lookup?.path).toBe('/tickets/ESC-00042')
      expect(lookup?.headers.get('Authorization')).toBe('Bearer grant-42')
      expect(screen.getByRole('heading', { name: 'Invoice missing' })).toBeTruthy()
    })

    it('clears the draft', async () => {
      const { valid, submit, destroy } = await contact({ 'POST /tickets': CREATED })
      valid()
      await submit()
      destroy()
      const again = await contact()
      expect(again.field('Subject').value).toBe('')
    })
  })

  describe('when the backend rejects fields (422)', () => {
    it('shows its messages next to the fields and keeps what was typed', async () => {
      const { valid, submit, field, root } = await contact({
        'POST /tickets': {
          status: 422,
          body: {
            message: 'The email field must be a valid email address.',
            errors: { email: ['The email field must be a valid email address.'] },
          },
        },
      })
      valid()
      await submit()
      expect(field('Email').getAttribute('aria-invalid')).toBe('true')
      expect(root.textContent).toContain('The email field must be a valid email address.')
      expect(field('Subject').value).toBe('Invoice missing')
      expect(root.activeElement).toBe(field('Email'))
    })
  })

  describe('when rate limited (429)', () => {
    it('counts down from Retry-After with the button disabled, and never retries by itself', async () => {
      vi.useFakeTimers()
      const { valid, submit, screen, calls } = await contact({
        'POST /tickets': {
          status: 429,
          body: { message: 'Too Many Attempts.' },
          headers: { 'Retry-After': '3' },
        },
      })
      valid()
      await submit()
      const button = screen.getByRole('button', { name: 'Send request' }) as HTMLButtonElement
      expect(screen.getByRole('status').textContent).toContain('Try again in 3 s.')
      expect(button.disabled).toBe(true)
      await vi.advanceTimersByTimeAsync(1000)
      expect(screen.getByRole('status').textContent).toContain('Try again in 2 s.')
      await vi.advanceTimersByTimeAsync(2000)
      await settle()
      expect(button.disabled).toBe(false)
      expect(posts(calls)).toHaveLength(1)
    })
  })

  describe('when the network or the server fails', () => {
    it.each([
      ['offline', { status: 0 }, 'You seem to be offline'],
      ['a 500', { status: 500, text: '<html>Server Error</html>' }, 'Something went wrong'],
    ])('offers a retry after %s, keeping every field', async (_, answer, message) => {
      let attempt = 0
      const { valid, submit, screen, field } = await contact({
        'POST /tickets': () => (++attempt === 1 ? answer : CREATED),
      })
      valid()
      await submit()
      expect(screen.getByRole('alert').textContent).toContain(message)
      expect(field('How can we help?').value).toBe('I cannot find my March invoice.')
      fireEvent.click(screen.getByRole('button', { name: 'Try again' }))
      await settle()
      expect(screen.getByRole('heading', { name: 'Request sent' })).toBeTruthy()
    })
  })

  describe('the draft', () => {
    it('survives closing and reopening the panel', async () => {
      const { fill, controller, field } = await contact()
      fill({ Subject: 'Half written' })
      controller.setOpen(false)
      await settle()
      controller.setOpen(true)
      await settle()
      expect(field('Subject').value).toBe('Half written')
    })

    it('survives a page reload', async () => {
      const first = await contact()
      first.fill({ Name: 'Ada', 'How can we help?': 'Started typing' })
      first.destroy()
      const again = await contact()
      expect(again.field('Name').value).toBe('Ada')
      expect(again.field('How can we help?').value).toBe('Started typing')
    })
  })

  it('leaves focus where the visitor went when they switch views while it sends', async () => {
    const { valid, submit, screen, root, fetch } = await contact()
    let answer: (response: Response) => void = () => undefined
    fetch.mockImplementationOnce(() => new Promise<Response>((resolve) => (answer = resolve)))
    valid()
    await submit()
    const statusTab = screen.getByRole('tab', { name: 'Status' })
    fireEvent.click(statusTab)
    statusTab.focus()
    await settle()
    const invalid = { message: 'Invalid.', errors: { email: ['The email is invalid.'] } }
    answer(new Response(JSON.stringify(invalid), { status: 422 }))
    await settle()
    expect(root.activeElement).toBe(statusTab)
    // Back on Contact, the answer is there and nothing typed was lost.
    fireEvent.click(screen.getByRole('tab', { name: 'Contact' }))
    await settle()
    expect(screen.getByText('The email is invalid.')).toBeTruthy()
    expect((screen.getByRole('textbox', { name: 'Subject' }) as HTMLInputElement).value).toBe(
      'Invoice missing',
    )
  })

  describe('when the backend requires an emailed code (L+)', () => {
    it('asks for the code first, then sends it with the ticket', async () => {
      const { valid, submit, screen, calls, root, fill } = await contact({
        'GET /config': { body: { ...KB_OFF, guest_verification_required: true } },
        'POST /verification': { status: 202, body: { verification_id: 'v-1', expires_in: 600 } },
        'POST /tickets': CREATED,
      })
      valid()
      await submit()
      expect(posts(calls)[0]).toMatchObject({
        path: '/verification',
        body: { email: 'ada@example.test', purpose: 'ticket' },
      })
      const code = screen.getByRole('textbox', { name: /Verification code/ })
      expect(root.activeElement).toBe(code)
      fill({ 'Verification code': '1234' })
      await submit()
      expect(posts(calls)).toHaveLength(1)
      fill({ 'Verification code': '12345678' })
      await submit()
      expect(posts(calls)[1]?.body).toMatchObject({
        verification_id: 'v-1',
        verification_code: '12345678',
      })
      expect(root.activeElement).toBe(screen.getByRole('heading', { name: 'Request sent' }))
      // The code was single use: a new request asks for a new one.
      fireEvent.click(screen.getByRole('button', { name: 'New request' }))
      await settle()
      expect(screen.queryByRole('textbox', { name: /Verification code/ })).toBeNull()
    })
  })

  describe('on Adonis', () => {
    it('reads the reference and guest token from its answer', async () => {
      const { valid, submit, screen, calls, emit } = await contact(
        {
          'GET /config': { body: loadBackendFixture('adonis', 'widget-config') },
          'POST /tickets': {
            status: 201,
            body: loadBackendFixture('adonis', 'widget-ticket-create'),
          },
        },
        { backend: 'adonis' },
      )
      valid()
      await submit()
      expect(posts(calls)[0]?.body).not.toHaveProperty('department_id')
      expect(screen.getByRole('tabpanel').textContent).toContain('ESC-00004')
      expect(emit).toHaveBeenCalledWith('ticket-created', { reference: 'ESC-00004' })
    })

    it('shows its 400 message without a pointless retry', async () => {
      const { valid, submit, screen } = await contact(
        {
          'GET /config': { body: loadBackendFixture('adonis', 'widget-config') },
          'POST /tickets': { status: 400, body: { error: 'Missing required fields: email' } },
        },
        { backend: 'adonis' },
      )
      valid()
      await submit()
      expect(screen.getByRole('alert').textContent).toContain('Missing required fields: email')
      expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull()
    })
  })
})
