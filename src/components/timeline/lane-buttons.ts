/**
 * Lane names as real buttons laid over the chart, one per lane: they collapse and expand the
 * lane, say how many events it holds, and carry aria-expanded. Reused by lane id.
 */
import type { BandLayout } from '../../lib/timeline/layout';
import { h } from '../site/dom';

export class LaneButtons {
  private readonly buttons = new Map<string, HTMLButtonElement>();

  constructor(
    private readonly container: HTMLElement,
    onToggle: (lane: string) => void,
  ) {
    // The build renders the opening lanes' buttons: take them over.
    for (const button of container.querySelectorAll<HTMLButtonElement>('button[data-lane]'))
      this.buttons.set(button.dataset.lane!, button);
    container.addEventListener('click', (event) => {
      const lane = (event.target as Element).closest<HTMLButtonElement>('button[data-lane]')
        ?.dataset.lane;
      if (lane) onToggle(lane);
    });
  }

  update(bands: readonly BandLayout[]): void {
    const shown = new Set(bands.map((band) => band.id));
    for (const [id, button] of this.buttons) {
      if (!shown.has(id)) {
        button.remove();
        this.buttons.delete(id);
      }
    }
    bands.forEach((band, index) => {
      let button = this.buttons.get(band.id);
      if (!button) {
        button = h('button', { type: 'button', class: 'tl-lane-toggle', 'data-lane': band.id });
        this.buttons.set(band.id, button);
      }
      const noun = band.count === 1 ? ' event' : ' events';
      // The build's buttons already say this on a first visit: writing them again would only
      // make the browser restyle them.
      if (button.textContent !== `${band.label} ${band.count}${noun}`)
        button.replaceChildren(
          h('span', { class: 'tl-chevron', 'aria-hidden': 'true' }),
          band.label,
          h(
            'span',
            { class: 'tl-lane-count' },
            ` ${band.count}`,
            h('span', { class: 'tl-sr' }, noun),
          ),
        );
      const expanded = String(!band.collapsed);
      if (button.getAttribute('aria-expanded') !== expanded)
        button.setAttribute('aria-expanded', expanded);
      const top = `${band.y}px`;
      if (button.style.top !== top) button.style.top = top;
      // Tab order follows the drawn order; a button already in place is not moved (moving
      // a focused button would drop the focus).
      const here = this.container.children[index];
      if (here !== button) this.container.insertBefore(button, here ?? null);
    });
  }
}
