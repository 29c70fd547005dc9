import { cva, type VariantProps } from 'class-variance-authority'

/** Classes of text inputs, textareas and native selects. */
export const control = cva(
  [
    'esc:block esc:w-full esc:min-w-0 esc:rounded-box esc:border esc:border-border-strong',
    'esc:bg-input esc:text-fg esc:shadow-raised',
    'esc:focus-visible:border-focus',
    'esc:aria-invalid:border-danger',
    'esc:disabled:cursor-not-allowed esc:disabled:opacity-60',
    'esc:read-only:bg-surface-alt',
  ],
  {
    variants: {
      /** Height, padding and text size. */
      size: {
        sm: 'esc:min-h-8 esc:px-2.5 esc:py-1 esc:text-xs',
        md: 'esc:min-h-9 esc:px-3 esc:py-1.5 esc:text-sm',
      },
      /** The element styled; textareas grow vertically, selects leave room for the arrow. */
      kind: {
        input: '',
        textarea: 'esc:resize-y',
        select: 'esc:pe-8',
      },
    },
    defaultVariants: { size: 'md', kind: 'input' },
  },
)

/** Variant props of `control()`. */
export type ControlVariants = VariantProps<typeof control>
/** A control size. */
export type ControlSize = NonNullable<ControlVariants['size']>
