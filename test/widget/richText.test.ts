// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { createRichText } from '../../widget/app/richText'

const base = 'https://help.example.test/support/widget'

describe('rich text in the widget', () => {
  it('gives the same nodes back for the same HTML, so a re-render keeps selections', () => {
    const rich = createRichText(document, base)
    const first = rich('ESC-1/0', '<p>Hello <a href="/login">sign in</a></p>')
    expect(first.className).toBe('prose')
    expect(first.querySelector('a')?.getAttribute('href')).toBe('https://help.example.test/login')
    expect(rich('ESC-1/0', '<p>Hello <a href="/login">sign in</a></p>')).toBe(first)
    expect(rich('ESC-1/0', '<p>Edited</p>')).not.toBe(first)
    expect(rich('ESC-1/1', '<p>Hello <a href="/login">sign in</a></p>')).not.toBe(first)
  })

  it('drops the least recently shown first, never what is still being shown', () => {
    const rich = createRichText(document, base)
    const kept = rich('kept', '<p>Shown all along</p>')
    const dropped = rich('dropped', '<p>Shown once</p>')
    for (let n = 0; n < 1000; n++) {
      rich(`reply/${n}`, `<p>${n}</p>`)
      if (n % 100 === 0) rich('kept', '<p>Shown all along</p>')
    }
    expect(rich('kept', '<p>Shown all along</p>')).toBe(kept)
    expect(rich('dropped', '<p>Shown once</p>')).not.toBe(dropped)
  })

  it('never lets markup run', () => {
    const rich = createRichText(document, base)
    const element = rich('x', '<img src=x onerror="alert(1)"><script>alert(2)</script><b>ok</b>')
    expect(element.innerHTML).not.toMatch(/onerror|script/)
    expect(element.textContent).toContain('ok')
  })
})
