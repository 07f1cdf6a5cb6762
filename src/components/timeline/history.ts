/**
 * Writes the timeline's state into the address bar: a new history entry when the reader opens
 * or closes an event (so Back undoes it), a replacement for filters and view moves (so Back is
 * not flooded with every keystroke and pan).
 */
import { type TimelineUrlState, writeUrlState } from '../../lib/timeline/url-state';

const VIEW_DELAY_MS = 400;

export class HistoryWriter {
  private timer = 0;

  constructor(private readonly current: () => TimelineUrlState) {}

  push(): void {
    this.write('push');
  }

  replace(): void {
    this.write('replace');
  }

  /** For a moving view: one replacement once the movement settles. */
  replaceSoon(): void {
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.write('replace'), VIEW_DELAY_MS);
  }

  private write(mode: 'push' | 'replace'): void {
    clearTimeout(this.timer);
    const search = writeUrlState(this.current(), location.search);
    if (search === location.search) return;
    const url = `${location.pathname}${search}${location.hash}`;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(history.state, '', url);
  }

  dispose(): void {
    clearTimeout(this.timer);
  }
}
