import type { Messages } from './types'

// Each file in locales/en is one namespace: locales/en/ui.json holds the `ui.*` keys.
const englishFiles = import.meta.glob<Messages>('./locales/en/*.json', {
  eager: true,
  import: 'default',
})

/** The bundled English catalogue, namespaced by file name. */
export function englishMessages(): Messages {
  const messages: Messages = {}
  for (const [path, content] of Object.entries(englishFiles)) {
    const namespace = path.slice(path.lastIndexOf('/') + 1, -'.json'.length)
    messages[namespace] = content
  }
  return messages
}
