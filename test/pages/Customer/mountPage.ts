import { within } from '@testing-library/dom'
import type { Component } from 'vue'
import { mountEscalated } from '../../helpers/mount'

/**
 * Mounts a page the way Inertia does: every page prop (shared ones included) is passed to the page
 * component, and the same object is the plugin's page props.
 */
export function mountPage(
  page: Component,
  pageProps: Record<string, unknown>,
  options: { pageUrl?: string } = {},
) {
  const mounted = mountEscalated(page, {
    props: pageProps,
    pageProps,
    pageUrl: options.pageUrl,
    attach: true,
  })
  // Dialogs and toasts teleport to the body, so queries start there.
  const screen = within(document.body)
  return {
    ...mounted,
    screen,
    /** Replace every page prop at once, as an Inertia response with preserved state does. */
    update(next: Record<string, unknown>) {
      mounted.setPageProps(next)
      return mounted.wrapper.setProps(next)
    },
  }
}
