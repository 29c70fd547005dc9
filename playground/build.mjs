// Builds the playground client (playground/dist) and the embeddable widget (dist/widget, served at /widget/ for
// /widget-demo) with Vite when either is missing or older than its sources.
// `node playground/build.mjs` builds; `--force` rebuilds even when up to date.
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const PLAYGROUND_DIR = fileURLToPath(new URL('.', import.meta.url))
const REPO_DIR = join(PLAYGROUND_DIR, '..')
const MANIFEST = join(PLAYGROUND_DIR, 'dist', '.vite', 'manifest.json')
// Everything that ends up in the bundle.
const SOURCES = [
  join(PLAYGROUND_DIR, 'app'),
  join(REPO_DIR, 'src'),
  join(PLAYGROUND_DIR, 'vite.config.ts'),
  join(REPO_DIR, 'package.json'),
]

const WIDGET_LOADER = join(REPO_DIR, 'dist', 'widget', 'escalated-widget.js')
const WIDGET_SOURCES = [
  join(REPO_DIR, 'widget'),
  join(REPO_DIR, 'src'),
  join(REPO_DIR, 'package.json'),
]

/** @param {string} path @returns {number} */
function newestMtime(path) {
  if (!existsSync(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestMtime(join(path, name))),
    stat.mtimeMs,
  )
}

/** Whether the built client is missing or older than a source file. */
export function isClientStale() {
  if (!existsSync(MANIFEST)) return true
  const builtAt = statSync(MANIFEST).mtimeMs
  return SOURCES.some((source) => newestMtime(source) > builtAt)
}

/** Whether the built widget is missing or older than a source file. */
export function isWidgetStale() {
  if (!existsSync(WIDGET_LOADER)) return true
  const builtAt = statSync(WIDGET_LOADER).mtimeMs
  return WIDGET_SOURCES.some((source) => newestMtime(source) > builtAt)
}

/**
 * Builds the client and the widget when needed (or always with `force`); resolves to how long it took, or
 * null when both were up to date.
 * @param {{ force?: boolean }} [options]
 * @returns {Promise<number | null>}
 */
export async function ensureClientBuilt({ force = false } = {}) {
  const client = force || isClientStale()
  const widget = force || isWidgetStale()
  if (!client && !widget) return null
  const started = Date.now()
  const { build } = await import('vite')
  if (client) await build({ configFile: join(PLAYGROUND_DIR, 'vite.config.ts'), logLevel: 'warn' })
  if (widget)
    await build({ configFile: join(REPO_DIR, 'widget', 'vite.config.ts'), logLevel: 'warn' })
  return Date.now() - started
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const ms = await ensureClientBuilt({ force: process.argv.includes('--force') })
  console.log(
    ms === null
      ? 'Playground client is up to date.'
      : `Built the playground client in ${(ms / 1000).toFixed(1)} s.`,
  )
}
