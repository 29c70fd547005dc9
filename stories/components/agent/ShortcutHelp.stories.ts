import type { Meta, StoryObj } from '@storybook/vue3-vite'
import ShortcutHelp from '../../../src/components/agent/ShortcutHelp.vue'
import { DEFAULT_SHORTCUT_KEYS } from '../../../src/composables/useShortcuts'

const meta = {
  title: 'Agent/ShortcutHelp',
  component: ShortcutHelp,
  args: { open: true, settings: { enabled: true, keys: { ...DEFAULT_SHORTCUT_KEYS } } },
} satisfies Meta<typeof ShortcutHelp>

export default meta
type Story = StoryObj<typeof meta>

/** The cheat sheet with the default keys. */
export const Default: Story = {}

/** Shortcuts turned off: the keys cannot be edited until they are back on. */
export const Disabled: Story = {
  args: { settings: { enabled: false, keys: { ...DEFAULT_SHORTCUT_KEYS } } },
}

/** Remapped keys. */
export const Remapped: Story = {
  args: {
    settings: { enabled: true, keys: { ...DEFAULT_SHORTCUT_KEYS, next: 'n', previous: 'p' } },
  },
}

export const Dark: Story = { globals: { mode: 'dark' } }
