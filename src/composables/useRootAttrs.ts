import { computed, type ComputedRef } from 'vue'
import { useI18n } from '@/i18n'
import { injectEscalatedContextOrNull } from '@/plugin/context'

function styleText(properties: Record<string, string>): string {
  return Object.entries(properties)
    .map(([name, value]) => `${name}: ${value}`)
    .join('; ')
}

/**
 * Attributes that make an element an Escalated root: tokens, panel mode, direction and language. Bind them on
 * `EscalatedRoot` and on anything teleported out of it (dialogs, toasts), so those get the theme too.
 */
export function useRootAttrs(): ComputedRef<Record<string, string>> {
  const context = injectEscalatedContextOrNull()
  const i18n = context?.i18n ?? useI18n()
  return computed(() => {
    const attrs: Record<string, string> = {
      'data-escalated': '',
      'data-esc-mode': context?.mode.value ?? 'light',
      dir: i18n.dir.value,
      lang: i18n.locale.value,
    }
    const style = styleText(context?.themeStyle.value ?? {})
    if (style) attrs.style = style
    return attrs
  })
}
