// @vitest-environment node
/**
 * Catalogue guard (original flaw #59): every key the code asks for exists, and every key a
 * catalogue defines is asked for somewhere. It runs on the source text, so it needs no build.
 *
 * Two catalogue sets are checked:
 * - the package: `src/i18n/locales/en/<namespace>.json` (loaded through `englishMessages()`, so the
 *   namespacing is the real one), used by `src/**` `.ts` and `.vue` files;
 * - the widget: `widget/app/locales/{en,de,ar}.ts` (no namespaces), used by `widget/app/**` `.ts`;
 *   `de` and `ar` must also define exactly the English key set.
 *
 * A key is a leaf: a string, or a plural object (`{ one, other }`, Arabic adds zero/two/few/many),
 * which counts as one key whatever forms it lists, as at runtime (`other` marks it).
 *
 * Heuristics, all on comment-stripped source text (a commented-out call is not a use):
 * 1. Calls: any call to a function named `t` (`t(…)`, `context.t(…)`, `i18n.t(…)`, `$t(…)`).
 *    Each string literal at the top level of the first argument is a key, including both branches
 *    of `t(a ? 'x.y' : 'x.z')` and the fallback in `t(map[k] ?? 'x.y')`; a literal compared there
 *    (`kind === 'skipped' ? …`) is a value and skipped. Every such key must exist.
 * 2. Dynamic keys: a template literal whose first segment is a namespace (widget: a top-level
 *    group such as `form` or `statuses`), e.g. `ui.status.${value}`, wherever it appears, so also
 *    when it is built into a variable first (widget/app/status.ts). Each `${…}` stands for exactly
 *    one key segment: the template uses every key it matches (`ui.status.open`, `ui.status.closed`…)
 *    and must match at least one. One segment rather than "everything below the prefix", so a
 *    nested group is not marked used by its parent's pattern.
 * 3. Constant tables: a string literal anywhere in the code that spells a whole dotted key
 *    (`label: 'layout.nav.tickets'`, `forbidden: 'common.error.forbidden'`) uses it. In `.ts` files
 *    and `<script>` blocks, a dotted literal that starts with a namespace must be a key, so a typo
 *    in a table is caught too. Vue templates are left out of that rule: `:status="ticket.status"`
 *    is an expression, not a key. Widget keys of one segment (`retry`, `title`) count only inside
 *    `t(…)`, since words like `title` are common strings.
 * Keys used only in a way the scan can't see go in the allow-lists below, each with its reason.
 *
 * Widget translations: a plural leaf may list only forms its language has (Intl.PluralRules), and
 * must list every form English has that its language has too (German one/other; Arabic one/other,
 * with zero/two/few/many optional).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { englishMessages } from '@/i18n/catalogue'
import type { Messages, PluralForms } from '@/i18n'
import widgetEn from '../../widget/app/locales/en'
import widgetDe from '../../widget/app/locales/de'
import widgetAr from '../../widget/app/locales/ar'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

// Keys the scan cannot see being used, each mapped to how it is used. Keep these short: both are
// empty because every key today is reached by one of the rules above.
const SRC_ALLOWED_UNUSED: ReadonlyMap<string, string> = new Map()
const WIDGET_ALLOWED_UNUSED: ReadonlyMap<string, string> = new Map()

type Leaf = string | PluralForms

// Same test as the runtime's lookup: an object with a string `other` is a plural leaf.
function isPlural(value: unknown): value is PluralForms {
  return (
    typeof value === 'object' && value !== null && typeof (value as PluralForms).other === 'string'
  )
}

function leaves(messages: Messages, prefix = ''): Map<string, Leaf> {
  const out = new Map<string, Leaf>()
  for (const [name, value] of Object.entries(messages)) {
    const key = prefix ? `${prefix}.${name}` : name
    if (typeof value === 'string' || isPlural(value)) out.set(key, value)
    else for (const [k, v] of leaves(value, key)) out.set(k, v)
  }
  return out
}

function listFiles(dir: string, keep: (path: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return listFiles(path, keep)
    return keep(path) ? [path] : []
  })
}

/** Blanks comments but keeps offsets, so reported line numbers stay right. */
function stripComments(text: string): string {
  const blank = (match: string) => match.replace(/[^\n]/g, ' ')
  return (
    text
      .replace(/<!--[\s\S]*?-->/g, blank)
      // Block comments that start a line (JSDoc); `'./**/*.vue'` inside a string is left alone.
      .replace(/^[ \t]*\/\*[\s\S]*?\*\//gm, blank)
      // Line comments at the start of a line or after whitespace; `'https://…'` is left alone.
      .replace(/(^|\s)\/\/.*$/gm, (match, lead: string) => lead + blank(match.slice(lead.length)))
  )
}

/** Where a key-like string was found, for the failure message. */
interface Site {
  file: string
  line: number
}

interface Scan {
  /** Literals in the first argument of `t(…)`. */
  callLiterals: Array<{ value: string } & Site>
  /** Template-literal keys (`ui.status.${x}`), raw text between the backticks. */
  templates: Array<{ raw: string } & Site>
  /** Every complete string literal that looks like a key. */
  literals: Array<{ value: string; inScript: boolean } & Site>
}

const SUBSTITUTION = /\$\{[^{}`]*\}/
const TEMPLATE_KEY = /`((?:[\w-]|\$\{[^{}`]*\})+(?:\.(?:[\w-]|\$\{[^{}`]*\})+)+)`/g

// Index just past the string that opens at `start` (a quote or a backtick, with `${…}` nesting).
function skipString(text: string, start: number): number {
  const quote = text[start]
  let i = start + 1
  while (i < text.length) {
    const c = text[i]
    if (c === '\\') i += 2
    else if (c === quote) return i + 1
    else if (quote === '`' && c === '$' && text[i + 1] === '{') i = skipExpression(text, i + 2, '}')
    else i += 1
  }
  return i
}

