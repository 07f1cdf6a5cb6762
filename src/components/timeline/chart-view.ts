/**
 * The live SVG chart: d3-zoom for wheel, drag, pinch and programmatic moves, pointer events for
 * one-finger horizontal pans (a vertical swipe is left to the browser, so the page scrolls),
 * and a render loop that runs at most once per animation frame.
 */
import { select, type Selection } from 'd3-selection';
import {
  type D3ZoomEvent,
  zoom,
  type ZoomBehavior,
  zoomIdentity,
  type ZoomTransform,
} from 'd3-zoom';

import type { LayoutEngine, PlacedMark, TimelineLayout } from '../../lib/timeline/layout';
import { buildScene, type Scene } from '../../lib/timeline/scene';
import { round } from '../../lib/timeline/scene-nodes';
import type { Step } from '../../lib/timeline/slices';
import type { MeasureText, Viewport } from '../../lib/timeline/types';
import {
  type Domain,
  maxZoom,
  transformFromViewport,
  viewportFromTransform,
} from '../../lib/timeline/viewport';
import { ScenePatcher } from './dom-patch';

export interface ChartCallbacks {
  /** The view moved; `byUser` is false for programmatic moves (URL, fit, keyboard). */
  onView(viewport: Viewport, byUser: boolean): void;
  onMarkClick(mark: PlacedMark): void;
  /** A plain vertical wheel over the chart: the page scrolls, and we may hint at Ctrl+wheel. */
  onPlainWheel(): void;
  /** After each frame, with the time it took (ms), for the bench. */
  onFrame?(ms: number): void;
}

export interface RenderState {
  focusId: string | null;
  focusVisible: boolean;
  selectedId: string | null;
  hoverKey: string | null;
}

const ANIMATION_MS = 320;
const ease = (p: number) => (p < 0.5 ? 4 * p * p * p : 1 - (-2 * p + 2) ** 3 / 2);

export class ChartView {
  private readonly selection: Selection<SVGSVGElement, unknown, null, undefined>;
  private readonly behavior: ZoomBehavior<SVGSVGElement, unknown>;
  /** Made on the first redraw (or by adoptDom); start-up reads the build's SVG a layer a step. */
  private scenePatcher: ScenePatcher | null = null;
  private transform: ZoomTransform = zoomIdentity;
  private engine: LayoutEngine | null = null;
  private domain: Domain = [0, 1];
  private width = 0;
  /** The time axis: across (x) on wide screens, down (y) on phones. */
  private axis: 'x' | 'y' = 'x';
  /** The time axis's length in px: the chart's width, or its height on a phone. */
  private length = 0;
  private frame = 0;
  private animation = 0;
  /** Where the glide in progress stops; null when none runs. */
  private destination: Viewport | null = null;
  private state: RenderState = {
    focusId: null,
    focusVisible: false,
    selectedId: null,
    hoverKey: null,
  };
  private readonly touches = new Map<number, number>();
  layout: TimelineLayout | null = null;

