/**
 * The key list the help overlay and the speaker view print. Each entry names the `key` values
 * it stands for, so a unit test holds the printed help to what the keyboard really does.
 */

export interface KeyHelp {
  /** How the keys are printed. */
  labels: string[];
  /** KeyboardEvent.key values, pressed in order (a jump is digits then Enter). */
  presses: string[][];
  action: string;
  /** Only in the deck window, not in the speaker view. */
  deckOnly?: boolean;
  /** The labels are pressed one after the other, not as alternatives. */
  sequence?: boolean;
}

export const KEY_HELP: readonly KeyHelp[] = [
  {
    labels: ['→', 'Space', 'Page Down'],
    presses: [['ArrowRight'], [' '], ['PageDown']],
    action: 'Next slide',
  },
  { labels: ['←', 'Page Up'], presses: [['ArrowLeft'], ['PageUp']], action: 'Previous slide' },
  { labels: ['Home', 'End'], presses: [['Home'], ['End']], action: 'First or last slide' },
  {
    labels: ['1', '2', 'Enter'],
    presses: [['1', '2', 'Enter']],
    action: 'Type a slide number, then Enter, to jump to it',
    sequence: true,
  },
  {
    labels: ['B'],
    presses: [['b']],
    action: 'Black screen on or off (also the “.” key of most clickers)',
  },
  {
    labels: ['O'],
    presses: [['o']],
    action: 'Overview of all slides; arrows and Enter pick one',
    deckOnly: true,
  },
  { labels: ['F'], presses: [['f']], action: 'Full screen on or off' },
  { labels: ['?'], presses: [['?']], action: 'This help', deckOnly: true },
  {
    labels: ['Esc'],
    presses: [['Escape']],
    action: 'Close the overview or the help; cancel a typed number',
  },
];
