/**
 * The embed script (dist/widget/escalated-widget.js), a classic script built as an IIFE. It runs
 * with or without async/defer; the panel module's URL is resolved against this script's own src,
 * so the widget works from any host or CDN path.
 */
import { boot } from './boot'
import type { PanelModule } from './bridge'

declare const __ESC_PANEL_FILE__: string

// currentScript is null when a tag manager runs the code; the marked tag is the fallback.
const script =
  document.currentScript ??
  document.querySelector<HTMLScriptElement>('script[data-escalated-widget]')
const src = script instanceof HTMLScriptElement ? script.src : ''

boot(
  window,
  script,
  () =>
    import(
      /* @vite-ignore */ new URL(__ESC_PANEL_FILE__, src || location.href).href
    ) as Promise<PanelModule>,
)
