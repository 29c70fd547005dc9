import { cva, type VariantProps } from 'class-variance-authority'

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
      variant: {
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
      },
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
/** A button variant. */
export type ButtonVariant = NonNullable<ButtonVariants['variant']>
/** A button size. */
export type ButtonSize = NonNullable<ButtonVariants['size']>
