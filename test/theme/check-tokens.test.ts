import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'

const script = resolve(__dirname, '../../scripts/check-tokens.mjs')

const TOKENS = `
/* @element-input --esc-badge: a colour from data */
@layer escalated.tokens {
  [data-escalated], :host {
    --esc-c-primary: var(--esc-primary, #4f46e5);
    --esc-c-status-open: var(--esc-status-open, #3b82f6);
    --esc-c-panel-surface: var(--esc-panel-surface, #ffffff);
  }
  [data-escalated][data-esc-mode='dark'] {
    --esc-c-panel-surface: var(--esc-panel-surface, #111827);
  }
  @media (prefers-color-scheme: dark) {
    [data-escalated][data-esc-mode='auto'] {
      --esc-c-panel-surface: var(
        --esc-panel-surface,
        #111827
      );
    }
  }
}
`

let root = ''

function project(files: Record<string, string>): string {
  root = mkdtempSync(join(tmpdir(), 'check-tokens-'))
  for (const [path, content] of Object.entries({ 'src/theme/tokens.css': TOKENS, ...files })) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), content)
  }
  return root
}

function run(dir: string): { code: number; output: string } {
  try {
    return {
      code: 0,
      output: execFileSync('node', [script, dir], { encoding: 'utf8', stdio: 'pipe' }),
    }
  } catch (error) {
    const failure = error as { status: number; stderr: string }
    return { code: failure.status, output: failure.stderr }
  }
}

afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true })
  root = ''
})

describe('check-tokens', () => {
  it('passes when every token used is declared for light and dark', () => {
    const result = run(
      project({
        'src/components/Card.vue': `<template><div class="esc:bg-(--esc-c-panel-surface)" /></template>
<style>.x { color: var(--esc-c-primary); border-color: var(--esc-c-status-open) }</style>`,
        'widget/app/widget.css': '.w { background: var(--esc-c-panel-surface) }',
      }),
    )
    expect(result.output).toContain('no problems')
    expect(result.code).toBe(0)
  })

  it('fails on a token that tokens.css does not declare', () => {
    const result = run(
      project({ 'src/components/A.vue': `<style>.a { color: var(--esc-c-nope) }</style>` }),
    )
    expect(result.code).toBe(1)
    expect(result.output).toContain(
      'src/components/A.vue:1: --esc-c-nope is not declared in tokens.css for light and dark',
    )
  })

  it('fails on a public input read outside tokens.css', () => {
    const result = run(project({ 'widget/app/x.ts': `export const c = 'var(--esc-primary)'` }))
    expect(result.code).toBe(1)
    expect(result.output).toContain('widget/app/x.ts:1: reads public --esc-primary')
  })

  it('accepts the element inputs that tokens.css lists', () => {
    const result = run(
      project({
        'src/theme/index.css': '.b { background: var(--esc-badge, var(--esc-c-primary)) }',
      }),
    )
    expect(result.code).toBe(0)
  })

  it('fails on a token declared for dark only', () => {
    const tokens = TOKENS.replace(
      "[data-escalated][data-esc-mode='dark'] {",
      "[data-escalated][data-esc-mode='dark'] {\n --esc-c-dark-only: black;",
    )
    const result = run(project({ 'src/theme/tokens.css': tokens }))
    expect(result.code).toBe(1)
    expect(result.output).toContain('--esc-c-dark-only is declared for dark but not light')
  })

  it('fails when the auto block under a dark preference differs from the dark block', () => {
    const tokens = TOKENS.replace('#111827\n', '#000000\n')
    const result = run(project({ 'src/theme/tokens.css': tokens }))
    expect(result.code).toBe(1)
    expect(result.output).toContain(
      '--esc-c-panel-surface differs between the dark and auto (dark) blocks',
    )
  })

  it('fails when tokens.css declares a public name', () => {
    const tokens = TOKENS.replace('--esc-c-primary:', '--esc-primary: red; --esc-c-primary:')
    const result = run(project({ 'src/theme/tokens.css': tokens }))
    expect(result.code).toBe(1)
    expect(result.output).toContain('declares --esc-primary; only private --esc-c-* tokens')
  })

  it('fails on hex, rgb() and hsl() colours outside src/theme', () => {
    const result = run(
      project({
        'src/components/B.vue': `<template><p :style="{ color: '#ff0000' }" /></template>`,
        'src/utils/c.ts': `export const a = 'rgb(0 0 0)'\nexport const b = 'hsla(0, 0%, 0%, 1)'`,
      }),
    )
    expect(result.code).toBe(1)
    expect(result.output).toContain('src/components/B.vue:1: colour literal #ff0000')
    expect(result.output).toContain('src/utils/c.ts:1: colour literal rgb(')
    expect(result.output).toContain('src/utils/c.ts:2: colour literal hsla(')
  })

  it('allows colour literals inside src/theme and ignores them in comments', () => {
    const result = run(
      project({
        'src/theme/variants/x.ts': `export const fallback = '#ffffff'`,
        'src/utils/d.ts': `// fixes #123, see https://example.test/#abc\nexport const url = 'https://example.test/a'`,
      }),
    )
    expect(result.output).toContain('no problems')
    expect(result.code).toBe(0)
  })
})
