/**
 * The timeline's inputs, bound to the page: keys on the chart (its one tab stop), its focus ring,
 * the toolbar's zoom, fit and list buttons, resizes of the chart and back/forward. Each becomes
 * one call on the controller, so the controller holds state and never reads a DOM event.
 */
import { type ChartCommand, commandForKey } from '../../lib/timeline/keyboard';

export interface InputHandlers {
  /** Whether time runs down the chart (phones): the arrow keys follow the drawing. */
  vertical(): boolean;
  /** A key or a toolbar button asked for a chart command. */
  command(command: ChartCommand): void;
  /** Escape only closes something when the detail panel is open; otherwise it is left alone. */
  canClose(): boolean;
  /** The chart gained focus or handled a key: the ring follows :focus-visible. */
  focusChanged(): void;
  blurred(): void;
  toggleList(button: HTMLButtonElement): void;
  /** The chart's width changed to `width` (never 0). */
  resized(width: number): void;
  /** Back or forward: the address is the new state. */
  navigated(): void;
}

const ZOOM_ACTIONS: readonly string[] = ['zoom-in', 'zoom-out', 'fit'];

/** Binds the inputs; returns what undoes the bindings that outlive the chart's own element. */
export function bindInputs(
  root: HTMLElement,
  chartBox: HTMLElement,
  on: InputHandlers,
  /** The chart's width as the caller last read it: reading it here would force a layout. */
  width: number,
): () => void {
  chartBox.addEventListener('keydown', (event) => {
    const command = event.defaultPrevented
      ? null
      : commandForKey(
          event.key,
          { ctrl: event.ctrlKey, alt: event.altKey, meta: event.metaKey },
          on.vertical(),
        );
    if (!command || (command === 'close' && !on.canClose())) return;
    event.preventDefault();
    on.command(command);
    on.focusChanged();
  });
  chartBox.addEventListener('focus', () => on.focusChanged());
  chartBox.addEventListener('blur', () => on.blurred());
  root.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('[data-action]');
    const action = button?.dataset.action;
    if (action && ZOOM_ACTIONS.includes(action)) on.command(action as ChartCommand);
    if (action === 'list') on.toggleList(button!);
  });
  const resize = new ResizeObserver(() => {
    const now = chartBox.clientWidth;
    if (now > 0 && now !== width) {
      width = now;
      on.resized(now);
    }
  });
  resize.observe(chartBox);
  const popstate = () => on.navigated();
  addEventListener('popstate', popstate);
  return () => {
    resize.disconnect();
    removeEventListener('popstate', popstate);
  };
}
