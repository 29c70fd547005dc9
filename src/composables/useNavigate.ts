import { injectEscalatedContextOrNull } from '@/plugin/context'
import type { VisitOptions, VisitResult } from '@/plugin/transport'

/** Navigate within the app through the Transport (Inertia), falling back to a full page load. */
export function useNavigate(): (href: string, options?: VisitOptions) => Promise<VisitResult> {
  const context = injectEscalatedContextOrNull()
  return async (href, options) => {
    if (context) return context.transport.visit(href, options)
    if (typeof window !== 'undefined') window.location.assign(href)
    return { status: 'ok' }
  }
}
