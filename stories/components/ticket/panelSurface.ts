import { h } from 'vue'
import type { Decorator } from '@storybook/vue3-vite'

/**
 * Puts a story on the panel background. The preview root paints none, and these components sit on
 * a page or card surface in the app, so dark stories would otherwise show light text on white.
 */
export const onPanelSurface: Decorator = (story) => ({
  setup: () => () =>
    h(
      'div',
      {
        style: 'padding: 1rem; background: var(--esc-c-panel-bg); color: var(--esc-c-panel-text)',
      },
      [h(story())],
    ),
})
