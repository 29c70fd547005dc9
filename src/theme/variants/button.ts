import { cva, type VariantProps } from 'class-variance-authority'

/** Every button variant; anything else a backend sends falls back to `secondary`. */
export const BUTTON_VARIANTS = ['primary', 'secondary', 'danger', 'ghost'] as const

/** A button variant. */
export type ButtonVariant = (typeof BUTTON_VARIANTS)[number]

const variantClasses = {
  primary: [
    'esc:border-transparent esc:bg-primary esc:text-primary-fg',
    'esc:hover:not-disabled:not-aria-disabled:bg-primary-hover',
  ],
  secondary: [
    'esc:border-border-strong esc:bg-surface esc:text-fg',
    'esc:hover:not-disabled:not-aria-disabled:bg-surface-alt',
  ],
  danger: [
    'esc:border-transparent esc:bg-danger esc:text-danger-fg',
    'esc:hover:not-disabled:not-aria-disabled:bg-danger-hover',
  ],
  ghost: [
    'esc:border-transparent esc:bg-transparent esc:text-fg',
    'esc:hover:not-disabled:not-aria-disabled:bg-surface-alt',
  ],
} satisfies Record<ButtonVariant, string[]>

/** Classes of `EscButton` (and anything that should look like one, such as a link). */
export const button = cva(
  [
    'esc:inline-flex esc:items-center esc:justify-center esc:gap-2 esc:shrink-0',
    'esc:rounded-box esc:border esc:font-medium esc:whitespace-nowrap esc:no-underline',
    'esc:transition-colors esc:select-none',
    'esc:disabled:cursor-not-allowed esc:disabled:opacity-60',
    'esc:aria-disabled:cursor-not-allowed esc:aria-disabled:opacity-60',
    'esc:aria-busy:cursor-progress',
  ],
  {
    variants: {
      /** Visual weight: `primary` for the main action, `danger` for destructive ones. */
      variant: variantClasses,
      /** Height and padding. */
      size: {
        sm: 'esc:min-h-8 esc:px-3 esc:text-xs',
        md: 'esc:min-h-9 esc:px-4 esc:text-sm',
        lg: 'esc:min-h-11 esc:px-5 esc:text-base',
      },
    },
    defaultVariants: { variant: 'secondary', size: 'md' },
  },
)

/** Variant props of `button()`. */
export type ButtonVariants = VariantProps<typeof button>
/** A button size. */
export type ButtonSize = NonNullable<ButtonVariants['size']>

/** Whether `value` names a button variant. */
export function isButtonVariant(value: unknown): value is ButtonVariant {
  return BUTTON_VARIANTS.some((variant) => variant === value)
}

/** `value` if it names a button variant, else `secondary` (unknown backend values degrade). */
export function buttonVariant(value: unknown): ButtonVariant {
  return isButtonVariant(value) ? value : 'secondary'
}
