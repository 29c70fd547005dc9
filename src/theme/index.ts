export type { EscalatedTheme, PanelMode, PanelTheme } from './types'
export { themeStyle, themeProperties, panelThemeProperties } from './themeStyle'
export { safeCssValue } from './cssValue'
export {
  statusColor,
  statusShape,
  priorityColor,
  priorityShape,
  titleCaseValue,
  UNKNOWN_DOMAIN_COLOR,
} from './domain'
export { button, buttonVariant, isButtonVariant, BUTTON_VARIANTS } from './variants/button'
export type { ButtonVariants, ButtonVariant, ButtonSize } from './variants/button'
export { badge, badgeTones, BADGE_SHAPES } from './variants/badge'
export type { BadgeVariants, BadgeSize, BadgeTone, BadgeShape } from './variants/badge'
export { control } from './variants/control'
export type { ControlVariants, ControlSize } from './variants/control'
export { card } from './variants/card'
export type { CardVariants, CardPadding } from './variants/card'
export { toast } from './variants/toast'
export type { ToastVariants, ToastKind } from './variants/toast'
