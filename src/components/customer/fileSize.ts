import type { I18n } from '@/i18n'

/** A byte count as "512 B", "12.5 kB" or "3 MB", through `Intl.NumberFormat` units. */
export function formatFileSize(bytes: number, formatNumber: I18n['formatNumber']): string {
  const [value, unit] =
    bytes >= 1024 * 1024
      ? [bytes / (1024 * 1024), 'megabyte']
      : bytes >= 1024
        ? [bytes / 1024, 'kilobyte']
        : [bytes, 'byte']
  return formatNumber(value, { style: 'unit', unit, maximumFractionDigits: 1 })
}
