import type { Decorator } from '@storybook/vue3-vite'
import { h } from 'vue'

/**
 * Paints the panel background behind a primitive, as a page does, so the Dark stories show
 * (and axe checks) light text on the dark panel rather than on the canvas' white.
 */
export const onPanel: Decorator = (story) => ({
  setup: () => () =>
    h(
      'div',
      {
        'data-part': 'story-panel',
        style: 'background: var(--esc-c-panel-bg); color: var(--esc-c-panel-text); padding: 1rem',
      },
      [h(story())],
    ),
})
