// One source for the page manifest: the .vue files under src/pages plus src/pages/aliases.json.
// The runtime resolver (src/pages/registry.ts) globs the same files, so the two cannot drift.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

// Resolved lazily: under Vitest's DOM environments import.meta.url is not a file: URL.
const defaultPagesDir = () => join(fileURLToPath(new URL('..', import.meta.url)), 'src', 'pages')

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name)
    return entry.isDirectory() ? walk(full) : [full]
  })
}

/** Every page name the package provides, e.g. `Escalated/Agent/TicketShow`, sorted. */
export function collectPageNames(dir = defaultPagesDir()) {
  return walk(dir)
    .filter((file) => file.endsWith('.vue'))
    .map(
      (file) =>
        'Escalated/' +
        relative(dir, file)
          .split(sep)
          .join('/')
          .replace(/\.vue$/, ''),
    )
    .sort()
}

/** The manifest written to dist/pages.json. */
export function buildManifest(dir = defaultPagesDir()) {
  const aliases = JSON.parse(readFileSync(join(dir, 'aliases.json'), 'utf8'))
  return { namespace: 'Escalated', pages: collectPageNames(dir), aliases }
}

export function pagesManifestPlugin() {
  return {
    name: 'escalated:pages-manifest',
    apply: 'build',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'pages.json',
        source: JSON.stringify(buildManifest(), null, 2) + '\n',
      })
    },
  }
}
