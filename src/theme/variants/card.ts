import { cva, type VariantProps } from 'class-variance-authority'

/** Classes of `EscCard`. */
export const card = cva(
  'esc:block esc:rounded-panel esc:border esc:border-border esc:bg-surface esc:text-fg esc:shadow-raised',
  {
    variants: {
      /** Inner spacing; `none` for cards holding a table or list that reaches the edges. */
      padding: {
        none: '',
        sm: 'esc:p-3',
        md: 'esc:p-5',
      },
    },
    defaultVariants: { padding: 'md' },
  },
)

/** Variant props of `card()`. */
export type CardVariants = VariantProps<typeof card>
/** Card padding. */
export type CardPadding = NonNullable<CardVariants['padding']>
