import { describe, expect, it } from 'vitest'
import { fireEvent } from '@testing-library/dom'
import { LARAVEL_CONFIG, mountPanel, settle } from './helpers'

async function panel(options: Parameters<typeof mountPanel>[0]) {
  const mounted = await mountPanel(options)
  return mounted
}

describe('the widget panel', () => {
  it('opens on the Help tab when the knowledge base is on', async () => {
    const { screen } = await panel({ routes: { 'GET /config': { body: LARAVEL_CONFIG } } })
    expect(screen.getByRole('tab', { name: 'Help' }).getAttribute('aria-selected')).toBe('true')
    expect(screen.getByRole('searchbox', { name: 'Search help articles' })).toBeTruthy()
  })

  it('is a labelled dialog with the admin greeting', async () => {
    const { screen } = await panel({ routes: { 'GET /config': { body: LARAVEL_CONFIG } } })
    expect(screen.getByRole('dialog', { name: 'Support' })).toBeTruthy()
    expect(screen.getByText('Hi there')).toBeTruthy()
  })

  it('applies the admin colour and position from /config', async () => {
    const { api } = await panel({ routes: { 'GET /config': { body: LARAVEL_CONFIG } } })
    expect(api.setTheme).toHaveBeenCalledWith({ color: '#0F766E', position: 'bottom-left' })
  })

  describe('when the knowledge base is disabled', () => {
    it('opens on the ticket form and offers no Help tab', async () => {
      const { screen } = await panel({
        routes: { 'GET /config': { body: { ...LARAVEL_CONFIG, kb_enabled: false } } },
      })
      expect(screen.queryByRole('tab', { name: 'Help' })).toBeNull()
      expect(screen.getByRole('tab', { name: 'Contact' }).getAttribute('aria-selected')).toBe(
        'true',
      )
      expect(screen.getByRole('textbox', { name: 'Name' })).toBeTruthy()
    })
  })

  describe('when the backend disabled the widget', () => {
    it('hides the launcher (Laravel answers 403 {enabled: false})', async () => {
      const { disable } = await panel({
        routes: { 'GET /config': { status: 403, body: { enabled: false } } },
      })
      expect(disable).toHaveBeenCalledOnce()
    })

    it('hides the launcher (Adonis answers 404)', async () => {
      const { disable } = await panel({
        embed: { backend: 'adonis' },
        routes: { 'GET /config': { status: 404, body: { error: 'Widget disabled' } } },
      })
      expect(disable).toHaveBeenCalledOnce()
    })
  })

  describe('when /config fails', () => {
    it('shows the error with a retry that loads the panel', async () => {
      let fail = true
      const { screen, emit } = await panel({
        routes: {
          'GET /config': () =>
            fail ? { status: 500, text: '<h1>Oops</h1>' } : { body: LARAVEL_CONFIG },
        },
      })
      expect(screen.getByRole('alert').textContent).toContain('Something went wrong on our side.')
      expect(emit).toHaveBeenCalledWith(
        'error',
        expect.objectContaining({ operation: 'config', status: 500 }),
      )
      fail = false
      fireEvent.click(screen.getByRole('button', { name: 'Try again' }))
      await settle()
      expect(screen.getByRole('tab', { name: 'Help' })).toBeTruthy()
    })
  })

  describe('tabs', () => {
    it('move with the arrow keys, Home and End, keeping one tab in the tab order', async () => {
      const { screen, root } = await panel({ routes: { 'GET /config': { body: LARAVEL_CONFIG } } })
      fireEvent.keyDown(screen.getByRole('tab', { name: 'Help' }), { key: 'ArrowRight' })
      await settle()
      const contact = screen.getByRole('tab', { name: 'Contact' })
      expect(contact.getAttribute('aria-selected')).toBe('true')
      expect(root.activeElement).toBe(contact)
      expect(screen.getAllByRole('tab').filter((tab) => tab.tabIndex === 0)).toEqual([contact])
      fireEvent.keyDown(contact, { key: 'End' })
      await settle()
      expect(screen.getByRole('tab', { name: 'Status' }).getAttribute('aria-selected')).toBe('true')
      fireEvent.keyDown(screen.getByRole('tab', { name: 'Status' }), { key: 'ArrowRight' })
      await settle()
      expect(screen.getByRole('tab', { name: 'Help' }).getAttribute('aria-selected')).toBe('true')
    })

    it('follow the reading direction: ArrowLeft moves forward right to left', async () => {
      const { screen, root } = await panel({
        routes: { 'GET /config': { body: LARAVEL_CONFIG } },
        embed: { locale: 'ar' },
      })
      // The Arabic catalogue is a lazily imported chunk: wait for its first tab.
      await screen.findByRole('tab', { name: 'المساعدة' })
      const [help, contact] = screen.getAllByRole('tab')
      fireEvent.keyDown(help as HTMLElement, { key: 'ArrowLeft' })
      await settle()
      expect(contact?.getAttribute('aria-selected')).toBe('true')
      expect(root.activeElement).toBe(contact)
      fireEvent.keyDown(contact as HTMLElement, { key: 'ArrowRight' })
      await settle()
      expect(help?.getAttribute('aria-selected')).toBe('true')
    })

    it('label the view they control', async () => {
      const { screen } = await panel({ routes: { 'GET /config': { body: LARAVEL_CONFIG } } })
      const view = screen.getByRole('tabpanel', { name: 'Help' })
      expect(screen.getByRole('tab', { name: 'Help' }).getAttribute('aria-controls')).toBe(view.id)
    })
  })

  it('closes on Escape through the loader, which returns focus to the launcher', async () => {
    const { screen, api, launcher, root } = await panel({
      routes: { 'GET /config': { body: LARAVEL_CONFIG } },
    })
    fireEvent.keyDown(screen.getByRole('searchbox'), { key: 'Escape' })
    await settle()
    expect(api.close).toHaveBeenCalledOnce()
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(root.activeElement).toBe(launcher)
  })

  it('moves focus to the first field when it opens', async () => {
    const { screen, root } = await panel({ routes: { 'GET /config': { body: LARAVEL_CONFIG } } })
    expect(root.activeElement).toBe(screen.getByRole('searchbox'))
  })

  it('runs calls made before it loaded, in order', async () => {
    const { screen } = await panel({
      routes: { 'GET /config': { body: LARAVEL_CONFIG } },
      commands: [
        ['identify', [{ name: 'Ada', email: 'ada@example.test' }]],
        ['openTicketForm', []],
      ],
    })
    expect(screen.getByRole('tab', { name: 'Contact' }).getAttribute('aria-selected')).toBe('true')
    expect((screen.getByRole('textbox', { name: 'Name' }) as HTMLInputElement).value).toBe('Ada')
  })

  describe('languages', () => {
    it('loads another catalogue lazily', async () => {
      const { screen } = await panel({
        embed: { locale: 'de-CH' },
        routes: { 'GET /config': { body: LARAVEL_CONFIG } },
      })
      expect(await screen.findByRole('tab', { name: 'Hilfe' })).toBeTruthy()
    })

    it('lays Arabic out right to left', async () => {
      const { screen } = await panel({
        embed: { locale: 'ar' },
        routes: { 'GET /config': { body: LARAVEL_CONFIG } },
      })
      expect(await screen.findByRole('tab', { name: 'المساعدة' })).toBeTruthy()
      const dialog = screen.getByRole('dialog')
      expect(dialog.getAttribute('dir')).toBe('rtl')
      expect(dialog.getAttribute('lang')).toBe('ar')
    })

    it('falls back to English for a language without a catalogue', async () => {
      const { screen } = await panel({
        embed: { locale: 'he' },
        routes: { 'GET /config': { body: LARAVEL_CONFIG } },
      })
      expect(screen.getByRole('dialog').getAttribute('dir')).toBe('ltr')
      expect(screen.getByRole('tab', { name: 'Help' })).toBeTruthy()
    })

    it('switches with setLocale', async () => {
      const { screen, controller } = await panel({
        routes: { 'GET /config': { body: LARAVEL_CONFIG } },
      })
      controller.run(['setLocale', ['de']])
      expect(await screen.findByRole('tab', { name: 'Kontakt' })).toBeTruthy()
    })
  })
})
