// The public API is pinned against this written list: adding or removing an export is a deliberate change.
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const PUBLIC_EXPORTS = [
  'ApiError',
  'CustomTicketActions',
  'SlaTimer',
  'useCustomActions',
  'useSlaCountdown',
  'TicketPresence',
  'useTicketPresence',
  'ESCALATED_CONTEXT',
  'EscBadge',
  'EscButton',
  'EscCard',
  'EscConfirmDialog',
  'EscDialog',
  'EscEmptyState',
  'EscField',
  'EscInput',
  'EscLink',
  'EscPagination',
  'EscRelativeTime',
  'EscSafeHtml',
  'EscSelect',
  'EscSpinner',
  'EscTextarea',
  'EscToastRegion',
  'EscTooltip',
  'EscVisuallyHidden',
  'EscalatedLayout',
  'EscalatedPlugin',
  'EscalatedRoot',
  'ExtensionSlot',
  'I18N_KEY',
  'PAGE_NAMESPACE',
  'PriorityBadge',
  'StatusBadge',
  'TICKET_PRIORITIES',
  'TICKET_PRIORITY_META',
  'TICKET_STATUSES',
  'TICKET_STATUS_META',
  'TICKET_TYPES',
  'allowedTransitions',
  'appendQuery',
  'canTransition',
  'cookieCsrf',
  'createEscalatedContext',
  'createHttpClient',
  'createI18n',
  'createRouteResolver',
  'defaultCsrf',
  'defineEscalatedPlugin',
  'describeHttpError',
  'flattenErrors',
  'hasPage',
  'hasRoute',
  'headerCsrf',
  'injectEscalatedContext',
  'injectEscalatedContextOrNull',
  'isApiError',
  'metaTagCsrf',
  'normalizeActivities',
  'normalizeActivity',
  'normalizeAttachment',
  'normalizeCannedResponses',
  'normalizeCustomAction',
  'normalizeCustomActions',
  'normalizeCustomerCreateProps',
  'normalizeCustomerIndexProps',
  'normalizeCustomerShowProps',
  'normalizeDashboardProps',
  'normalizeDepartments',
  'normalizeGuestCreateProps',
  'normalizeGuestShowProps',
  'normalizeKbArticleProps',
  'normalizeKbIndexProps',
  'normalizeMacros',
  'normalizePaginator',
  'normalizeReplies',
  'normalizeReply',
  'normalizeSavedViews',
  'normalizeSharedProps',
  'normalizeTags',
  'normalizeTicket',
  'normalizeTicketIndexProps',
  'normalizeTicketShowProps',
  'normalizeTickets',
  'pageAliases',
  'pageNames',
  'panelThemeProperties',
  'priorityColor',
  'priorityMeta',
  'resolvePage',
  'routeMethod',
  'routeTable',
  'sanitizeHtml',
  'statusColor',
  'statusMeta',
  'themeProperties',
  'themeStyle',
  'useEscalated',
  'useI18n',
  'useNavigate',
  'useRootAttrs',
  'useToast',
].sort()

const root = process.cwd()
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
  exports: Record<string, string | Record<string, string>>
  sideEffects: string[]
}
// npm test builds before it runs Vitest and sets this; a bare `vitest` run checks the sources only.
const built = process.env.ESCALATED_DIST === '1'

describe('the public API', () => {
  it('exports exactly the documented names from src/index.ts', async () => {
    const module = await import('@/index')
    expect(Object.keys(module).sort()).toEqual(PUBLIC_EXPORTS)
  })

  it('declares CSS as the only side effect, so bundlers tree-shake the JS', () => {
    expect(pkg.sideEffects).toEqual(['**/*.css'])
  })

  it.runIf(built)('points every exports-map entry at a built file', () => {
    const targets = Object.values(pkg.exports).flatMap((entry) =>
      typeof entry === 'string' ? [entry] : Object.values(entry),
    )
    for (const target of targets) {
      // A subpath pattern (`./dist/widget/*`) must at least have its folder.
      const path = target.includes('*') ? target.slice(0, target.indexOf('*')) : target
      expect(existsSync(resolve(root, path)), target).toBe(true)
    }
  })

  it.runIf(built)('ships the same names in dist/index.js, with types for each', async () => {
    const dist = (await import(/* @vite-ignore */ resolve(root, 'dist/index.js'))) as object
    expect(Object.keys(dist).sort()).toEqual(PUBLIC_EXPORTS)
    const types = readFileSync(resolve(root, 'dist/index.d.ts'), 'utf8')
    for (const name of PUBLIC_EXPORTS) expect(types, name).toContain(name)
  })

  it.runIf(built)('publishes pages.json with every page the resolver knows', async () => {
    const manifest = JSON.parse(readFileSync(resolve(root, 'dist/pages.json'), 'utf8')) as {
      pages: string[]
    }
    const { pageNames } = await import('@/pages/registry')
    expect(manifest.pages).toEqual([...pageNames])
  })
})
