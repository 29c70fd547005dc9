import type { Meta, StoryObj } from '@storybook/vue3-vite'
import { h } from 'vue'
import { UserPlus } from 'lucide-vue-next'
import { userEvent } from 'storybook/test'
import { EscButton, EscTooltip } from '../../../src'
import { onPanel } from '../../panel'

const meta = {
  title: 'UI/Tooltip',
  decorators: [onPanel],
  component: EscTooltip,
  args: { content: 'Assign to me (A)', side: 'top', delayDuration: 200 },
  argTypes: { side: { control: 'inline-radio', options: ['top', 'right', 'bottom', 'left'] } },
  render: (args) => ({
    setup: () => () =>
      h('div', { style: 'padding: 3rem' }, [
        h(EscTooltip, args, () =>
          h(
            EscButton,
            { 'aria-label': 'Assign', variant: 'ghost' },
            {
              icon: () => h(UserPlus, { 'aria-hidden': 'true', class: 'esc:size-4' }),
            },
          ),
        ),
      ]),
  }),
} satisfies Meta<typeof EscTooltip>

export default meta
type Story = StoryObj<typeof meta>

const focusTrigger: Story['play'] = async () => {
  await userEvent.tab()
}

/** Hover or focus the button. */
export const Default: Story = {}

export const Open: Story = { play: focusTrigger }

export const Bottom: Story = { args: { side: 'bottom' }, play: focusTrigger }

export const Dark: Story = { play: focusTrigger, globals: { mode: 'dark' } }
