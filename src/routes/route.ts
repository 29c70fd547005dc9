// The same default prefix the shared-props normalizer applies.
import { DEFAULT_PREFIX } from '@/contract'
import { appendQuery, type QueryParams, type QueryValue } from './query'
import {
  routeTable,
  type HttpMethod,
  type RouteDefinition,
  type RouteName,
  type RouteParamName,
} from './table'

/** A value that fills one `{param}` of a path; it is URL-encoded. */
export type RouteParamValue = string | number

/**
 * Parameters for `route(name, params)`, in Ziggy's call shapes: one value fills the first `{param}`,
 * an array fills them in order, an object fills them by name and sends its other keys as the query.
 */
export type RouteParams<N extends RouteName = RouteName> = [RouteParamName<N>] extends [never]
  ? QueryParams
  : | RouteParamValue
    | readonly RouteParamValue[]
    | ({ readonly [K in RouteParamName<N>]: RouteParamValue } & QueryParams)

/** Any of the call shapes, untyped by route; what a host `route()` receives. */
export type RouteParamsInput = RouteParamValue | readonly RouteParamValue[] | QueryParams

/**
 * A Ziggy-style `route(name, params, absolute)` supplied by the host. It is called with
 * `absolute = false` and must return the URL as a string, or throw for a name it does not know.
 */
export type HostRoute = (name: string, params?: RouteParamsInput, absolute?: boolean) => unknown

/** Options for {@link createRouteResolver}. */
export interface RouteResolverOptions {
  /** Mount prefix as the backend shares it (`escalated.prefix`); `''` or `'/'` = the site root. @default '/support' */
  prefix?: string | null
  /** The host's Ziggy `route()`; when given, it answers first for the names it knows. */
  hostRoute?: HostRoute | null
}

/** Builds the URL of a named route below the prefix; throws for an unknown name or a missing parameter. */
export interface RouteResolver {
  <N extends RouteName>(name: N, params?: RouteParams<N>, query?: QueryParams): string
}

const PARAM_PATTERN = /\{([^}]+)\}/g

/** Normalizes a mount prefix to `/segment[/segment]` or `''` (mounted at the root). */
export function normalizePrefix(prefix: string | null | undefined): string {
  if (prefix === null || prefix === undefined) return DEFAULT_PREFIX
  const segments = prefix.trim().split('/').filter(Boolean)
  return segments.length === 0 ? '' : `/${segments.join('/')}`
}

/** Whether the built-in table knows the name; narrows a plain string to {@link RouteName}. */
export function hasRoute(name: string): name is RouteName {
  return Object.prototype.hasOwnProperty.call(routeTable, name)
}

function definitionOf(name: string): RouteDefinition {
  if (!hasRoute(name))
    throw new Error(`Unknown route "${name}": it is not in the Escalated route table.`)
  return routeTable[name]
}

/** The HTTP method a route is registered with (`'get'`, `'post'`…), as Inertia's router takes it. */
export function routeMethod(name: RouteName): HttpMethod {
  return definitionOf(name).method
}

function isValueList(params: RouteParamsInput): params is readonly RouteParamValue[] {
  return Array.isArray(params)
}

function isParamValue(value: QueryValue): value is RouteParamValue {
  return (typeof value === 'string' && value !== '') || typeof value === 'number'
}

function fillPath(name: string, path: string, params: RouteParamsInput | undefined) {
  const names = Array.from(path.matchAll(PARAM_PATTERN), (match) => match[1] ?? '')
  const values = new Map<string, RouteParamValue>()
  const extraQuery: Record<string, QueryValue> = {}

  if (typeof params === 'string' || typeof params === 'number') {
    const [first] = names
    if (first === undefined) {
      throw new Error(`Route "${name}" takes no parameters, but got ${JSON.stringify(params)}.`)
    }
    values.set(first, params)
  } else if (params !== undefined && isValueList(params)) {
    if (params.length > names.length) {
      throw new Error(
        `Route "${name}" takes ${names.length} parameter(s) (${names.join(', ')}), but got ${params.length}.`,
      )
    }
    params.forEach((value, index) => values.set(names[index] ?? '', value))
  } else if (params !== undefined) {
    for (const [key, value] of Object.entries(params)) {
      if (!names.includes(key)) {
        extraQuery[key] = value
      } else if (value === null || value === undefined) {
        continue
      } else if (typeof value === 'string' || typeof value === 'number') {
        values.set(key, value)
      } else {
        throw new Error(`Route "${name}": parameter "${key}" must be a string or a number.`)
      }
    }
  }

  const filled = path.replace(PARAM_PATTERN, (_match, param: string) => {
    const value = values.get(param)
    if (value === undefined || !isParamValue(value)) {
      throw new Error(`Route "${name}" needs the parameter "${param}".`)
    }
    return encodeURIComponent(String(value))
  })
  return { filled, extraQuery }
}

/**
 * Creates the `route()` used in templates and scripts. It resolves names from the built-in table under
 * the prefix; a host `route()` is asked first only when one is given, and the table answers when it throws.
 */
export function createRouteResolver(options: RouteResolverOptions = {}): RouteResolver {
  const prefix = normalizePrefix(options.prefix)
  const hostRoute = options.hostRoute ?? null

  function fromTable(name: string, params: RouteParamsInput | undefined, query?: QueryParams) {
    const { filled, extraQuery } = fillPath(name, definitionOf(name).path, params)
    // Paths end without a slash (Ziggy does the same); the customer index at the root stays `/`.
    const url = `${prefix}${filled}`.replace(/\/+$/, '') || '/'
    return appendQuery(url, { ...extraQuery, ...query })
  }

  function resolve(name: string, params?: RouteParamsInput, query?: QueryParams): string {
    if (hostRoute) {
      let hostError: unknown = null
      try {
        const url = hostRoute(name, params, false)
        if (typeof url === 'string' && url !== '') return appendQuery(url, query)
      } catch (error) {
        // Ziggy throws for names missing from the host's list; the built-in table answers instead.
        hostError = error
      }
      if (!hasRoute(name)) {
        throw new Error(
          `Unknown route "${name}": neither the host nor the Escalated table has it.`,
          {
            cause: hostError,
          },
        )
      }
    }
    return fromTable(name, params, query)
  }

  return resolve
}
