import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { resolve } from 'node:path'
import { collectPageNames, buildManifest } from '../../scripts/pages-manifest.mjs'
import { hasPage, pageAliases, pageNames, resolvePage } from '@/pages/registry'

describe('resolvePage', () => {
  it('returns undefined for names outside the Escalated namespace so hosts can chain', () => {
    expect(resolvePage('Dashboard')).toBeUndefined()
    expect(resolvePage('Settings/Profile')).toBeUndefined()
  })

  it('renders an "unknown page" panel naming a missing Escalated page instead of a blank screen', async () => {
    const component = await resolvePage('Escalated/Admin/Sandbox')
    expect(component).toBeDefined()
    const wrapper = mount(component as object)
    expect(wrapper.get('[role="alert"]').text()).toContain('Escalated/Admin/Sandbox')
    expect(wrapper.text()).toContain("This page isn't available")
  })

  it('maps every alias to a real name in the Escalated namespace', () => {
    for (const [alias, target] of Object.entries(pageAliases)) {
      expect(alias.startsWith('Escalated/')).toBe(true)
      expect(target.startsWith('Escalated/')).toBe(true)
      expect(alias).not.toBe(target)
    }
    expect(pageAliases['Escalated/Agent/Tickets/Show']).toBe('Escalated/Agent/TicketShow')
  })

  it('resolves an alias to the same component as its target when the target exists', async () => {
    for (const [alias, target] of Object.entries(pageAliases)) {
      if (!hasPage(target)) continue
      expect(await resolvePage(alias)).toBe(await resolvePage(target))
    }
  })
})

describe('page manifest', () => {
  const pagesDir = resolve(process.cwd(), 'src/pages')

  it('lists exactly the pages the resolver knows, from the same files', () => {
    expect(collectPageNames(pagesDir)).toEqual([...pageNames])
    expect(buildManifest(pagesDir).pages).toEqual([...pageNames])
  })

  it('carries the alias table the resolver uses', () => {
    expect(buildManifest(pagesDir).aliases).toEqual(pageAliases)
  })
})
