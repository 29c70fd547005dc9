/**
 * Widget build (`vite build -c widget/vite.config.ts`, run by scripts/build.mjs after the library).
 * Writes only dist/widget/:
 * - panel-[hash].js: the panel (lit-html views over Vue's reactivity) as an ES module, loaded with
 *   import() on intent;
 * - locales/<code>-[hash].js: catalogues other than English, loaded when needed;
 * - escalated-widget.js: the classic-script loader (IIFE), built after the panel so that it can
 *   carry the panel's hashed file name;
 * - escalated-widget.d.ts: the typed JS API, emitted from widget/loader/types.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath, URL } from 'node:url'
import ts from 'typescript'
import { build, defineConfig, type Plugin } from 'vite'
import pkg from '../package.json' with { type: 'json' }

const root = fileURLToPath(new URL('..', import.meta.url))
const outDir = `${root}dist/widget`

// Vite's lib mode does not replace process.env.NODE_ENV (STACK.md gotcha 8); Vue's reactivity reads it.
const define = {
  'process.env.NODE_ENV': JSON.stringify('production'),
  __VUE_OPTIONS_API__: 'false',
  __VUE_PROD_DEVTOOLS__: 'false',
  __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
}

const LAUNCHER_TOKENS = ['--esc-c-primary', '--esc-c-primary-contrast']

/**
 * Gives the launcher its colours before the panel (and the full token sheet) loads: copies the
 * declarations it reads from the light block of src/theme/tokens.css, the one home of colour values.
 */
function launcherTokens(): Plugin {
  return {
    name: 'escalated-widget:launcher-tokens',
    enforce: 'pre',
    transform(code, id) {
      if (!id.split('?')[0]?.endsWith('/widget/loader/launcher.css')) return undefined
      const tokens = readFileSync(`${root}src/theme/tokens.css`, 'utf8')
      const start = tokens.indexOf('{', tokens.indexOf(':host'))
      const block = tokens.slice(start + 1, tokens.indexOf('}', start))
      const declarations = LAUNCHER_TOKENS.map((name) => {
        const match = new RegExp(`${name}\\s*:([^;]+);`).exec(block)
        if (!match?.[1]) throw new Error(`tokens.css has no ${name} in its light block`)
        return `${name}:${match[1].replace(/\s+/g, ' ').trim()};`
      })
      return { code: `:host{${declarations.join('')}}\n${code}`, map: null }
    },
  }
}

const formatHost: ts.FormatDiagnosticsHost = {
  getCanonicalFileName: (name) => name,
  getCurrentDirectory: () => root,
  getNewLine: () => '\n',
}

/**
 * Inlines src/theme/tokens.css into the panel's stylesheet with only the tokens the widget reads
 * (and the tokens those derive from): the full list is 1.4 KB gzip, mostly staff-panel colours.
 */
function prunedTokens(): Plugin {
  return {
    name: 'escalated-widget:pruned-tokens',
    enforce: 'pre',
    transform(code, id) {
      if (!id.split('?')[0]?.endsWith('/widget/app/widget.css')) return undefined
      const tokens = readFileSync(`${root}src/theme/tokens.css`, 'utf8')
      // Named groups keep this file clear of the token guard's `(--esc-…` pattern.
      const declaration = /(?<name>--esc-c-[\w-]+)\s*:(?<value>[^;]*);/g
      const values = new Map<string, string>()
      for (const [, name = '', value = ''] of tokens.matchAll(declaration)) {
        values.set(name, `${values.get(name) ?? ''} ${value}`)
      }
      const used = new Set<string>()
      const visit = (text: string) => {
        for (const [name] of text.matchAll(/--esc-c-[\w-]+/g)) {
          if (used.has(name)) continue
          used.add(name)
          visit(values.get(name) ?? '')
        }
      }
      visit(code)
      const pruned = tokens.replace(declaration, (all, name: string) => (used.has(name) ? all : ''))
      return { code: code.replace(/@import\s+['"]@\/theme\/tokens\.css['"];/, pruned), map: null }
    },
  }
}

/** Emits the public API types as one self-contained declaration file. */
function emitDeclarations(): void {
  const entry = `${root}widget/loader/types.ts`
  const program = ts.createProgram([entry], {
    declaration: true,
    emitDeclarationOnly: true,
    strict: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  })
  let text = ''
  const result = program.emit(undefined, (name, data) => {
    if (name.endsWith('types.d.ts')) text = data
  })
  const errors = ts.getPreEmitDiagnostics(program).concat(result.diagnostics)
  if (errors.length > 0 || text === '') {
    throw new Error(ts.formatDiagnostics(errors, formatHost))
  }
  writeFileSync(
    `${outDir}/escalated-widget.d.ts`,
    `// Types of window.EscalatedWidget, @escalated-dev/escalated ${pkg.version}.\n${text}`,
  )
}

/** After the panel is written, builds the loader IIFE pointing at the panel's hashed name. */
function buildLoader(): Plugin {
  let panelFile = ''
  return {
    name: 'escalated-widget:loader',
    apply: 'build',
    writeBundle(_options, bundle) {
      const entry = Object.values(bundle).find((file) => file.type === 'chunk' && file.isEntry)
      if (!entry) throw new Error('The panel build produced no entry chunk')
      panelFile = entry.fileName
    },
    async closeBundle() {
      if (!panelFile) return
      await build({
        configFile: false,
        root,
        publicDir: false,
        logLevel: 'warn',
        plugins: [launcherTokens()],
        define: {
          ...define,
          __ESC_PANEL_FILE__: JSON.stringify(`./${panelFile}`),
        },
        build: {
          outDir,
          emptyOutDir: false,
          copyPublicDir: false,
          lib: {
            entry: `${root}widget/loader/index.ts`,
            formats: ['iife'],
            name: 'EscalatedWidgetLoader',
            fileName: () => 'escalated-widget.js',
          },
        },
      })
      emitDeclarations()
    },
  }
}

export default defineConfig({
  root,
  publicDir: false,
  plugins: [prunedTokens(), buildLoader()],
  resolve: { alias: { '@': `${root}src` } },
  define,
  build: {
    outDir,
    // Only dist/widget/ is emptied (stale hashed chunks); the library build owns the rest of dist/.
    emptyOutDir: true,
    copyPublicDir: false,
    lib: { entry: `${root}widget/app/index.ts`, formats: ['es'] },
    rollupOptions: {
      output: {
        minify: true,
        comments: false,
        entryFileNames: 'panel-[hash].js',
        chunkFileNames: (chunk) =>
          chunk.facadeModuleId?.includes('/widget/app/locales/')
            ? 'locales/[name]-[hash].js'
            : '[name]-[hash].js',
      },
    },
  },
})
