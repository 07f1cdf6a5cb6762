/** Shared class lists for training-path controls, so every page's buttons look alike. */
export const BUTTON =
  'inline-flex min-h-11 items-center justify-center rounded-md border-2 border-ink bg-ink px-4 py-2 font-semibold text-paper hover:bg-transparent hover:text-ink aria-disabled:cursor-default aria-disabled:border-line aria-disabled:bg-panel aria-disabled:text-ink';
export const BUTTON_QUIET =
  'inline-flex min-h-11 items-center justify-center rounded-md border-2 border-line bg-paper px-4 py-2 font-semibold text-ink hover:border-ink';
