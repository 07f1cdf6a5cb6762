/**
 * The plain-text lines around the chart: how many events show (a polite status), which dates
 * are in view, what in the link could not be used, and the brief "Ctrl + scroll to zoom" hint.
 */
import { formatRange } from '../../lib/timeline/time';
import type { Viewport } from '../../lib/timeline/types';
import { must } from './dom';

const RANGE_DELAY_MS = 120;
const HINT_MS = 1600;

export class StatusLine {
  private readonly count: HTMLElement;
  private readonly range: HTMLElement;
  private readonly message: HTMLElement;
  private readonly empty: HTMLElement;
  private readonly hint: HTMLElement;
  private rangeTimer = 0;
  private hintTimer = 0;

  constructor(root: HTMLElement) {
    this.count = must(root, '.tl-status');
    this.range = must(root, '.tl-range');
    this.message = must(root, '.tl-message');
    this.empty = must(root, '.tl-empty');
    this.hint = must(root, '.tl-hint');
  }

  showCount(shown: number, total: number): void {
    this.count.textContent =
      shown === 0 ? 'No events match these filters.' : `Showing ${shown} of ${total} events.`;
    this.empty.hidden = shown > 0;
  }

  /** Updated at most every few frames: the text is for reading, not for animation. */
  showRange(current: () => Viewport): void {
    if (this.rangeTimer) return;
    this.rangeTimer = window.setTimeout(() => {
      this.rangeTimer = 0;
      const v = current();
      this.range.textContent = `In view: ${formatRange(v.start, v.end)}`;
    }, RANGE_DELAY_MS);
  }

  showProblems(problems: readonly string[]): void {
    this.message.textContent = problems.join(' ');
    this.message.hidden = problems.length === 0;
  }

  hintZoom(): void {
    this.hint.hidden = false;
    clearTimeout(this.hintTimer);
    this.hintTimer = window.setTimeout(() => (this.hint.hidden = true), HINT_MS);
  }

  dispose(): void {
    clearTimeout(this.rangeTimer);
    clearTimeout(this.hintTimer);
  }
}
