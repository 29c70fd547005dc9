import type { EscalatedWidgetOptions } from './types'

/** The embed fields, read from `data-*` attributes and `window.EscalatedWidget`. */
export const EMBED_KEYS = [
  'baseUrl',
  'widgetPath',
  'backend',
  'color',
  'position',
  'theme',
  'locale',
  'nonce',
] as const

/** The raw embed configuration: one string per field, `''` when unset. */
export type EmbedConfig = Record<(typeof EMBED_KEYS)[number], string>

/**
 * Reads the embed configuration (contract §6.1): for each field the script tag's `data-*`
 * attribute (`data-base-url` for `baseUrl`), then `window.EscalatedWidget`, then `''`. The panel
 * validates the values and applies the defaults, which keeps this loader small.
 */
export function readEmbedConfig(
  script: (Element & HTMLOrSVGElement) | null,
  options: EscalatedWidgetOptions,
): EmbedConfig {
  const config: Partial<EmbedConfig> = {}
  for (const key of EMBED_KEYS) {
    const attribute = script?.getAttribute(
      `data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`,
    )
    config[key] = String(attribute || options[key] || '')
  }
  // A script's nonce attribute reads as empty once parsed; the property keeps the value.
  config.nonce ||= script?.nonce ?? ''
  return config as EmbedConfig
}
