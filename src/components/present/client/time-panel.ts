/**
 * The speaker view's time panel: the timer (it starts itself on the first slide change, until
 * the speaker uses its buttons), the countdown to a target length kept in the address, the pace
 * against the slides' suggested times, and the wall clock.
 */
import {
  describeCountdown,
  describePace,
  paceAt,
  parseTarget,
  plannedMinutes,
  targetSearch,
} from '../../../lib/present/pace';
import {
  describeElapsed,
  elapsedMs,
  formatElapsed,
  isRunning,
  pause,
  reset,
  start,
  STOPPED,
  type Stopwatch,
} from '../../../lib/present/stopwatch';
import type { TalkSession } from './talk-session';

/** What the panel reads from the speaker view, and how it speaks to a screen reader. */
export interface TimePanelHost {
  plan(): TalkSession['talk']['plan'];
  /** The slide on screen, in talk order. */
  index(): number;
  announce(text: string): void;
}

function setText(element: HTMLElement, text: string) {
  if (element.textContent !== text) element.textContent = text;
}

export class TimePanel {
  readonly #root: HTMLElement;
  readonly #host: TimePanelHost;
  #watch: Stopwatch = STOPPED;
  /** The timer starts itself on the first slide change, until the speaker uses its buttons. */
  #touched = false;
  #target = 25;
  readonly #clock: HTMLElement;
  readonly #timer: HTMLElement;
  readonly #countdown: HTMLElement;
  readonly #pace: HTMLElement;
  readonly #clockFormat = new Intl.DateTimeFormat([], { hour: '2-digit', minute: '2-digit' });

  constructor(root: HTMLElement, host: TimePanelHost) {
    this.#root = root;
    this.#host = host;
    this.#clock = root.querySelector<HTMLElement>('[data-clock]')!;
    this.#timer = root.querySelector<HTMLElement>('[data-timer]')!;
    this.#countdown = root.querySelector<HTMLElement>('[data-countdown]')!;
    this.#pace = root.querySelector<HTMLElement>('[data-pace]')!;
  }

  /** Reads the target length from the address (?target=), or the talk's planned length. */
  readTarget(): void {
    this.#target = parseTarget(location.search, plannedMinutes(this.#host.plan()));
  }

  /** Ticks four times a second until the session disconnects. */
  startTicking(session: TalkSession): void {
    const ticker = window.setInterval(() => this.tick(), 250);
    session.onDisconnect(() => clearInterval(ticker));
  }

  /** Writes the target into its input (a new cut redraws the panel). */
  showTarget(): void {
    this.#root.querySelector<HTMLInputElement>('[data-target]')!.value = String(this.#target);
  }

  /** A new target length typed in: kept in the address, so a reload keeps it. */
  targetChanged(target: EventTarget | null): void {
    const input = target instanceof HTMLInputElement ? target : null;
    if (!input?.hasAttribute('data-target')) return;
    const minutes = parseTarget(`?target=${input.value}`, this.#target);
    this.#target = minutes;
    input.value = String(minutes);
    try {
      history.replaceState(history.state, '', targetSearch(location.search, minutes));
    } catch {
      // The countdown still uses the new target.
    }
    this.tick();
  }

  /** The timer's Start/Pause and Reset buttons; any other action is not the panel's. */
  act(action: string | undefined): void {
    const now = performance.now();
    if (action === 'timer') {
      this.#touched = true;
      this.#setWatch(isRunning(this.#watch) ? pause(this.#watch, now) : start(this.#watch, now));
      if (!isRunning(this.#watch))
        this.#host.announce(`Timer paused at ${describeElapsed(elapsedMs(this.#watch, now))}.`);
    }
    if (action === 'reset') {
      this.#touched = true;
      this.#setWatch(reset(this.#watch, now));
      this.#host.announce('Timer reset.');
    }
  }

  /** The slide changed: the first change starts the timer, unless the speaker took charge of it. */
  slideChanged(): void {
    if (!this.#touched && !isRunning(this.#watch))
      this.#setWatch(start(this.#watch, performance.now()));
  }

  /** Only text that changed is written, so the page stays idle between ticks. */
  tick(): void {
    const elapsed = elapsedMs(this.#watch, performance.now());
    const pace = paceAt(this.#host.plan(), this.#host.index(), elapsed);
    setText(this.#timer, formatElapsed(elapsed));
    setText(this.#countdown, `${describeCountdown(this.#target, elapsed)} of ${this.#target} min`);
    setText(this.#pace, describePace(pace));
    setText(this.#clock, this.#clockFormat.format(new Date()));
  }

  #setWatch(watch: Stopwatch) {
    this.#watch = watch;
    const button = this.#root.querySelector<HTMLButtonElement>('[data-action="timer"]')!;
    button.textContent = isRunning(watch)
      ? 'Pause timer'
      : elapsedMs(watch, performance.now()) > 0
        ? 'Resume timer'
        : 'Start timer';
    this.tick();
  }
}
