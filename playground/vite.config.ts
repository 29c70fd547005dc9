import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import tailwindcss from '@tailwindcss/vite'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))

// The playground host app, built into playground/dist and served by the playground server under /build/.
// `@escalated-dev/escalated` points at the package's public entry, the way a host imports the published
// package; Tailwind is here only because that entry's stylesheet is Tailwind source until the library is built.
export default defineConfig({
  root: here('./app'),
  base: '/build/',
  plugins: [vue(), tailwindcss()],
  resolve: {
    alias: [
      {
        find: /^@escalated-dev\/escalated\/style\.css$/,
        replacement: here('../src/theme/index.css'),
      },
      { find: /^@escalated-dev\/escalated$/, replacement: here('../src/index.ts') },
      // The package's own modules import each other through `@/`.
      { find: /^@\//, replacement: `${here('../src')}/` },
    ],
  },
  build: {
    outDir: here('./dist'),
    emptyOutDir: true,
    manifest: true,
    sourcemap: true,
    rollupOptions: { input: here('./app/main.ts') },
  },
  logLevel: 'warn',
})
