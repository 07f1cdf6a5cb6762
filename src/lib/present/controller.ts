/**
 * The talk controller the deck and the speaker view share: the chosen cut (src/lib/present/
 * cuts.ts), the position within it (src/lib/present/keys.ts), what goes into the address and
 * what goes over the channel (src/lib/present/sync.ts). Pure: the two custom elements only wire
 * it to the page, so every rule here is unit-tested without a DOM.
 */
import {
  type CutChoice,
  cutSearch,
  cutSlides,
  parseCut,
  type PlanEntry,
  type PlanSlide,
  planTalk,
  toggleSkip,
} from './cuts';
import { goTo, initialState, type PresenterState } from './keys';
import { parseSlideParam, SLIDE_PARAM, slideSearch } from './slide-param';
import { type StateMessage, stateMessage, type SyncRole } from './sync';

export class TalkController {
  readonly slides: readonly PlanSlide[];
  #choice: CutChoice;
  #plan: PlanEntry[];
  /** Position of each slide id in the full deck (the rendered order). */
  #deckIndex: Map<string, number>;
  state: PresenterState;
  /** What the address asked for that does not exist, for the reader. */
  readonly notices: string[] = [];

  constructor(slides: readonly PlanSlide[], search: string) {
    this.slides = slides;
    this.#deckIndex = new Map(slides.map((slide, index) => [slide.id, index]));
    this.#choice = parseCut(search);
    if (this.#choice.notice) this.notices.push(this.#choice.notice);
    this.#plan = planTalk(this.#choice, slides);
    const position = parseSlideParam(
      new URLSearchParams(search).get(SLIDE_PARAM),
      this.#plan.length,
    );
    if (position.notice) this.notices.push(position.notice);
    this.state = initialState(this.#plan.length, position.index);
  }

  get choice(): CutChoice {
    return this.#choice;
  }

  /** The slides of the talk as given, with their suggested seconds. */
  get plan(): readonly PlanEntry[] {
    return this.#plan;
  }

  /** The ids of the cut's slides in talk order, skipped ones included. */
  get cutIds(): string[] {
    return cutSlides(this.#choice.cut, this.slides).map((slide) => slide.id);
  }

  /** The cut as it travels over the channel: "" for the default talk. */
  get cutKey(): string {
    return cutSearch('', this.#choice).replace(/^\?/, '');
  }

  /** Index in the full deck of the slide at `position` in the talk (the current one by default). */
  deckIndex(position = this.state.index): number {
    const entry = this.#plan[position];
    return (entry && this.#deckIndex.get(entry.id)) ?? -1;
  }

  /** Position in the talk of a slide of the full deck, or -1 when the cut leaves it out. */
  positionOf(deckIndex: number): number {
    const id = this.slides[deckIndex]?.id;
    return this.#plan.findIndex((entry) => entry.id === id);
  }

  /** Switches the cut or its skips; stays on the same slide when the new plan still has it. */
  choose(choice: Pick<CutChoice, 'cut' | 'skip'>): void {
    const currentId = this.#plan[this.state.index]?.id;
    this.#choice = { cut: choice.cut, skip: [...choice.skip] };
    this.#plan = planTalk(this.#choice, this.slides);
    const kept = this.#plan.findIndex((entry) => entry.id === currentId);
    this.state = {
      ...initialState(this.#plan.length, Math.max(kept, 0)),
      black: this.state.black,
      overlay: this.state.overlay,
    };
  }

  /** Skips a slide of the cut, or brings it back. */
  toggleSkip(id: string): void {
    this.choose({ cut: this.#choice.cut, skip: toggleSkip(this.#choice.skip, id) });
  }

  /** The query string for the current position and cut, other parameters kept. */
  search(current: string): string {
    return slideSearch(cutSearch(current, this.#choice), this.state.index);
  }

  outgoing(from: SyncRole): StateMessage {
    return stateMessage(from, {
      index: this.state.index,
      total: this.slides.length,
      black: this.state.black,
      cut: this.cutKey,
    });
  }

  /** Follows the other window: its cut first, then its slide and black screen. */
  receive(message: StateMessage): void {
    if (message.cut !== this.cutKey) this.choose(parseCut(message.cut));
    this.state = { ...goTo(this.state, message.slide - 1), black: message.black };
  }
}
