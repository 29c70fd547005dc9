#!/usr/bin/env node
// Token guard (STYLE.md §5), no dependencies:
// 1. every `var(--esc-…)` (or Tailwind's `(--esc-…)` shorthand) used in src/ and widget/ outside
//    tokens.css names a resolved token that tokens.css declares for both light and dark, or an
//    element input listed in tokens.css (`@element-input --esc-badge: …`); public inputs are read
//    in tokens.css only;
// 2. tokens.css declares private `--esc-c-*` names only, never a public input;
// 3. the explicit dark block and the `auto` block under a dark preference are identical;
// 4. no hex, rgb() or hsl() colour literal appears in src/ or widget/ outside src/theme.
// Usage: node scripts/check-tokens.mjs [projectRoot]   (exit 1 and a list of problems on failure)
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs'
import { join, relative, resolve, dirname, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..'))
const tokensPath = join(root, 'src', 'theme', 'tokens.css')
const themeDir = join(root, 'src', 'theme') + sep
const SCANNED = /\.(vue|ts|css)$/
const SKIPPED_DIRS = new Set(['node_modules', 'dist', '.git'])

const problems = []
const rel = (file) => relative(root, file).split(sep).join('/')

function listFiles(dir) {
  if (!existsSync(dir)) return []
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name)
    if (statSync(full).isDirectory()) return SKIPPED_DIRS.has(name) ? [] : listFiles(full)
    return SCANNED.test(name) ? [full] : []
  })
}

const stripBlockComments = (text) =>
  text.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))
// `//` starts a comment only at a line start or after whitespace, so URLs in strings survive.
const stripLineComments = (text) => text.replace(/(^|\s)\/\/[^\n]*/g, '$1')
const lineOf = (text, index) => text.slice(0, index).split('\n').length

const normalise = (value) =>
  value
    .replace(/\s+/g, ' ')
    .replace(/\s*([(),])\s*/g, '$1')
    .trim()

/** Blocks of a stylesheet as { context: [outer preludes…, own prelude], declarations: Map }. */
function parseBlocks(css) {
  const blocks = []
  const stack = []
  let buffer = ''
  let parens = 0
  const flush = () => {
    const text = buffer.trim()
    buffer = ''
    const top = stack[stack.length - 1]
    const match = /^(--[\w-]+)\s*:([\s\S]*)$/.exec(text)
    if (top && match) top.declarations.set(match[1], normalise(match[2]))
  }
  for (const char of css) {
    if (char === '(') parens++
    if (char === ')') parens--
    if (parens > 0) {
      buffer += char
      continue
    }
    if (char === '{') {
      const block = {
        context: [...stack.map((b) => b.prelude), buffer.trim()],
        prelude: buffer.trim().replace(/\s+/g, ' '),
        declarations: new Map(),
      }
      buffer = ''
      stack.push(block)
      blocks.push(block)
    } else if (char === '}') {
      flush()
      stack.pop()
    } else if (char === ';') {
      flush()
    } else {
      buffer += char
    }
  }
  return blocks
}

// --- tokens.css -------------------------------------------------------------------------------
if (!existsSync(tokensPath)) {
  console.error(`check-tokens: ${rel(tokensPath)} not found`)
  process.exit(1)
}
const tokensSource = readFileSync(tokensPath, 'utf8')
const elementInputs = new Set(
  [...tokensSource.matchAll(/@element-input\s+(--esc-[\w-]+)/g)].map((m) => m[1]),
)
const blocks = parseBlocks(stripBlockComments(tokensSource)).filter((b) => b.declarations.size > 0)
const inDarkMedia = (b) => b.context.some((p) => /prefers-color-scheme:\s*dark/.test(p))
const isMode = (b, mode) => new RegExp(`data-esc-mode=['"]?${mode}`).test(b.prelude)
const base = blocks.filter((b) => !/data-esc-mode/.test(b.prelude) && !inDarkMedia(b))
const dark = blocks.filter((b) => isMode(b, 'dark') && !inDarkMedia(b))
const autoDark = blocks.filter((b) => isMode(b, 'auto') && inDarkMedia(b))

const merge = (list) => new Map(list.flatMap((b) => [...b.declarations]))
const light = merge(base)
const darkOnly = merge(dark)
const autoOnly = merge(autoDark)
const darkAll = new Map([...light, ...darkOnly])

if (light.size === 0) problems.push(`${rel(tokensPath)}: no [data-escalated] token block found`)
if (darkOnly.size === 0) problems.push(`${rel(tokensPath)}: no [data-esc-mode='dark'] block found`)
for (const b of blocks) {
  for (const name of b.declarations.keys()) {
    if (!name.startsWith('--esc-c-')) {
      problems.push(
        `${rel(tokensPath)}: declares ${name}; only private --esc-c-* tokens may be declared`,
      )
    }
  }
}
for (const name of darkOnly.keys()) {
  if (!light.has(name))
    problems.push(`${rel(tokensPath)}: ${name} is declared for dark but not light`)
}
for (const [name, value] of darkOnly) {
  if (!autoOnly.has(name))
    problems.push(`${rel(tokensPath)}: ${name} is missing from the auto (dark) block`)
  else if (autoOnly.get(name) !== value) {
    problems.push(`${rel(tokensPath)}: ${name} differs between the dark and auto (dark) blocks`)
  }
}
for (const name of autoOnly.keys()) {
  if (!darkOnly.has(name)) problems.push(`${rel(tokensPath)}: ${name} is in the auto block only`)
}

// --- uses across src/ and widget/ ---------------------------------------------------------------
const files = [...listFiles(join(root, 'src')), ...listFiles(join(root, 'widget'))]
const REFERENCE = /(?:var\(\s*|(?<![\w-])\(\s*)(--esc-[\w-]+)/g
const COLOUR =
  /(?<![\w&/#-])#(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{6}|[0-9a-fA-F]{3,4})(?![\w-])|\b(?:rgba?|hsla?)\(/g

for (const file of files) {
  if (file === tokensPath) continue
  const raw = readFileSync(file, 'utf8')
  const text = stripBlockComments(file.endsWith('.css') ? raw : stripLineComments(raw))
  for (const match of text.matchAll(REFERENCE)) {
    const name = match[1]
    if (elementInputs.has(name)) continue
    const where = `${rel(file)}:${lineOf(text, match.index)}`
    if (!name.startsWith('--esc-c-')) {
      problems.push(`${where}: reads public ${name}; use its resolved --esc-c-* token`)
    } else if (!light.has(name) || !darkAll.has(name)) {
      const modes = [!light.has(name) && 'light', !darkAll.has(name) && 'dark'].filter(Boolean)
      problems.push(`${where}: ${name} is not declared in tokens.css for ${modes.join(' and ')}`)
    }
  }
  if (!file.startsWith(themeDir)) {
    for (const match of text.matchAll(COLOUR)) {
      problems.push(
        `${rel(file)}:${lineOf(text, match.index)}: colour literal ${match[0]}; use a token from tokens.css`,
      )
    }
  }
}

if (problems.length > 0) {
  console.error(
    `check-tokens: ${problems.length} problem(s)\n${problems.map((p) => `  - ${p}`).join('\n')}`,
  )
  process.exit(1)
}
console.log(`check-tokens: ${light.size} tokens, ${files.length} files checked, no problems`)
