/**
 * The keyboard lines of the timeline's "How to use" help. Each line names the keys it mentions
 * and the command it promises, so a unit test holds the printed help to keyboard.ts.
 */
import type { ChartCommand } from './keyboard';

export interface KeyHelpLine {
  text: string;
  /** KeyboardEvent.key → the command the text says it runs. */
  keys: Record<string, ChartCommand>;
  /** How the text prints each key, e.g. ArrowLeft → ←. */
  labels: Record<string, string>;
}

export const KEY_HELP_LINES: readonly KeyHelpLine[] = [
  {
    text:
      'Tab to the chart, then use ← and → to move through events in time, ↑ and ↓ to change ' +
      'lanes, Home and End for the first and last event.',
    keys: {
      ArrowLeft: 'previous',
      ArrowRight: 'next',
      ArrowUp: 'up',
      ArrowDown: 'down',
      Home: 'first',
      End: 'last',
    },
    labels: { ArrowLeft: '←', ArrowRight: '→', ArrowUp: '↑', ArrowDown: '↓' },
  },
  {
    text: "Enter opens the event's details; Escape closes them. + and − zoom, 0 fits everything.",
    keys: { Enter: 'open', Escape: 'close', '+': 'zoom-in', '-': 'zoom-out', '0': 'fit' },
    labels: { '-': '−' },
  },
];
