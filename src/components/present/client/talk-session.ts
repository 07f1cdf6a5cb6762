/**
 * The page side of the shared talk controller (src/lib/present/controller.ts): reads the slides'
 * plan data from the page, keeps the address and the other window in step, and removes every
 * listener it added when its element leaves the page. The deck and the speaker view each own one.
 */
import { TalkController } from '../../../lib/present/controller';
import type { PlanSlide } from '../../../lib/present/cuts';
import type { PresenterState } from '../../../lib/present/keys';
import { MISMATCH_NOTICE, type SyncRole } from '../../../lib/present/sync';
import { PresenterLink } from './presenter-link';

export interface SessionHooks {
  /** Draws the state; `previous` is null on the first render and after a change of cut. */
  render: (previous: PresenterState | null) => void;
  notify: (text: string) => void;
  /** A message from the other window arrived (the speaker view says it is linked). */
  onLinked?: () => void;
}

/** The plan data each slide (or notes article) carries: data-slide-id, data-seconds, data-optional. */
export function readPlanSlides(elements: readonly HTMLElement[]): PlanSlide[] {
  return elements.map((element) => ({
    id: element.dataset.slideId ?? '',
    seconds: Number(element.dataset.seconds) || 60,
    optional: element.hasAttribute('data-optional'),
  }));
}

export class TalkSession {
  readonly talk: TalkController;
  #role: SyncRole;
  #base: string;
  #hooks: SessionHooks;
  #link: PresenterLink | null = null;
  #cleanups: (() => void)[] = [];

  constructor(role: SyncRole, base: string, slides: readonly PlanSlide[], hooks: SessionHooks) {
    this.#role = role;
    this.#base = base;
    this.#hooks = hooks;
    this.talk = new TalkController(slides, location.search);
  }

  connect(): PresenterLink {
    this.#hooks.render(null);
    this.#writeUrl();
    for (const notice of this.talk.notices) this.#hooks.notify(notice);
    this.#link = new PresenterLink(this.#base, this.#role, this.talk.slides.length, {
      onState: (message) => {
        const cutChanged = message.cut !== this.talk.cutKey;
        const previous = this.talk.state;
        this.talk.receive(message);
        this.#hooks.onLinked?.();
        this.#hooks.render(cutChanged ? null : previous);
        this.#writeUrl();
      },
      onHello: () => this.broadcast(),
      onMismatch: () => this.#hooks.notify(MISMATCH_NOTICE),
    });
    return this.#link;
  }

  /** Adds a listener that disconnect() removes. */
  listen<K extends keyof WindowEventMap>(
    target: Window | Document | HTMLElement,
    type: K | string,
    listener: (event: never) => void,
    options?: AddEventListenerOptions,
  ): void {
    const handler = listener as EventListener;
    target.addEventListener(type, handler, options);
    this.#cleanups.push(() => target.removeEventListener(type, handler, options));
  }

  /** Runs `fn` when disconnecting (timers, observers). */
  onDisconnect(fn: () => void): void {
    this.#cleanups.push(fn);
  }

  disconnect(): void {
    for (const cleanup of this.#cleanups.splice(0)) cleanup();
    this.#link?.close();
    this.#link = null;
  }

  /** Moves to a new state; tells the other window unless the change came from it. */
  apply(next: PresenterState, broadcast = true): void {
    const previous = this.talk.state;
    this.talk.state = next;
    this.#hooks.render(previous);
    this.#writeUrl();
    const moved = previous.index !== next.index || previous.black !== next.black;
    if (broadcast && moved) this.broadcast();
  }

  /** After a change of cut or skips: redraw everything, rewrite the address, tell the other window. */
  rechose(): void {
    this.#hooks.render(null);
    this.#writeUrl();
    this.broadcast();
  }

  broadcast(): void {
    this.#link?.send(this.talk.outgoing(this.#role));
  }

  /** The address for the other window, on the same slide of the same cut. */
  urlFor(href: string): string {
    const url = new URL(href, location.href);
    url.search = this.talk.search(url.search);
    return url.href;
  }

  /**
   * replaceState, not pushState: a talk must not leave one history entry per slide, while a
   * reload or a restored tab still lands on the same slide of the same cut.
   */
  #writeUrl(): void {
    const search = this.talk.search(location.search);
    if (search === location.search) return;
    try {
      history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
    } catch {
      // Some embedded contexts forbid history changes; the deck works without them.
    }
  }
}
