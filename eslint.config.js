import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import pluginVue from 'eslint-plugin-vue'
import vueParser from 'vue-eslint-parser'
import importX from 'eslint-plugin-import-x'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import globals from 'globals'
import prettier from 'eslint-config-prettier'

// Import boundaries from STYLE.md §2: lower layers never know about higher ones.
const zone = (target, from, message) => ({ target, from, message })
const srcZones = [
  zone(
    './src/contract',
    './src',
    'src/contract is the bottom layer: it imports nothing else in src.',
  ),
  ...['./src/routes', './src/utils'].flatMap((target) =>
    [
      'plugin',
      'theme',
      'i18n',
      'api',
      'composables',
      'stores',
      'components',
      'pages',
      'routes',
      'utils',
    ]
      .filter((f) => `./src/${f}` !== target)
      .map((f) => zone(target, `./src/${f}`, `${target} may import only src/contract.`)),
  ),
  ...['plugin', 'i18n', 'api', 'composables', 'stores', 'components', 'pages', 'routes'].map((f) =>
    zone('./src/theme', `./src/${f}`, 'src/theme may import only src/contract.'),
  ),
  ...[
    'contract',
    'plugin',
    'theme',
    'api',
    'composables',
    'stores',
    'components',
    'pages',
    'routes',
  ].map((f) => zone('./src/i18n', `./src/${f}`, 'src/i18n may import only src/utils.')),
  ...['plugin', 'theme', 'i18n', 'composables', 'stores', 'components', 'pages'].map((f) =>
    zone('./src/api', `./src/${f}`, 'src/api may import contract, routes and utils only.'),
  ),
  ...['composables', 'stores', 'components', 'pages'].map((f) =>
    zone(
      './src/plugin',
      `./src/${f}`,
      'src/plugin must not import components, composables, stores or pages.',
    ),
  ),
  ...['composables', 'components', 'pages'].map((f) =>
    zone(
      './src/stores',
      `./src/${f}`,
      'src/stores must not import composables, components or pages.',
    ),
  ),
  ...['components', 'pages'].map((f) =>
    zone('./src/composables', `./src/${f}`, 'src/composables must not import components or pages.'),
  ),
  zone('./src/components', './src/pages', 'Components must not import pages.'),
  zone('./src/components', './src/stores', 'Components reach stores through a composable.'),
  zone('./src/components', './src/api', 'Components reach the API through a composable.'),
  zone('./src/components/ui', './src/components', 'ui primitives know no domain components.'),
  ...['widget', 'stories', 'test', 'playground'].map((f) =>
    zone('./src', `./${f}`, `src must not import ${f}/.`),
  ),
  zone('./widget/loader', './src', 'The widget loader stays framework-free.'),
  ...['pages', 'plugin', 'stores'].map((f) =>
    zone('./widget/app', `./src/${f}`, `The widget must not import src/${f}.`),
  ),
  zone('./stories', './test/helpers', 'Stories use test/fixtures, not test helpers.'),
  zone('./stories', './playground', 'Stories must not import the playground.'),
]
// ui primitives may import ui siblings; the zone above would forbid it, so allow it explicitly.
srcZones.find((z) => z.target === './src/components/ui').except = ['./ui']
// The contract layer imports its own files, just nothing else in src.
srcZones.find((z) => z.target === './src/contract').except = ['./contract']

const restrictPackages = (packages, message) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: packages.map((name) => ({ name, message })),
      patterns: packages.map((p) => ({ group: [`${p}/*`], message })),
    },
  ],
})

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'storybook-static/**',
      'playground/.data/**',
      'playground/dist/**',
      'node_modules/**',
      '.ci/out/**',
      '**/*.d.mts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: {
      parser: vueParser,
      parserOptions: {
        parser: tseslint.parser,
        extraFileExtensions: ['.vue'],
        sourceType: 'module',
      },
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-empty': ['error', { allowEmptyCatch: false }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'vue/no-v-html': 'error',
      'vue/multi-word-component-names': 'off',
      'vue/require-default-prop': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,vue}', 'widget/**/*.{ts,vue}', 'stories/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: { 'import-x/no-restricted-paths': ['error', { zones: srcZones }] },
  },
  {
    files: ['src/contract/**/*.ts', 'src/routes/**/*.ts'],
    rules: restrictPackages(
      ['vue', 'pinia', '@inertiajs/vue3'],
      'This layer stays framework-free.',
    ),
  },
  {
    files: ['src/api/**/*.ts'],
    rules: restrictPackages(['vue', 'pinia', '@inertiajs/vue3'], 'src/api stays framework-free.'),
  },
  {
    files: ['src/**/*.{ts,vue}'],
    ignores: ['src/plugin/inertia.ts', 'src/pages/**'],
    rules: restrictPackages(
      ['@inertiajs/vue3'],
      'Only src/plugin/inertia.ts and pages import Inertia.',
    ),
  },
  {
    files: ['widget/**/*.{ts,vue}'],
    rules: restrictPackages(
      ['@inertiajs/vue3', 'pinia'],
      'The widget never loads Inertia or Pinia.',
    ),
  },
  {
    // Tests and stories define small probe components inline.
    files: ['test/**/*.ts', 'stories/**/*.ts'],
    rules: { 'vue/one-component-per-file': 'off' },
  },
  {
    files: ['src/components/ui/SafeHtml.vue'],
    rules: { 'vue/no-v-html': 'off' },
  },
  prettier,
)
