import { cva, type VariantProps } from 'class-variance-authority'

/** Classes of one notification in `EscToastRegion`. */
export const toast = cva(
  [
    'esc:pointer-events-auto esc:flex esc:items-start esc:gap-3 esc:w-full',
    'esc:rounded-box esc:border esc:border-s-4 esc:bg-surface esc:text-fg esc:shadow-overlay',
    'esc:px-4 esc:py-3 esc:text-sm',
  ],
  {
    variants: {
      /** The kind of message; the accent border and icon follow it. */
      kind: {
        success: 'esc:border-border esc:border-s-success',
        error: 'esc:border-border esc:border-s-danger',
        info: 'esc:border-border esc:border-s-info',
      },
    },
    defaultVariants: { kind: 'info' },
  },
)

/** Variant props of `toast()`. */
export type ToastVariants = VariantProps<typeof toast>
/** The kind of a toast. */
export type ToastKind = NonNullable<ToastVariants['kind']>
