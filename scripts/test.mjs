#!/usr/bin/env node
// `npm test`: every check in one run — typecheck, lint, token guard, build, size budgets, unit, browser,
// end-to-end and story tests. Ends with the `tests: N passed, N failed` line CI reads.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const out = join(root, '.ci', 'out')
mkdirSync(out, { recursive: true })
process.env.STORYBOOK_DISABLE_TELEMETRY = '1'

const only = process.argv.slice(2)
let passed = 0
let failed = 0
const timings = []

function run(label, command, args, { counts = true } = {}) {
  if (only.length && !only.includes(label)) return true
  const started = Date.now()
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`)
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  const ok = result.status === 0
  timings.push(`${label} ${seconds}s${ok ? '' : ' (failed)'}`)
  if (counts) {
    if (ok) passed += 1
    else failed += 1
  }
  return ok
}

function vitest(label, args) {
  if (only.length && !only.includes(label)) return
  const report = join(out, `${label}.json`)
  rmSync(report, { force: true })
  const ok = run(
    label,
    'npx',
    [
      'vitest',
      'run',
      ...args,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
    {
      counts: false,
    },
  )
  try {
    const json = JSON.parse(readFileSync(report, 'utf8'))
    passed += json.numPassedTests
    failed += json.numFailedTests
    // A file that failed to import reports no failed test but an unsuccessful run.
    if (!ok && json.numFailedTests === 0) failed += 1
  } catch {
    failed += 1
  }
}

const bin = (name) => join(root, 'node_modules', '.bin', name)

run('typecheck', bin('vue-tsc'), ['--noEmit', '-p', 'tsconfig.json'])
run('lint', bin('eslint'), ['.', '--max-warnings=0'])
run('format', bin('prettier'), ['--check', '.', '--log-level=warn'])
run('tokens', 'node', ['scripts/check-tokens.mjs'])
if (run('build', 'node', ['scripts/build.mjs'])) process.env.ESCALATED_DIST = '1'
run('size', 'node', ['scripts/size.mjs'])
vitest('vitest', [
  '--project',
  'unit',
  '--project',
  'browser',
  ...(existsSync(join(root, 'test/e2e/globalSetup.ts')) ? ['--project', 'e2e'] : []),
])
vitest('stories', ['-c', 'vitest.storybook.config.ts'])

console.log(`\n[time] ${timings.join(' · ')}`)
console.log(`tests: ${passed} passed, ${failed} failed`)
process.exit(failed > 0 ? 1 : 0)
