import { h, ref } from 'vue'
import { setup, type Preview } from '@storybook/vue3-vite'
import '../src/theme/index.css'
import EscalatedRoot from '../src/components/layout/EscalatedRoot.vue'
import { injectEscalatedContext } from '../src/plugin/context'
import { EscalatedPlugin } from '../src/plugin/plugin'
import type { PanelMode } from '../src/theme/types'
import type { Transport } from '../src/plugin/transport'

// Stories fetch nothing: visits are logged to the browser console and succeed.
const transport: Transport = {
  async visit(url, options) {
    console.info('[escalated story] visit', options?.method ?? 'get', url, options?.data)
    return { status: 'ok' }
  },
  async reload(options) {
    console.info('[escalated story] reload', options)
    return { status: 'ok' }
  },
}
const pageProps = ref<Record<string, unknown>>({})

setup((app) => {
  app.use(EscalatedPlugin, {
    transport,
    pageProps: () => pageProps.value,
    pageUrl: () => '/support',
  })
})

const preview: Preview = {
  globalTypes: {
    mode: {
      description: 'Panel mode',
      toolbar: {
        title: 'Mode',
        icon: 'mirror',
        items: ['light', 'dark', 'auto'],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { mode: 'light' },
  parameters: {
    a11y: { test: 'error' },
    controls: { matchers: { color: /(background|color)$/i } },
  },
  decorators: [
    (story, context) => ({
      setup() {
        const escalated = injectEscalatedContext()
        escalated.setMode((context.globals.mode as PanelMode | undefined) ?? 'light')
        escalated.i18n.setLocale((context.parameters.locale as string | undefined) ?? 'en')
        pageProps.value =
          (context.parameters.pageProps as Record<string, unknown> | undefined) ?? {}
        return () =>
          h(EscalatedRoot, { style: 'padding: 1rem; min-height: 8rem' }, () => h(story()))
      },
    }),
  ],
}

export default preview
