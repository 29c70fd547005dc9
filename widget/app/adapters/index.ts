import type { WidgetHttp } from '../http'
import { adonisAdapter } from './adonis'
import { laravelAdapter } from './laravel'
import { nestjsAdapter } from './nestjs'
import type { WidgetAdapter } from './types'

export type * from './types'

/** The adapter for a backend name; anything unknown speaks Laravel, the reference backend. */
export function createAdapter(backend: string, http: WidgetHttp): WidgetAdapter {
  if (backend === 'adonis') return adonisAdapter(http)
  if (backend === 'nestjs') return nestjsAdapter(http)
  return laravelAdapter(http)
}
