/**
 * The overview strip under the chart: the whole domain with its eras, a density profile of the
 * shown events, and a window (a brush) that follows the main view and drives it: drag it to
 * pan, drag an edge to zoom, click elsewhere to centre there. Written on pointer events rather
 * than d3-brush, which would cost 3 KB of our 35 KB budget for the same three gestures.
 */
import { eraBands } from '../../lib/timeline/eras';
import { tableMeasure } from '../../lib/timeline/measure';
import type { TimelineEvent, Viewport } from '../../lib/timeline/types';
import type { Domain } from '../../lib/timeline/viewport';

const SVG_NS = 'http://www.w3.org/2000/svg';
const HEIGHT = 34;
const BIN_PX = 3;
/** The window is drawn at least this wide so it can be seen and grabbed when zoomed far in. */
const MIN_WINDOW_PX = 8;
const HANDLE_PX = 7;
const noText = tableMeasure(() => 1e6);

type Drag = { mode: 'move' | 'start' | 'end'; pointerX: number; x0: number; x1: number };

const svgElement = (tag: string, className: string) => {
  const element = document.createElementNS(SVG_NS, tag);
  element.setAttribute('class', className);
  return element;
};

export class OverviewStrip {
  private readonly eras = svgElement('g', 'tl-overview-eras');
  private readonly density = svgElement('path', 'tl-density');
  private readonly window = svgElement('rect', 'tl-window');
  private domain: Domain = [0, 1];
  private width = 1;
  private x0 = 0;
  private x1 = 1;
  private drag: Drag | null = null;

  constructor(
    private readonly svg: SVGSVGElement,
    private readonly onMove: (start: number, end: number) => void,
  ) {
    svg.setAttribute('height', String(HEIGHT));
    this.window.setAttribute('y', '1');
    this.window.setAttribute('height', String(HEIGHT - 2));
    this.window.setAttribute('rx', '3');
    svg.append(this.eras, this.density, this.window);
    svg.addEventListener('pointerdown', (event) => this.grab(event));
    svg.addEventListener('pointermove', (event) => this.dragTo(event));
    svg.addEventListener('pointerup', () => (this.drag = null));
    svg.addEventListener('pointercancel', () => (this.drag = null));
  }

  private toX(t: number): number {
    return ((t - this.domain[0]) / (this.domain[1] - this.domain[0])) * this.width;
  }

  private toTime(x: number): number {
    return this.domain[0] + (x / this.width) * (this.domain[1] - this.domain[0]);
  }

  /** The whole span and the strip's width, with the eras (setEvents must follow). */
  setDomain(domain: Domain, width: number): void {
    this.domain = domain;
    this.width = Math.max(1, width);
    this.svg.setAttribute('width', String(this.width));
    this.svg.setAttribute('viewBox', `0 0 ${this.width} ${HEIGHT}`);
    this.eras.replaceChildren(
      ...eraBands({ start: domain[0], end: domain[1], width: this.width }, noText).map((band) => {
        const rect = svgElement('rect', `tl-era tl-era-${band.era}`);
        const x0 = Math.max(0, band.x0);
        rect.setAttribute('x', String(x0));
        rect.setAttribute('width', String(Math.max(0, Math.min(this.width, band.x1) - x0)));
        rect.setAttribute('height', String(HEIGHT));
        return rect;
      }),
    );
  }

  /** The density profile of the shown events, on the domain and width set last. */
  setEvents(events: readonly TimelineEvent[]): void {
    this.density.setAttribute('d', this.densityPath(events));
  }

  /** Moves the window to match the main view. */
  show(viewport: Viewport): void {
    this.x0 = this.toX(viewport.start);
    this.x1 = this.toX(viewport.end);
    const middle = (this.x0 + this.x1) / 2;
    const w = Math.max(MIN_WINDOW_PX, this.x1 - this.x0);
    const left = Math.min(Math.max(0, middle - w / 2), this.width - w);
    this.window.setAttribute('x', left.toFixed(1));
    this.window.setAttribute('width', Math.min(w, this.width).toFixed(1));
  }

  private grab(event: PointerEvent): void {
    if (event.button !== 0) return;
    const x = this.localX(event);
    const left = Number(this.window.getAttribute('x'));
    const right = left + Number(this.window.getAttribute('width'));
    let mode: Drag['mode'] = 'move';
    if (right - left > 3 * HANDLE_PX && Math.abs(x - left) <= HANDLE_PX) mode = 'start';
    else if (right - left > 3 * HANDLE_PX && Math.abs(x - right) <= HANDLE_PX) mode = 'end';
    else if (x < left || x > right) this.centreOn(x);
    this.drag = { mode, pointerX: x, x0: this.x0, x1: this.x1 };
    this.svg.setPointerCapture?.(event.pointerId);
    event.preventDefault();
  }

  private dragTo(event: PointerEvent): void {
    if (!this.drag) return;
    const { mode, pointerX, x0, x1 } = this.drag;
    const dx = this.localX(event) - pointerX;
    if (mode === 'move') this.emit(x0 + dx, x1 + dx);
    else if (mode === 'start') this.emit(Math.min(x0 + dx, x1 - 2), x1);
    else this.emit(x0, Math.max(x1 + dx, x0 + 2));
  }

  private centreOn(x: number): void {
    const half = (this.x1 - this.x0) / 2;
    this.emit(x - half, x + half);
  }

  private emit(x0: number, x1: number): void {
    this.onMove(this.toTime(x0), this.toTime(x1));
  }

  private localX(event: PointerEvent): number {
    const box = this.svg.getBoundingClientRect();
    return ((event.clientX - box.left) / Math.max(1, box.width)) * this.width;
  }

  /** Bars of event counts per few px, heights on a square-root scale so single events show. */
  private densityPath(events: readonly TimelineEvent[]): string {
    const bins = new Map<number, number>();
    for (const event of events) {
      const bin = Math.floor(this.toX(event.start) / BIN_PX);
      bins.set(bin, (bins.get(bin) ?? 0) + 1);
    }
    let top = 1;
    for (const count of bins.values()) top = Math.max(top, count);
    let path = '';
    for (const [bin, count] of bins) {
      const h = Math.max(3, Math.sqrt(count / top) * (HEIGHT - 8));
      path += `M${bin * BIN_PX},${HEIGHT}h${BIN_PX - 1}v${-h.toFixed(1)}h${1 - BIN_PX}z`;
    }
    return path;
  }
}
