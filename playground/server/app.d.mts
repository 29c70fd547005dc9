// Types for the TypeScript callers of app.mjs (tests, the e2e harness).
import type { FastifyInstance } from 'fastify'

/** Options of `buildApp()`; each falls back to an environment variable or a default. */
export interface PlaygroundOptions {
  /** Payload convention: Laravel `snake` (default, env PLAYGROUND_CASING) or Adonis `camel`. */
  casing?: 'snake' | 'camel'
  /** Folder of the SQLite file and uploads. @default playground/.data (env PLAYGROUND_DATA_DIR) */
  dataDir?: string
  /** Built client folder. @default playground/dist */
  distDir?: string
  /** Built widget folder served at /widget/. @default dist/widget */
  widgetDir?: string
  /** Fixed Inertia asset version. @default a hash of the client manifest */
  assetVersion?: string
  /** Cookie signing secret. @default env PLAYGROUND_SECRET, else random per process */
  secret?: string
  /** Reseed even when the database has data. */
  reset?: boolean
  /** The current time. @default () => new Date() */
  clock?: () => Date
  /** Fastify request logging. */
  logger?: boolean
}

/** The built client as the server serves it. */
export interface ClientManifest {
  version: string
  script: string
  styles: string[]
}

/** Reads the client build's manifest, or null when the client is not built. */
export declare function readClientManifest(distDir: string): ClientManifest | null

/** Creates the playground server (not listening); opens and, when empty, seeds the database. */
export declare function buildApp(options?: PlaygroundOptions): Promise<FastifyInstance>
