#!/usr/bin/env node
// `npm run build`: the library (dist/index.js, style.css, .d.ts, pages.json), then the widget when present.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const vite = `${root}node_modules/.bin/vite`
const steps = [[vite, ['build', '--logLevel', 'warn']]]
if (existsSync(`${root}widget/vite.config.ts`)) {
  steps.push([vite, ['build', '-c', 'widget/vite.config.ts', '--logLevel', 'warn']])
}
for (const [command, args] of steps) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' })
  if (result.status !== 0) process.exit(result.status ?? 1)
}
