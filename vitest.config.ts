import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'
import tailwindcss from '@tailwindcss/vite'
import { playwright } from '@vitest/browser-playwright'
import { CHROMIUM_LAUNCH } from './scripts/chromium.mjs'

const alias = { '@': fileURLToPath(new URL('./src', import.meta.url)) }

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        plugins: [vue()],
        resolve: { alias },
        test: {
          name: 'unit',
          environment: 'happy-dom',
          include: ['test/**/*.test.ts', 'widget/**/*.test.ts'],
          exclude: ['test/**/*.browser.test.ts', 'test/e2e/**', 'node_modules/**'],
          setupFiles: ['test/helpers/quietLit.ts', 'test/helpers/setup.ts'],
        },
      },
      {
        plugins: [vue(), tailwindcss()],
        resolve: { alias },
        // Pre-bundled up front: discovering a dependency mid-run makes Vite reload the first test.
        optimizeDeps: {
          include: [
            'axe-core',
            'lit-html',
            'lit-html/directive.js',
            'lit-html/directives/keyed.js',
          ],
        },
        test: {
          name: 'browser',
          setupFiles: ['test/helpers/quietLit.ts'],
          include: ['test/**/*.browser.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: CHROMIUM_LAUNCH }),
            instances: [{ browser: 'chromium' }],
            screenshotFailures: false,
          },
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
