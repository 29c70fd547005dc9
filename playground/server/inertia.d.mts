// Types for the TypeScript callers of inertia.mjs (the adapter's own tests).
import type { FastifyInstance, FastifyRequest } from 'fastify'

/** Options of `installInertia()`. */
export interface InertiaOptions {
  /** The current asset version. */
  version: () => string
  /** The first-visit HTML document around the page object. */
  renderHtml: (page: Record<string, unknown>) => string
  /** Props on every page; function values are evaluated only when sent. */
  sharedProps: (request: FastifyRequest) => Record<string, unknown>
  /** Turns resolved props into wire JSON. */
  serialize: (props: Record<string, unknown>) => unknown
}

/** Marks a prop sent only when a partial reload asks for it. */
export declare function optional(resolve: () => unknown): unknown

/** The page object JSON, escaped for a double-quoted HTML attribute. */
export declare function pageAttribute(page: Record<string, unknown>): string

/** Adds `reply.inertia(component, props)` and the protocol hooks to an app. */
export declare function installInertia(app: FastifyInstance, options: InertiaOptions): void

declare module 'fastify' {
  interface FastifyReply {
    /** Renders an Inertia page: HTML on a first visit, the JSON page object on an Inertia visit. */
    inertia(component: string, props?: Record<string, unknown>): Promise<FastifyReply>
  }
}
