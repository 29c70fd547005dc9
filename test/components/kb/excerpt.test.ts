import { describe, expect, it } from 'vitest'
import { articleExcerpt } from '@/components/kb/excerpt'

describe('articleExcerpt', () => {
  it('turns HTML into text without script content, decoding entities', () => {
    expect(
      articleExcerpt('<h2>Setup</h2><p>Fish &amp; chips&nbsp;<b>now</b>.</p><script>x()</script>'),
    ).toBe('Setup Fish & chips now.')
  })

  it('cuts long text at a word and marks the cut', () => {
    const text = articleExcerpt(`<p>${'word '.repeat(100)}</p>`, 40)
    expect(text.endsWith('word…')).toBe(true)
    expect(text.length).toBeLessThanOrEqual(41)
  })
})
