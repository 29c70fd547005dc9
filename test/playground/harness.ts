// Test harness for the playground server: a fresh seeded database per server, a fixed clock, and a
// cookie-keeping client that talks to Fastify through inject() (no sockets).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify'
import { buildApp, type PlaygroundOptions } from '../../playground/server/app.mjs'

/** The asset version the test servers report. */
export const ASSET_VERSION = 'test-version'
/** The seeded data is dated relative to this instant. */
export const NOW = new Date('2026-11-23T12:00:00.000Z')
/** Host header inject() sends; referers must match it to count as "back". */
export const ORIGIN = 'http://localhost:80'

/** An Inertia page object with the props a test reads. */
export interface InertiaPage<P = Record<string, unknown>> {
  component: string
  props: P & {
    errors: Record<string, string>
    flash: { success: string | null; error: string | null }
  }
  url: string
  version: string
}

/** A running test server. */
export interface TestPlayground {
  app: FastifyInstance
  /** A new signed-out visitor with its own cookie jar. */
  visitor(): Visitor
  close(): Promise<void>
}

/** Starts a server on a fresh temporary data folder. */
export async function startPlayground(options: PlaygroundOptions = {}): Promise<TestPlayground> {
  const dataDir = mkdtempSync(join(tmpdir(), 'escalated-playground-test-'))
  const app = await buildApp({
    dataDir,
    assetVersion: ASSET_VERSION,
    clock: () => NOW,
    secret: 'playground-test-secret-0123456789',
    ...options,
  })
  return {
    app,
    visitor: () => new Visitor(app),
    close: async () => {
      await app.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** Options of one request made by a visitor. */
export interface SendOptions {
  /** The page the request comes from (`back()` target); a path. */
  from?: string
  /** Send the XSRF header (on by default, as Inertia's axios does). */
  csrf?: boolean
  /** Ask for JSON instead of an Inertia response. */
  json?: boolean
  headers?: Record<string, string>
}

/** A browser stand-in: keeps cookies and sends the headers Inertia's client sends. */
export class Visitor {
  readonly cookies: Record<string, string> = {}

  constructor(private readonly app: FastifyInstance) {}

  /** Raw request with this visitor's cookies; remembers the cookies the server sets. */
  async request(options: InjectOptions): Promise<LightMyRequestResponse> {
    const response = await this.app.inject({ ...options, cookies: { ...this.cookies } })
    for (const cookie of response.cookies) this.cookies[cookie.name] = cookie.value
    return response
  }

  /** Signs in through the test hook (also picks up the session and XSRF cookies). */
  async signIn(role: 'customer' | 'agent' | 'admin' | 'guest'): Promise<LightMyRequestResponse> {
    return this.request({ method: 'GET', url: `/_playground/login/${role}` })
  }

  /** An Inertia visit (`X-Inertia` + current version). */
  visit(url: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    return this.request({
      method: 'GET',
      url,
      headers: { 'x-inertia': 'true', 'x-inertia-version': ASSET_VERSION, ...headers },
    })
  }

  /** An Inertia visit that must render a page; returns the page object. */
  async page<P = Record<string, unknown>>(
    url: string,
    headers: Record<string, string> = {},
  ): Promise<InertiaPage<P>> {
    const response = await this.visit(url, headers)
    if (response.statusCode !== 200) {
      throw new Error(`GET ${url} answered ${response.statusCode}: ${response.body.slice(0, 200)}`)
    }
    return response.json<InertiaPage<P>>()
  }

  /** A form submission as Inertia sends it (or a JSON API call with `json: true`). */
  send(
    method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    body: Record<string, unknown> = {},
    { from, csrf = true, json = false, headers = {} }: SendOptions = {},
  ): Promise<LightMyRequestResponse> {
    const token = this.cookies['XSRF-TOKEN']
    return this.request({
      method,
      url,
      payload: body,
      headers: {
        ...(json
          ? { accept: 'application/json' }
          : {
              'x-inertia': 'true',
              'x-inertia-version': ASSET_VERSION,
              accept: 'text/html, application/xhtml+xml',
            }),
        ...(csrf && token ? { 'x-xsrf-token': token } : {}),
        ...(from ? { referer: `${ORIGIN}${from}` } : {}),
        ...headers,
      },
    })
  }
}

/** A multipart body as a browser's FormData would send it. */
export async function multipart(
  fields: Record<string, string>,
  files: Record<string, { name: string; type: string; content: string }>,
) {
  const form = new FormData()
  for (const [key, value] of Object.entries(fields)) form.append(key, value)
  for (const [key, file] of Object.entries(files))
    form.append(key, new Blob([file.content], { type: file.type }), file.name)
  const request = new Request('http://localhost/', { method: 'POST', body: form })
  return {
    payload: Buffer.from(await request.arrayBuffer()),
    contentType: request.headers.get('content-type') ?? '',
  }
}
