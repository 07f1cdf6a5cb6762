/**
 * The deck's overview dialog: the cut's slides as a grid of buttons in talk order, each with a
 * Skip/Include toggle (a skipped slide stays listed, so it can be brought back), the cut menu,
 * the arrow-key cursor and the current slide. The talk controller holds the state; this draws it.
 */
import { CUT_IDS, type CutId } from '../../../lib/present/cuts';
import type { TalkSession } from './talk-session';

export class OverviewGrid {
  readonly dialog: HTMLDialogElement;
  readonly #root: HTMLElement;
  readonly #cells: Map<string, HTMLElement>;
  /** The slide buttons in talk order, for the arrow-key cursor. */
  #items: HTMLButtonElement[] = [];

  constructor(root: HTMLElement) {
    this.#root = root;
    this.dialog = root.querySelector<HTMLDialogElement>('[data-overview]')!;
    this.#cells = new Map(
      [...root.querySelectorAll<HTMLElement>('[data-overview-item]')].map((cell) => [
        cell.dataset.overviewItem!,
        cell,
      ]),
    );
  }

  /** The current cut: its slides in order, skipped ones marked, and its slide count. */
  render(talk: TalkSession['talk']): void {
    const grid = this.#root.querySelector<HTMLElement>('[data-overview-grid]')!;
    const planIds = talk.plan.map((entry) => entry.id);
    for (const cell of this.#cells.values()) cell.hidden = true;
    this.#items = [];
    // The cut's slides before skips, in talk order, so a skipped slide can be brought back.
    for (const id of talk.cutIds) {
      const cell = this.#cells.get(id);
      if (!cell) continue;
      const position = planIds.indexOf(id);
      const button = cell.querySelector<HTMLButtonElement>('[data-goto]')!;
      const toggle = cell.querySelector<HTMLButtonElement>('[data-skip]')!;
      cell.hidden = false;
      cell.classList.toggle('overview-grid__cell--skipped', position < 0);
      button.dataset.goto = position < 0 ? '' : String(position);
      button.disabled = position < 0;
      cell.querySelector('[data-overview-number]')!.textContent =
        position < 0 ? '–' : String(position + 1);
      toggle.textContent = position < 0 ? 'Include' : 'Skip';
      toggle.setAttribute('aria-pressed', String(position < 0));
      grid.append(cell);
      if (position >= 0) this.#items[position] = button;
    }
    this.#root.querySelector('[data-overview-count]')!.textContent = String(planIds.length);
    const select = this.#root.querySelector<HTMLSelectElement>('[data-cut-select]');
    if (select) select.value = talk.choice.cut;
  }

  /** Marks the slide on screen. */
  markCurrent(position: number): void {
    // aria-current="" would mean false: say "true".
    this.#items.forEach((item, i) =>
      i === position
        ? item.setAttribute('aria-current', 'true')
        : item.removeAttribute('aria-current'),
    );
  }

  /** Columns of the grid as laid out now, for ↑ and ↓. */
  columns(): number {
    const grid = this.#root.querySelector<HTMLElement>('[data-overview-grid]');
    return grid ? getComputedStyle(grid).gridTemplateColumns.split(' ').filter(Boolean).length : 1;
  }

  /** The slide position of a focused slide button (Tab, a mouse, a screen reader), else null. */
  cursorAt(target: EventTarget | null): number | null {
    const item = target instanceof HTMLElement ? target.closest<HTMLElement>('[data-goto]') : null;
    return item && item.dataset.goto !== '' ? Number(item.dataset.goto) : null;
  }

  /** Focuses the cursor's slide button; `opening`: the dialog just opened (its first control has focus). */
  focusCursor(cursor: number, opening: boolean): void {
    this.#items.forEach((item, i) => {
      item.tabIndex = i === cursor ? 0 : -1;
    });
    const item = this.#items[cursor];
    // A skip toggle or the cut menu keeps focus while it is used.
    const active = document.activeElement;
    const keep = !opening && active?.closest('[data-skip], [data-cut-select]');
    if (item && active !== item && !keep) item.focus();
  }

  /** A click on a Skip/Include toggle changes the plan and keeps focus there; false for other clicks. */
  toggleSkip(target: Element | null, session: TalkSession): boolean {
    const skip = target?.closest<HTMLElement>('[data-skip]');
    if (!skip) return false;
    session.talk.toggleSkip(skip.dataset.skip!);
    session.rechose();
    skip.focus();
    return true;
  }

  /** A new choice in the cut menu starts that cut with nothing skipped. */
  chooseCut(target: EventTarget | null, session: TalkSession): void {
    const select = target instanceof HTMLSelectElement ? target : null;
    if (!select?.hasAttribute('data-cut-select')) return;
    if (!(CUT_IDS as readonly string[]).includes(select.value)) return;
    session.talk.choose({ cut: select.value as CutId, skip: [] });
    session.rechose();
  }
}