// Index of the closing `end` at depth 0 (or of a depth-0 comma when `end` is ')').
function skipExpression(text: string, start: number, end: '}' | ')'): number {
  let depth = 0
  let i = start
  while (i < text.length) {
    const c = text[i] ?? ''
    if (c === "'" || c === '"' || c === '`') {
      i = skipString(text, i)
      continue
    }
    if ('([{'.includes(c)) depth += 1
    else if (')]}'.includes(c)) {
      if (depth === 0) return end === '}' ? i + 1 : i
      depth -= 1
    } else if (c === ',' && depth === 0 && end === ')') return i
    i += 1
  }
  return i
}

// A literal compared with something (`kind === 'skipped' ? … : …`) is a value, not a key.
const COMPARED_BEFORE = /[=!]==?\s*$/
const COMPARED_AFTER = /^\s*(?:[=!]==?|in\b)/

// The string literals (not template literals) at the top level of an expression, bar compared ones.
function topLevelLiterals(expression: string): Array<{ value: string; offset: number }> {
  const out: Array<{ value: string; offset: number }> = []
  let i = 0
  while (i < expression.length) {
    const c = expression[i]
    if (c === "'" || c === '"' || c === '`') {
      const next = skipString(expression, i)
      const body = expression.slice(i + 1, next - 1)
      const compared =
        COMPARED_BEFORE.test(expression.slice(0, i)) || COMPARED_AFTER.test(expression.slice(next))
      if (!compared && !(c === '`' && SUBSTITUTION.test(body))) out.push({ value: body, offset: i })
      i = next
    } else i += 1
  }
  return out
}

