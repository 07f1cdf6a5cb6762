/**
 * The build-step slides show the simulation's stage view in a frame. A frame gets its address
 * only when its slide is shown or comes next, so opening the deck loads none of them and the next
 * one is ready before the speaker turns to it. Its key presses reach the deck: a presenter who
 * clicked Step inside can still press → to move on (keys the simulation uses itself, such as the
 * terminal's arrows, are marked handled there and left alone).
 */
export function wakeLiveFrames(
  /** The slide on screen and the next one of the talk. */
  slides: readonly (HTMLElement | undefined)[],
  onKey: (event: KeyboardEvent) => void,
): void {
  for (const slide of slides) {
    for (const frame of slide?.querySelectorAll<HTMLIFrameElement>('iframe[data-live-src]') ?? []) {
      if (frame.hasAttribute('src')) continue;
      frame.addEventListener('load', () => {
        try {
          frame.contentWindow?.addEventListener('keydown', onKey);
        } catch {
          // A frame from another origin keeps its keys to itself; the deck's buttons still work.
        }
      });
      frame.src = frame.dataset.liveSrc!;
    }
  }
}

/** Focus left inside a frame that is being hidden would strand the deck's keys there. */
export function releaseFocusFrom(slide: HTMLElement | undefined): void {
  const active = document.activeElement;
  if (slide && active instanceof HTMLIFrameElement && slide.contains(active)) active.blur();
}
