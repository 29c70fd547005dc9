#!/usr/bin/env node
// Size budgets on bytes (deterministic): gzip level 9 and brotli for every budget in size-budgets.json, plus a
// tree-shaking probe that bundles `import { X } from 'dist/index.js'` and fails if pages come along.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { brotliCompressSync, gzipSync, constants } from 'node:zlib'

const root = fileURLToPath(new URL('..', import.meta.url))
const budgets = JSON.parse(readFileSync(join(root, 'size-budgets.json'), 'utf8'))
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))

const gz = (buf) => gzipSync(buf, { level: 9 }).length
const br = (buf) =>
  brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length
const kb = (n) => `${(n / 1024).toFixed(2)} KB`
let failures = 0

// Node 20 has no fs.globSync: a small matcher for `**`, `*` and `{a,b}` is enough for the budgets.
function globToRegExp(glob) {
  let re = ''
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]
    if (c === '*' && glob[i + 1] === '*') {
      re += glob[i + 2] === '/' ? '(?:.*/)?' : '.*'
      i += glob[i + 2] === '/' ? 2 : 1
    } else if (c === '*') re += '[^/]*'
    else if (c === '{') re += '(?:'
    else if (c === '}') re += ')'
    else if (c === ',') re += '|'
    else re += c.replace(/[.+?^$()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${re}$`)
}
function globSync(glob, { cwd }) {
  const matcher = globToRegExp(glob)
  const walk = (dir) =>
    existsSync(join(cwd, dir))
      ? readdirSync(join(cwd, dir), { withFileTypes: true }).flatMap((e) =>
          e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
        )
      : []
  return walk(glob.split('/')[0]).filter((f) => matcher.test(f))
}
const rows = []

if (!existsSync(join(root, 'dist/index.js'))) {
  console.error('size: dist/index.js is missing; run npm run build first')
  process.exit(1)
}

for (const budget of budgets.files) {
  let files = globSync(budget.glob, { cwd: root }).filter((f) => !f.endsWith('.map'))
  if (budget.excludeLocalesBut) {
    files = files.filter(
      (f) => !/\/locales?\//.test(f) || f.includes(`/${budget.excludeLocalesBut}`),
    )
  }
  if (files.length === 0) {
    if (budget.optional) continue
    rows.push([budget.name, '-', '-', '-', `missing (${budget.glob})`])
    failures += 1
    continue
  }
  const measure = (list) => {
    const buf = Buffer.concat(list.map((f) => readFileSync(join(root, f))))
    return { raw: buf.length, gzip: gz(buf), brotli: br(buf) }
  }
  const entries = budget.each
    ? files.map((f) => [f, measure([f])])
    : [[budget.glob, measure(files)]]
  entries.sort((a, b) => b[1].gzip - a[1].gzip)
  const [label, size] = entries[0]
  const ok = size.gzip <= budget.gzip
  if (!ok) failures += 1
  rows.push([
    budget.name + (budget.each ? ` (${relative(root, join(root, label))})` : ''),
    kb(size.raw),
    kb(size.gzip),
    kb(size.brotli),
    `${ok ? 'ok' : 'OVER'} ≤ ${kb(budget.gzip)} gz`,
  ])
}

// Tree-shaking probe: a host importing one primitive must not pull pages or the whole barrel.
const probe = budgets.treeShaking
if (probe) {
  const { build } = await import('vite')
  mkdirSync(join(root, '.ci', 'out'), { recursive: true })
  const entry = join(root, '.ci', 'out', 'treeshake-entry.js')
  writeFileSync(
    entry,
    `import { ${probe.import} } from '${join(root, 'dist/index.js')}'\nexport default ${probe.import}\n`,
  )
  const external = [...Object.keys(pkg.peerDependencies), ...Object.keys(pkg.dependencies)]
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry, formats: ['es'], fileName: 'probe' },
      rollupOptions: { external: (id) => external.some((n) => id === n || id.startsWith(`${n}/`)) },
    },
  })
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output)
  const code = outputs
    .filter((o) => o.type === 'chunk')
    .map((o) => o.code)
    .join('\n')
  const size = gz(Buffer.from(code))
  // Any dynamic import left means page chunks (or other lazy code) came along.
  const pulledPages =
    /\bimport\(/.test(code) || outputs.filter((o) => o.type === 'chunk').length > 1
  const ok = size <= probe.gzip && !pulledPages
  if (!ok) failures += 1
  rows.push([
    `import { ${probe.import} } only`,
    kb(code.length),
    kb(size),
    '-',
    `${ok ? 'ok' : 'FAIL'} ≤ ${kb(probe.gzip)} gz${pulledPages ? ', pulled page chunks' : ''}`,
  ])
  if (process.env.SIZE_DEBUG) writeFileSync(join(root, '.ci', 'out', 'treeshake-output.js'), code)
  rmSync(entry, { force: true })
}

const widths = [0, 1, 2, 3, 4].map((i) => Math.max(...rows.map((r) => String(r[i]).length), 8))
console.log(
  ['budget', 'raw', 'gzip', 'brotli', 'result'].map((h, i) => h.padEnd(widths[i])).join('  '),
)
for (const row of rows) console.log(row.map((c, i) => String(c).padEnd(widths[i])).join('  '))
if (failures) {
  console.error(`size: ${failures} budget(s) exceeded or missing`)
  process.exit(1)
}
