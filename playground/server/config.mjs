// Where things live and how the server behaves, from options with environment fallbacks.
import { randomBytes } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'

/** The playground folder. */
export const PLAYGROUND_DIR = fileURLToPath(new URL('..', import.meta.url))
/** The repository root. */
export const REPO_DIR = join(PLAYGROUND_DIR, '..')

/**
 * @typedef {object} PlaygroundOptions
 * @property {'snake' | 'camel'} [casing] payload convention; env PLAYGROUND_CASING, default snake
 * @property {string} [dataDir] database + uploads folder; env PLAYGROUND_DATA_DIR, default playground/.data
 * @property {string} [distDir] built client; default playground/dist
 * @property {string} [widgetDir] built widget; default dist/widget
 * @property {string} [assetVersion] fixed Inertia version (tests); default: hash of the client manifest
 * @property {string} [secret] cookie signing secret; env PLAYGROUND_SECRET, default random per process
 * @property {boolean} [reset] reseed on start even when data exists
 * @property {() => Date} [clock] the current time (tests)
 * @property {boolean} [logger] Fastify request logging
 */

/**
 * @typedef {object} PlaygroundConfig
 * @property {'snake' | 'camel'} casing
 * @property {string} dataDir
 * @property {string} dbFile
 * @property {string} uploadsDir
 * @property {string} distDir
 * @property {string} widgetDir
 * @property {string | undefined} assetVersion
 * @property {string} secret
 * @property {boolean} reset
 * @property {() => Date} clock
 * @property {boolean} logger
 * @property {string} prefix the Escalated route prefix
 */

/**
 * @param {PlaygroundOptions} [options]
 * @returns {PlaygroundConfig}
 */
export function resolveConfig(options = {}) {
  const envCasing = process.env.PLAYGROUND_CASING === 'camel' ? 'camel' : 'snake'
  const dataDir =
    options.dataDir ?? process.env.PLAYGROUND_DATA_DIR ?? join(PLAYGROUND_DIR, '.data')
  return {
    casing: options.casing ?? envCasing,
    dataDir,
    dbFile: join(dataDir, 'playground.sqlite'),
    uploadsDir: join(dataDir, 'uploads'),
    distDir: options.distDir ?? join(PLAYGROUND_DIR, 'dist'),
    widgetDir: options.widgetDir ?? join(REPO_DIR, 'dist', 'widget'),
    assetVersion: options.assetVersion,
    secret: options.secret ?? process.env.PLAYGROUND_SECRET ?? randomBytes(32).toString('hex'),
    reset: options.reset ?? false,
    clock: options.clock ?? (() => new Date()),
    logger: options.logger ?? false,
    prefix: '/support',
  }
}
