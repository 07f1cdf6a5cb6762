/**
 * Projector slides never scroll: when a slide's content is taller (or wider) than its box at the
 * deck's type size, its `--fit` factor (a multiplier on the font size in present.css) steps down
 * until it fits. Most slides fit at 1; long ones shrink a little rather than spill.
 */

const overflows = (box: HTMLElement) =>
  box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1;

/** Fits a visible box; returns the factor it settled on. */
export function fitToBox(box: HTMLElement, min = 0.5, step = 0.04): number {
  let scale = 1;
  box.style.setProperty('--fit', '1');
  while (overflows(box) && scale - step >= min) {
    scale = Math.round((scale - step) * 100) / 100;
    box.style.setProperty('--fit', String(scale));
  }
  return scale;
}
