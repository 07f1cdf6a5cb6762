/**
 * On the projector only the slide: the control bar hides in full screen and after a few seconds
 * without pointer movement, and comes back when the pointer moves or keyboard focus enters it.
 */
import type { TalkSession } from './talk-session';

/** How long the pointer may rest before the bar hides. */
const BAR_IDLE_MS = 3000;

export class BarVisibility {
  #bar: HTMLElement;
  #timer = 0;

  constructor(bar: HTMLElement) {
    this.#bar = bar;
  }

  connect(session: TalkSession): void {
    session.listen(document, 'pointermove', () => this.#wake());
    session.listen(this.#bar, 'focusin', () => this.#show());
    session.onDisconnect(() => clearTimeout(this.#timer));
    this.#wake();
  }

  fullscreenChanged(fullscreen: boolean): void {
    if (fullscreen) this.#hide();
    else this.#wake();
  }

  #wake(): void {
    this.#show();
    clearTimeout(this.#timer);
    this.#timer = window.setTimeout(() => this.#hide(), BAR_IDLE_MS);
  }

  #show(): void {
    this.#bar.removeAttribute('data-idle');
  }

  #hide(): void {
    // Never hide the bar from under keyboard focus.
    if (this.#bar.contains(document.activeElement)) return;
    this.#bar.setAttribute('data-idle', '');
  }
}
