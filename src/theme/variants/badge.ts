import { cva, type VariantProps } from 'class-variance-authority'

// The colour itself is not a class: the badge sets `--esc-badge` on its element (a tone's token or
// a colour from data) and these utilities derive a tinted background and readable text from it.

/** Classes of `EscBadge`. */
export const badge = cva(
  [
    'esc:inline-flex esc:items-center esc:gap-1.5 esc:max-w-full',
    'esc:rounded-full esc:border esc:border-badge-border esc:bg-badge-soft esc:text-badge-fg',
    'esc:font-medium esc:leading-tight esc:whitespace-nowrap',
  ],
  {
    variants: {
      /** Height and padding. */
      size: {
        sm: 'esc:px-2 esc:py-0.5 esc:text-xs',
        md: 'esc:px-2.5 esc:py-1 esc:text-sm',
      },
    },
    defaultVariants: { size: 'sm' },
  },
)

/** Marker shapes (drawn in components.css from `data-shape`); a second cue besides colour. */
export const BADGE_SHAPES = ['circle', 'ring', 'square', 'diamond', 'triangle'] as const

/** Semantic tones of a badge, each mapped to a resolved feedback token. */
export const badgeTones = {
  neutral: 'var(--esc-c-panel-text-muted)',
  primary: 'var(--esc-c-primary)',
  success: 'var(--esc-c-success)',
  warning: 'var(--esc-c-warning)',
  danger: 'var(--esc-c-danger)',
  info: 'var(--esc-c-info)',
} as const

/** Variant props of `badge()`. */
export type BadgeVariants = VariantProps<typeof badge>
/** A badge size. */
export type BadgeSize = NonNullable<BadgeVariants['size']>
/** A badge tone. */
export type BadgeTone = keyof typeof badgeTones
/** The shape of a badge marker. */
export type BadgeShape = (typeof BADGE_SHAPES)[number]
