import { defineComponent, h, markRaw, type DefineComponent } from 'vue'
import UnknownPage from '@/components/layout/UnknownPage.vue'
import aliasTable from './aliases.json'

/** Prefix of every page name the package owns. */
export const PAGE_NAMESPACE = 'Escalated/'

// The same files scripts/pages-manifest.mjs lists into dist/pages.json: one source for both.
const modules = import.meta.glob<{ default: DefineComponent }>('./**/*.vue')

function nameFromPath(path: string): string {
  return PAGE_NAMESPACE + path.replace(/^\.\//, '').replace(/\.vue$/, '')
}

function buildLoaders(): ReadonlyMap<string, () => Promise<{ default: DefineComponent }>> {
  return new Map(Object.entries(modules).map(([path, load]) => [nameFromPath(path), load]))
}

function sortedKeys(map: ReadonlyMap<string, unknown>): string[] {
  return [...map.keys()].sort()
}

// Pure annotations let bundlers drop the registry (and every page chunk) from hosts that never resolve pages.
const loaders = /* @__PURE__ */ buildLoaders()
const aliases: Readonly<Record<string, string>> = aliasTable

/** Every page name the package provides, sorted (the same list as `pages.json`). */
export const pageNames: readonly string[] = /* @__PURE__ */ sortedKeys(loaders)

/** Known wrong names backends send, mapped to the real page (contract §1.6). */
export const pageAliases: Readonly<Record<string, string>> = aliases

/** Whether the package provides this page, directly or through an alias. */
export function hasPage(name: string): boolean {
  return loaders.has(aliases[name] ?? name)
}

function unknownPage(name: string): DefineComponent {
  return markRaw(
    defineComponent({
      name: 'EscalatedUnknownPage',
      setup: () => () => h(UnknownPage, { name }),
    }),
  )
}

/**
 * Resolve an Inertia page name to its component, loading the page's chunk on demand.
 * Returns `undefined` for names outside `Escalated/` so hosts can chain their own resolver:
 * `resolve: (name) => resolvePage(name) ?? resolveHostPage(name)`. A name in our namespace that the package
 * lacks resolves to a panel naming it, never a blank screen.
 */
export function resolvePage(name: string): Promise<DefineComponent> | undefined {
  if (!name.startsWith(PAGE_NAMESPACE)) return undefined
  const load = loaders.get(aliases[name] ?? name)
  if (!load) return Promise.resolve(unknownPage(name))
  return load().then((module) => module.default)
}
