import type { StorybookConfig } from '@storybook/vue3-vite'

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-vitest', '@storybook/addon-a11y'],
  framework: { name: '@storybook/vue3-vite', options: { docgen: 'vue-component-meta' } },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal: async (cfg) => {
    // The library build's dts and manifest plugins have no business in Storybook.
    cfg.plugins = (cfg.plugins ?? [])
      .flat(Infinity as 1)
      .filter(
        (p) =>
          !(p && typeof p === 'object' && 'name' in p && /dts|pages-manifest/.test(String(p.name))),
      )
    // Library-mode settings (entry, externals) would break the Storybook bundle.
    if (cfg.build) {
      delete cfg.build.lib
      if (cfg.build.rollupOptions) delete cfg.build.rollupOptions.external
    }
    return cfg
  },
}
export default config
