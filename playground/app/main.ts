// The playground host app: a plain Inertia + Vue app that uses @escalated-dev/escalated the way any host does.
import { createApp, h, type DefineComponent } from 'vue'
import { createInertiaApp } from '@inertiajs/vue3'
import { EscalatedPlugin, resolvePage } from '@escalated-dev/escalated'
import '@escalated-dev/escalated/style.css'
import './host.css'
import HostLayout from './HostLayout.vue'
import ThemeDock from './ThemeDock.vue'
import { readThemeChoice } from './themes'

// The host's own pages (`Playground/SignIn` is ./pages/SignIn.vue), the usual Inertia glob.
const hostPages = import.meta.glob<DefineComponent>('./pages/*.vue', {
  eager: true,
  import: 'default',
})

function resolve(name: string): DefineComponent | Promise<DefineComponent> {
  const escalatedPage = resolvePage(name)
  if (escalatedPage) return escalatedPage
  const page = hostPages[`./pages/${name.replace(/^Playground\//, '')}.vue`]
  if (!name.startsWith('Playground/') || !page)
    throw new Error(`No page named "${name}" in the package or the playground.`)
  return page
}

void createInertiaApp({
  title: (title) => (title ? `${title} · Escalated Playground` : 'Escalated Playground'),
  progress: { color: '#b45309' },
  resolve,
  setup({ el, App, props, plugin }) {
    const { mode } = readThemeChoice(window.localStorage)
    createApp({ render: () => [h(App, props), h(ThemeDock)] })
      .use(plugin)
      .use(EscalatedPlugin, {
        layout: HostLayout,
        theme: { panel: { mode, appName: 'Acme Support' } },
        loginUrl: '/',
      })
      .mount(el)
  },
})
