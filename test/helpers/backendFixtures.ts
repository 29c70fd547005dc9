/**
 * The one loader for the real backend captures in `../shared/fixtures` (see its README). Files are
 * read in place, never copied or edited.
 */
import { readFileSync } from 'node:fs'

/** Which serialization the capture used: Adonis defaults (camelCase models) or snake_case. */
export type BackendConvention = 'adonis' | 'snake_case'

/** An Inertia page object as captured: `{component, props, url, version}`. */
export interface BackendPage {
  /** Page name, e.g. `Escalated/Agent/TicketShow`. */
  component: string
  /** Raw page props, exactly as the backend sent them. */
  props: unknown
  /** Request URL. */
  url: string
}

// Through a variable: Vite rewrites the literal `new URL('…', import.meta.url)` into an http asset URL.
const moduleUrl = import.meta.url
const FIXTURES_ROOT = new URL('../../../shared/fixtures/', moduleUrl)

/** Reads `shared/fixtures/<convention>/<name>.json` and parses it; the caller narrows the result. */
export function loadBackendFixture(convention: BackendConvention, name: string): unknown {
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`Invalid fixture name: ${name}`)
  return JSON.parse(readFileSync(new URL(`${convention}/${name}.json`, FIXTURES_ROOT), 'utf8'))
}

/** Loads an Inertia page capture (`inertia-*.json`) and checks that it has the page object shape. */
export function loadBackendPage(convention: BackendConvention, name: string): BackendPage {
  const page = loadBackendFixture(convention, name)
  if (typeof page !== 'object' || page === null || !('component' in page) || !('props' in page)) {
    throw new Error(`${convention}/${name}.json is not an Inertia page object`)
  }
  const { component, props } = page
  const url = 'url' in page && typeof page.url === 'string' ? page.url : ''
  if (typeof component !== 'string') throw new Error(`${convention}/${name}.json has no component`)
  return { component, props, url }
}
