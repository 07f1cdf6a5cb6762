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
        waitForCurrentStep(frame);
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

/** Most time a frame gets to build its first step after loading. */
const STEP_WAIT_MS = 10_000;

/**
 * Scrolls a live frame's terminal so the current step is in view. A frame loaded on a hidden
 * slide (the next one, preloaded) had no layout when it scrolled itself, so the deck does it
 * again when the slide is shown.
 */
export function revealCurrentStep(slide: HTMLElement | undefined): void {
  for (const frame of slide?.querySelectorAll<HTMLIFrameElement>('iframe[src]') ?? []) {
    let doc: Document | null;
    try {
      doc = frame.contentDocument;
    } catch {
      continue; // another origin: nothing to reach
    }
    const terminal = doc?.querySelector<HTMLElement>('.sim-terminal');
    const current = terminal?.querySelector<HTMLElement>('.is-current');
    if (!terminal || !current) continue;
    const offset = current.getBoundingClientRect().top - terminal.getBoundingClientRect().top;
    // The whole step when it fits, else its first lines: never the end of the previous one.
    const fits = current.offsetHeight <= terminal.clientHeight - 16;
    terminal.scrollTop += fits
      ? offset - (terminal.clientHeight - current.offsetHeight) + 8
      : offset - 8;
  }
}

/** After a frame loads, reveal its current step once the simulation has drawn it. */
function waitForCurrentStep(frame: HTMLIFrameElement): void {
  const started = performance.now();
  const poll = () => {
    let ready: boolean;
    try {
      ready = frame.contentDocument?.querySelector('.sim-terminal .is-current') != null;
    } catch {
      return;
    }
    const slide = frame.closest<HTMLElement>('[data-slide]');
    if (ready) {
      if (slide && !slide.hidden) revealCurrentStep(slide);
      return;
    }
    if (performance.now() - started < STEP_WAIT_MS) window.setTimeout(poll, 100);
  };
  poll();
}