  constructor(
    private readonly svg: SVGSVGElement,
    readonly measure: MeasureText,
    private readonly callbacks: ChartCallbacks,
    private readonly reducedMotion: () => boolean,
  ) {
    this.selection = select(svg);
    this.behavior = zoom<SVGSVGElement, unknown>()
      .filter(allowGesture)
      .on('start', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        if (event.sourceEvent) this.stopAnimation();
      })
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        this.transform = event.transform;
        this.schedule();
        this.callbacks.onView(this.viewport(), Boolean(event.sourceEvent));
      });
    this.selection.call(this.behavior);
    this.listen();
  }

  /**
   * New events or lanes: keeps the visible window, refits the zoom limits. A vertical engine
   * (phones) runs time down the chart's height instead of across its width.
   */
  setModel(engine: LayoutEngine, domain: Domain, width: number, vertical = false): void {
    const window = this.length > 0 ? this.viewport() : null;
    this.engine = engine;
    this.domain = domain;
    this.width = Math.max(1, width);
    this.axis = vertical ? 'y' : 'x';
    this.length = vertical ? engine.height : this.width;
    const extent: [[number, number], [number, number]] = [
      [0, 0],
      [this.width, Math.max(1, engine.height)],
    ];
    this.behavior
      .extent(extent)
      .translateExtent(extent)
      .scaleExtent([1, maxZoom(domain)]);
    if (window) this.jumpTo(window.start, window.end);
    this.schedule();
  }

  setState(state: Partial<RenderState>): void {
    this.state = { ...this.state, ...state };
    this.schedule();
  }

  viewport(): Viewport {
    const { k, x, y } = this.transform;
    return viewportFromTransform(this.domain, this.length, { k, x: this.axis === 'x' ? x : y });
  }

  /** The view the chart is settling on: where a glide in progress stops, else the view now. */
  settledViewport(): Viewport {
    return this.destination ?? this.viewport();
  }

  /** Moves along the time axis by `px` screen pixels at the current zoom. */
  private panBy(px: number): void {
    const step = px / this.transform.k;
    this.behavior.translateBy(
      this.selection,
      this.axis === 'x' ? step : 0,
      this.axis === 'y' ? step : 0,
    );
  }

  /** Shows [start, end] at once (clamped by the zoom limits). */
  jumpTo(start: number, end: number): void {
    const t = transformFromViewport(this.domain, this.length, { start, end });
    const [x, y] = this.axis === 'x' ? [t.x, 0] : [0, t.x];
    this.behavior.transform(this.selection, zoomIdentity.translate(x, y).scale(t.k));
  }

  /** Glides to [start, end]: the centre moves linearly, the span changes geometrically. */
  glideTo(start: number, end: number): void {
    this.stopAnimation();
    if (this.reducedMotion()) return this.jumpTo(start, end);
    const from = this.viewport();
    const [c0, c1] = [(from.start + from.end) / 2, (start + end) / 2];
    const [s0, s1] = [from.end - from.start, end - start];
    const began = performance.now();
    this.destination = { start, end, width: this.length };
    const step = (now: number) => {
      const p = ease(Math.min(1, (now - began) / ANIMATION_MS));
      const span = s0 * (s1 / s0) ** p;
      const centre = c0 + (c1 - c0) * p;
      this.jumpTo(centre - span / 2, centre + span / 2);
      if (p < 1) this.animation = requestAnimationFrame(step);
      else [this.animation, this.destination] = [0, null];
    };
    this.animation = requestAnimationFrame(step);
  }

  /** Zooms by `factor` about the middle of the chart (or about time `at`). */
  zoomBy(factor: number, at?: number): void {
    const v = this.viewport();
    const anchor = at ?? (v.start + v.end) / 2;
    const span = (v.end - v.start) / factor;
    const share = (anchor - v.start) / (v.end - v.start);
    this.glideTo(anchor - share * span, anchor + (1 - share) * span);
  }

  /**
   * The first drawing, in steps: lay out; keep the chart drawn at build time when it shows this
   * very layout (same width, the same marks in the same places, the same labels), so nothing
   * is redrawn on load; otherwise build the scene, and patch it in a step of its own.
   */
  firstDrawing(): Step[] {
    const viewport = this.viewport();
    let layout: TimelineLayout | null = null;
    let scene: Scene | null = null;
    let built = false;
    return [
      () => void (layout = this.engine?.layout(viewport) ?? null),
      () => void (built = layout !== null && this.showsBuiltMarks(layout)),
      () => {
        if (layout && !(built && this.showsBuiltLabels(layout)))
          scene = buildScene(layout, { ...this.state, measure: this.measure });
      },
      () => this.adoptDom().adoptSteps(),
      () => {
        if (scene) this.adoptDom().patch(scene);
        this.layout = layout;
        // Moved by a gesture while the steps ran: draw where it went.
        const now = this.viewport();
        if (now.start !== viewport.start || now.end !== viewport.end) this.schedule();
      },
    ];
  }

  /** Whether the build drew these very marks, at this width and across (the labels come next). */
  private showsBuiltMarks(layout: TimelineLayout): boolean {
    if (this.axis === 'y' || this.svg.getAttribute('width') !== String(this.width)) return false;
    const marks = this.svg.querySelectorAll('.tl-layer-marks [data-key]');
    return (
      marks.length === layout.marks.length &&
      layout.marks.every(
        (mark, i) =>
          marks[i]!.getAttribute('data-key') === mark.key &&
          Number(marks[i]!.getAttribute('x')) === round(mark.left),
      )
    );
  }

  /** Whether the build wrote these very labels: the other half, a step of its own. */
  private showsBuiltLabels(layout: TimelineLayout): boolean {
    const labels = this.svg.querySelectorAll('.tl-layer-labels text');
    const titled = layout.marks.filter((mark) => mark.label);
    return (
      labels.length === titled.length &&
      titled.every((mark, i) => labels[i]!.textContent === mark.label)
    );
  }

  /** The patcher over the build's SVG (its layers are read by adoptSteps, or on the first redraw). */
  adoptDom(): ScenePatcher {
    return (this.scenePatcher ??= new ScenePatcher(this.svg));
  }

  destroy(): void {
    this.stopAnimation();
    if (this.frame) cancelAnimationFrame(this.frame);
    this.selection.on('.zoom', null);
  }

  private schedule(): void {
    // Until the first drawing (firstDrawing) the build's chart stays as it is:
    // start-up runs in slices, and a frame between them must not redraw it all at once.
    if (!this.layout) return;
    if (!this.frame) this.frame = requestAnimationFrame(() => ((this.frame = 0), this.render()));
  }

  private render(): void {
    if (!this.engine) return;
    const began = performance.now();
    const layout = this.engine.layout(this.viewport());
    this.layout = layout;
    this.adoptDom().patch(buildScene(layout, { ...this.state, measure: this.measure }));
    this.callbacks.onFrame?.(performance.now() - began);
  }

  private stopAnimation(): void {
    if (this.animation) cancelAnimationFrame(this.animation);
    this.animation = 0;
    this.destination = null;
  }

  private listen(): void {
    const svg = this.svg;
    // The mark under a mouse pointer gets its full title in a callout.
    svg.addEventListener('pointermove', (event) => {
      if (event.pointerType !== 'mouse') return;
      const key = (event.target as Element).closest('[data-key]')?.getAttribute('data-key') ?? null;
      if (key !== this.state.hoverKey) this.setState({ hoverKey: key });
    });
    svg.addEventListener(
      'pointerleave',
      () => this.state.hoverKey && this.setState({ hoverKey: null }),
    );
    svg.addEventListener('click', (event) => {
      const key = (event.target as Element).closest('[data-key]')?.getAttribute('data-key');
      const mark = key ? this.layout?.marks.find((m) => m.key === key) : undefined;
      if (mark) this.callbacks.onMarkClick(mark);
    });
    // Ctrl/⌘ + wheel (and trackpad pinch) zooms through d3-zoom. A sideways wheel or
    // trackpad swipe pans; a plain vertical wheel is left alone so the page scrolls.
    svg.addEventListener(
      'wheel',
      (event) => {
        if (event.ctrlKey || event.metaKey) return;
        const dx = event.shiftKey && event.deltaX === 0 ? event.deltaY : event.deltaX;
        if (Math.abs(dx) > Math.abs(event.deltaY) || (event.shiftKey && dx !== 0)) {
          event.preventDefault();
          this.stopAnimation();
          this.panBy(-dx);
        } else {
          this.callbacks.onPlainWheel();
        }
      },
      { passive: false },
    );
    // One finger: the CSS touch-action (pan-y) gives vertical swipes to the page; the browser
    // cancels our pointer then. Horizontal drags arrive here and pan. Two fingers: d3-zoom pinches.
    // On a phone the chart runs down, so a finger drags it up and down.
    const along = (event: PointerEvent) => (this.axis === 'x' ? event.clientX : event.clientY);
    svg.addEventListener('pointerdown', (event) => {
      if (event.pointerType === 'touch') this.touches.set(event.pointerId, along(event));
    });
    svg.addEventListener('pointermove', (event) => {
      const last = this.touches.get(event.pointerId);
      if (last === undefined) return;
      this.touches.set(event.pointerId, along(event));
      if (this.touches.size === 1) {
        this.stopAnimation();
        this.panBy(along(event) - last);
      }
    });
    const release = (event: PointerEvent) => this.touches.delete(event.pointerId);
    svg.addEventListener('pointerup', release);
    svg.addEventListener('pointercancel', release);
  }
}

/** Which raw events d3-zoom may turn into a zoom or pan. */
function allowGesture(event: Event): boolean {
  if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
  if (event.type === 'touchstart') return (event as TouchEvent).touches.length >= 2;
  return !(event as MouseEvent).button && !(event as MouseEvent).ctrlKey;
}
