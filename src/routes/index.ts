export { routeTable } from './table'
export type { HttpMethod, RouteDefinition, RouteName, RouteParamName } from './table'
export { createRouteResolver, hasRoute, normalizePrefix, routeMethod } from './route'
export type {
  HostRoute,
  RouteParams,
  RouteParamsInput,
  RouteParamValue,
  RouteResolver,
  RouteResolverOptions,
} from './route'
export { appendQuery, buildQueryString } from './query'
export type { QueryParams, QueryValue } from './query'