function scanFiles(files: string[]): Scan {
  const scan: Scan = { callLiterals: [], templates: [], literals: [] }
  for (const path of files) {
    const file = relative(ROOT, path)
    const text = stripComments(readFileSync(path, 'utf8'))
    const lineAt = (index: number) => text.slice(0, index).split('\n').length
    // In a .vue file only <script> blocks hold code whose dotted strings are meant as strings.
    const scriptRanges = path.endsWith('.vue')
      ? [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map(
          (m) => [m.index, m.index + m[0].length] as const,
        )
      : [[0, text.length] as const]
    const inScript = (index: number) => scriptRanges.some(([a, b]) => index >= a && index < b)

    for (const call of text.matchAll(/(?<![\w$.])(?:[\w$]+\.)*\$?t\(/g)) {
      // `function t(key: string…)` declares the translator; it is not a call.
      if (/function\s*$/.test(text.slice(Math.max(0, call.index - 12), call.index))) continue
      const start = call.index + call[0].length
      const argument = text.slice(start, skipExpression(text, start, ')'))
      for (const { value, offset } of topLevelLiterals(argument))
        scan.callLiterals.push({ value, file, line: lineAt(start + offset) })
    }
    for (const m of text.matchAll(TEMPLATE_KEY)) {
      const raw = m[1] ?? ''
      if (SUBSTITUTION.test(raw)) scan.templates.push({ raw, file, line: lineAt(m.index) })
    }
    // In templates, attribute values are delimited by double quotes: only ' and ` are strings.
    for (const m of text.matchAll(/(['"`])([A-Za-z_][\w-]*(?:\.[\w-]+)*)\1/g)) {
      const script = inScript(m.index)
      if (!script && m[1] === '"') continue
      scan.literals.push({ value: m[2] ?? '', inScript: script, file, line: lineAt(m.index) })
    }
  }
  return scan
}

// `ui.status.${value}` → /^ui\.status\.[^.]+$/; null when the first segment is dynamic.
function templatePattern(raw: string): { head: string; pattern: RegExp } | null {
  const head = raw.slice(0, raw.indexOf('.'))
  if (SUBSTITUTION.test(head) || head.includes('$')) return null
  const parts = raw.split(/(\$\{[^{}`]*\})/)
  const source = parts
    .map((part) =>
      part.startsWith('${') ? '[^.]+' : part.replace(/[.*+?^${}()|[\]\\]/g, (c) => `\\${c}`),
    )
    .join('')
  return { head, pattern: new RegExp(`^${source}$`) }
}

interface Report {
  missing: string[]
  unused: string[]
}

/**
 * Compares what the code uses with what a catalogue defines.
 * `groups`: first segments that mark a dotted string as a key (namespaces, or widget groups).
 * Outside `t(…)` only dotted literals count, so a one-segment key needs a call.
 */
function compare(
  keys: ReadonlySet<string>,
  groups: ReadonlySet<string>,
  scan: Scan,
  allowedUnused: ReadonlyMap<string, string>,
): Report {
  const used = new Set<string>()
  const missing = new Map<string, Site>()
  const where = (site: Site) => `${site.file}:${site.line}`

  for (const call of scan.callLiterals) {
    if (keys.has(call.value)) used.add(call.value)
    else if (!missing.has(call.value)) missing.set(call.value, call)
  }
  for (const template of scan.templates) {
    const parsed = templatePattern(template.raw)
    if (!parsed || !groups.has(parsed.head)) continue
    const matches = [...keys].filter((key) => parsed.pattern.test(key))
    for (const key of matches) used.add(key)
    if (matches.length === 0) missing.set(`${template.raw} (matches no key)`, template)
  }
  for (const literal of scan.literals) {
    if (!literal.value.includes('.')) continue
    if (keys.has(literal.value)) used.add(literal.value)
    else if (literal.inScript && groups.has(literal.value.split('.')[0] ?? '')) {
      if (!missing.has(literal.value)) missing.set(literal.value, literal)
    }
  }

  return {
    missing: [...missing].map(([key, site]) => `${key}  (${where(site)})`).sort(),
    unused: [...keys].filter((key) => !used.has(key) && !allowedUnused.has(key)).sort(),
  }
}

const list = (title: string, items: string[]) => `${title}:\n  ${items.join('\n  ')}`

// Allow-listed keys that no longer exist, or that the scan now sees used: the entry can go.
function staleAllowances(
  keys: ReadonlySet<string>,
  groups: ReadonlySet<string>,
  scan: Scan,
  allowed: ReadonlyMap<string, string>,
): string[] {
  const unseen = new Set(compare(keys, groups, scan, new Map()).unused)
  return [...allowed.keys()].filter((key) => !keys.has(key) || !unseen.has(key))
}

describe('package catalogues (src/i18n/locales/en)', () => {
  const messages = englishMessages()
  const keys = new Set(leaves(messages).keys())
  const namespaces = new Set(Object.keys(messages))
  const files = listFiles(join(ROOT, 'src'), (p) => /\.(vue|ts)$/.test(p) && !p.endsWith('.d.ts'))
  const scan = scanFiles(files)
  const report = compare(keys, namespaces, scan, SRC_ALLOWED_UNUSED)

  it('loads every namespace file and finds the translated code', () => {
    expect([...namespaces].sort()).toEqual(
      readdirSync(join(ROOT, 'src/i18n/locales/en'))
        .filter((f) => f.endsWith('.json'))
        .map((f) => f.slice(0, -'.json'.length))
        .sort(),
    )
    // Guards the scan itself: if the call pattern broke, "nothing missing" would mean nothing.
    expect(scan.callLiterals.length).toBeGreaterThan(300)
    expect(scan.templates.length).toBeGreaterThan(20)
  })

  it('defines every key the code uses', () => {
    expect(
      report.missing,
      list('Keys used in src/ but missing from the catalogues', report.missing),
    ).toEqual([])
  })

  it('uses every key it defines', () => {
    expect(
      report.unused,
      list('Keys no code in src/ uses (remove them, or allow-list with a reason)', report.unused),
    ).toEqual([])
  })

  it('allow-lists only keys that exist and that the scan cannot see used', () => {
    const stale = staleAllowances(keys, namespaces, scan, SRC_ALLOWED_UNUSED)
    expect(stale, list('Allow-list entries to remove', stale)).toEqual([])
  })
})

describe('widget catalogues (widget/app/locales)', () => {
  const english = leaves(widgetEn)
  const keys = new Set(english.keys())
  // Top-level groups (`form`, `statuses`…) play the part namespaces play in the package.
  const groups = new Set(
    Object.entries(widgetEn)
      .filter(([, value]) => typeof value === 'object' && !isPlural(value))
      .map(([name]) => name),
  )
  const files = listFiles(
    join(ROOT, 'widget/app'),
    (p) => p.endsWith('.ts') && !p.endsWith('.test.ts') && !p.includes(join('app', 'locales')),
  )
  const scan = scanFiles(files)
  const report = compare(keys, groups, scan, WIDGET_ALLOWED_UNUSED)

  it('finds the translated code', () => {
    expect(scan.callLiterals.length).toBeGreaterThan(40)
  })

  it('defines in English every key the widget uses', () => {
    expect(
      report.missing,
      list('Keys used in widget/app but missing from locales/en.ts', report.missing),
    ).toEqual([])
  })

  it('uses every English key', () => {
    expect(report.unused, list('Keys in locales/en.ts no widget code uses', report.unused)).toEqual(
      [],
    )
  })

  it('allow-lists only keys that exist and that the scan cannot see used', () => {
    const stale = staleAllowances(keys, groups, scan, WIDGET_ALLOWED_UNUSED)
    expect(stale, list('Allow-list entries to remove', stale)).toEqual([])
  })

  it.each([
    ['de', widgetDe],
    ['ar', widgetAr],
  ] as const)(
    '%s defines exactly the English keys, with its own plural forms',
    (code, messages) => {
      const translated = leaves(messages)
      const problems: string[] = []
      for (const key of keys) if (!translated.has(key)) problems.push(`absent: ${key}`)
      const categories = new Set<string>(
        new Intl.PluralRules(code).resolvedOptions().pluralCategories,
      )
      for (const [key, value] of translated) {
        const source = english.get(key)
        if (source === undefined) {
          problems.push(`not in en.ts: ${key}`)
          continue
        }
        if (isPlural(source) !== isPlural(value)) {
          problems.push(`${key}: plural forms in one catalogue, a plain string in the other`)
          continue
        }
        if (!isPlural(source) || !isPlural(value)) continue
        // Forms the language lacks never show; forms English has and the language has are needed
        // (German: one and other; Arabic may add zero, two, few and many).
        const forms = Object.keys(value)
        const foreign = forms.filter((form) => !categories.has(form))
        const needed = Object.keys(source).filter((form) => categories.has(form))
        const lacking = needed.filter((form) => !forms.includes(form))
        if (foreign.length) problems.push(`${key}: forms ${code} does not have: ${foreign}`)
        if (lacking.length) problems.push(`${key}: forms missing: ${lacking}`)
      }
      expect(problems, list(`locales/${code}.ts differs from locales/en.ts`, problems)).toEqual([])
    },
  )
})
