/**
 * Wires the pure timeline engine to the page: state (filters, collapsed lanes, focus, the open
 * event), the URL, and the parts (chart, overview, lane buttons, filter form, detail panel,
 * list). Every change goes through a few methods here, so the parts never talk to each other.
 */
import { formatDate } from '../../lib/content/dates';
import type { Lane } from '../../lib/content/vocabulary';
import { filterEvents, type FilterState, NO_FILTERS } from '../../lib/timeline/filters';
import { type ChartCommand, type FocusMove, moveFocus } from '../../lib/timeline/keyboard';
import { laneLayoutConfig } from '../../lib/timeline/lanes';
import { createLayoutEngine, type LayoutEngine, type PlacedMark } from '../../lib/timeline/layout';
import { fitEventsWindow, OPENING_COLLAPSED } from '../../lib/timeline/opening-view';
import { searchResults } from '../../lib/timeline/search-results';
import { runNow, type Step } from '../../lib/timeline/slices';
import { datedText } from '../../lib/timeline/time';
import type { ChartData, TimelineEvent, Viewport } from '../../lib/timeline/types';
import type { TimelineUrlState } from '../../lib/timeline/url-state';
import {
  createVerticalEngine,
  isVerticalWidth,
  VERTICAL_GEOMETRY,
} from '../../lib/timeline/vertical';
import { clampWindow, type Domain } from '../../lib/timeline/viewport';
import type { ChartView } from './chart-view';
import { DetailLoader } from './detail-loader';
import { DetailPanel } from './detail-panel';
import { must } from './dom';
import { FilterControls } from './filter-controls';
import { HistoryWriter } from './history';
import { LaneButtons } from './lane-buttons';
import { ListView } from './list-view';
import { OverviewStrip } from './overview';
import type { SearchWiring } from './search-wiring';
import { TimelineStartUp } from './start-up';
import { StatusLine } from './status-line';
import { clusterWindow, initialWindow, readTimelineUrl, revealTarget } from './view-targets';

export interface ControllerOptions {
  /** Inside the embed iframe: links open new tabs. */
  embed: boolean;
  onFrame?: (ms: number) => void;
}

/** Starts in steps (startSteps, from start-up.ts), which ignore input until they end. */
export class TimelineController extends TimelineStartUp {
  // Set by the first start-up steps; nothing reads them before.
  protected events: TimelineEvent[] = [];
  protected byId = new Map<string, TimelineEvent>();
  protected domain: Domain = [0, 1];
  protected chart!: ChartView;
  private readonly overview: OverviewStrip;
  protected readonly panel: DetailPanel;
  protected readonly controls: FilterControls;
  private readonly lanes: LaneButtons;
  protected readonly list: ListView;
  protected search!: SearchWiring;
  private readonly history: HistoryWriter;
  protected readonly status: StatusLine;
  protected readonly chartBox: HTMLElement;
  protected readonly cleanups: (() => void)[] = [];
  protected visible: TimelineEvent[] = [];
  protected engine!: LayoutEngine;
  protected filters: FilterState = NO_FILTERS;
  private readonly collapsed = new Set<Lane>(OPENING_COLLAPSED);
  protected readonly details: DetailLoader;
  private focusId: string | null = null;
  private viewChosen = false;
  protected width = 0;

  constructor(
    protected readonly root: HTMLElement,
    protected readonly data: ChartData,
    protected readonly options: ControllerOptions,
  ) {
    super();
    this.details = new DetailLoader(data);
    this.status = new StatusLine(root);
    this.chartBox = must(root, '.tl-chart');
    this.overview = new OverviewStrip(
      must(root, '.tl-overview svg'),
      this.whenStarted((start, end) => {
        this.chart.jumpTo(start, end);
        this.viewChosen = true;
        this.history.replaceSoon();
      }),
    );
    this.panel = new DetailPanel(must(root, '.tl-detail'), {
      onClose: () => this.close(),
      onStep: this.whenStarted((id) => this.open(id, 'push')),
    });
    this.controls = new FilterControls(
      must(root, '.tl-toolbar'),
      this.whenStarted((state) => {
        this.search.queryChanged(this.filters.query, state.query, () => this.applyFilters(state));
        this.history.replace();
      }),
      this.whenStarted(() => this.open(this.visible[0]?.id ?? null, 'push')),
    );
    this.lanes = new LaneButtons(
      must(root, '.tl-lane-buttons'),
      this.whenStarted((lane) => this.toggleLane(lane as Lane)),
    );
    this.list = new ListView(must(root, '.tl-list'));
    this.history = new HistoryWriter(() => this.urlState());
  }

  destroy(): void {
    this.chart?.destroy();
    this.history.dispose();
    this.status.dispose();
    for (const cleanup of this.cleanups) cleanup();
  }

  // ── State changes ────────────────────────────────────────────────────────────────────────

  protected applyFilters(filters: FilterState): void {
    runNow(this.filterSteps(filters));
  }

  /**
   * applyFilters as steps: start-up runs them in slices (the first pass over every event costs
   * the most), a reader's own change runs them at once.
   */
  protected filterSteps(filters: FilterState): Step[] {
    return [
      () => {
        this.filters = filters;
        this.search.loadSummariesFor(filters.query);
        this.visible = filterEvents(this.events, filters);
      },
      ...this.rebuildSteps(),
      () => {
        const shown = this.visible.length;
        this.status.showCount(shown, this.events.length);
        this.list.filter(
          shown === this.events.length ? null : new Set(this.visible.map((event) => event.id)),
        );
        this.search.show(searchResults(filters.query, this.visible));
      },
    ];
  }

  /** New layout engine for the current events, lanes and width; the view stays where it was. */
  protected rebuild(): void {
    runNow(this.rebuildSteps());
  }

  private rebuildSteps(): Step[] {
    // Read once: the steps that follow draw for the width the engine was built for.
    let width = 1;
    let vertical = false;
    return [
      () => {
        width = Math.max(1, this.width);
        vertical = isVerticalWidth(width);
        const config = laneLayoutConfig({
          filters: this.filters,
          collapsed: this.collapsed,
          measure: this.chart.measure,
          width,
        });
        this.engine = vertical
          ? createVerticalEngine(this.visible, { ...config, width })
          : createLayoutEngine(this.visible, this.domain, config);
      },
      () => {
        this.root.classList.toggle('tl-vertical', vertical);
        this.chart.setModel(this.engine, this.domain, width, vertical);
      },
      () => this.overview.setDomain(this.domain, width),
      () => this.overview.setEvents(this.visible),
      () => this.overview.show(this.chart.viewport()),
      () => this.lanes.update(this.engine.bands),
    ];
  }

  private toggleLane(lane: Lane): void {
    if (this.collapsed.has(lane)) this.collapsed.delete(lane);
    else this.collapsed.add(lane);
    this.rebuild();
  }

  /** The time axis's length in px: the chart's width, or on a phone its height. */
  private axisLength(): number {
    return isVerticalWidth(this.width) ? VERTICAL_GEOMETRY.length : this.width;
  }

  protected showInitialView(state: TimelineUrlState): void {
    const event = state.event ? this.byId.get(state.event) : undefined;
    const view = initialWindow(this.domain, state, event, this.visible, this.axisLength());
    this.viewChosen = view.chosen;
    this.chart.jumpTo(...view.window);
  }

  protected fitAll(): void {
    this.viewChosen = false;
    this.chart.glideTo(...fitEventsWindow(this.domain, this.visible, this.axisLength()));
    this.history.replace();
  }

  /** Opens the detail panel on an event; `how` says whether this makes a history entry. */
  protected open(id: string | null, how: 'push' | 'replace' | 'none'): void {
    const event = id ? this.byId.get(id) : undefined;
    if (!event) return;
    const index = this.visible.indexOf(event);
    this.panel.show(event, {
      actors: this.data.actors ?? {},
      detail: this.details.detail(event),
      previous: index > 0 ? this.visible[index - 1] : undefined,
      next: index >= 0 ? this.visible[index + 1] : undefined,
      newTab: this.options.embed,
    });
    this.focusId = event.id;
    this.chart.setState({ selectedId: event.id, focusId: event.id });
    this.reveal(event);
    if (how === 'push') this.history.push();
    if (how === 'replace') this.history.replace();
  }

  protected close(): void {
    if (this.panel.eventId === null) return;
    const hadFocus = this.panel.contains(document.activeElement);
    this.panel.hide();
    this.chart.setState({ selectedId: null });
    this.history.push();
    if (hadFocus) this.chartBox.focus();
  }

  /** Moves the keyboard focus to an event: announce it, keep it in view, let the panel follow. */
  private focusEvent(id: string | null): void {
    const event = id ? this.byId.get(id) : undefined;
    if (!event) return;
    this.focusId = event.id;
    this.chart.setState({ focusId: event.id });
    must(this.root, '.tl-live').textContent = `${formatDate(datedText(event))}: ${event.title}`;
    if (this.panel.eventId !== null) this.open(event.id, 'replace');
    else this.reveal(event);
  }

  /** Pans (and if it hides in a cluster, zooms) so the event is in view and on its own. */
  private reveal(event: TimelineEvent): void {
    const { domain, engine, visible } = this;
    const view = { domain, engine, visible, viewport: this.chart.viewport() };
    const target = revealTarget(event, view, this.chart.layout?.marks);
    if (target) this.chart.glideTo(...target);
  }

  // ── Input ────────────────────────────────────────────────────────────────────────────────

  protected run(command: ChartCommand): void {
    const focused = this.focusId ? this.byId.get(this.focusId) : undefined;
    const anchor = focused && this.visible.includes(focused) ? focused.start : undefined;
    switch (command) {
      case 'open':
        return this.open(this.focusId ?? this.move('first'), 'push');
      case 'close':
        return this.close();
      case 'zoom-in':
        return this.chart.zoomBy(1.6, anchor);
      case 'zoom-out':
        return this.chart.zoomBy(1 / 1.6, anchor);
      case 'fit':
        return this.fitAll();
      default:
        return this.focusEvent(this.move(command));
    }
  }

  private move(direction: FocusMove): string | null {
    const model = {
      events: this.visible,
      bandOrder: this.engine.bands.map((band) => band.id),
      bandOf: this.engine.bandOf,
    };
    return moveFocus(model, this.focusId, direction, this.chart.viewport());
  }

  protected markClicked(mark: PlacedMark): void {
    this.chartBox.focus({ preventScroll: true });
    this.refreshFocusRing();
    if (mark.events.length === 1) return this.open(mark.lead.id, 'push');
    // A cluster opens up: zoom to its events and put the focus on its lead.
    this.focusEvent(mark.lead.id);
    this.chart.glideTo(...clusterWindow(this.domain, mark));
  }

  protected viewMoved(viewport: Viewport, byUser: boolean): void {
    this.overview.show(viewport);
    if (byUser) {
      this.viewChosen = true;
      this.history.replaceSoon();
    }
    this.status.showRange(() => this.chart.viewport());
  }

  protected refreshFocusRing(): void {
    this.chart.setState({ focusVisible: this.chartBox.matches(':focus-visible') });
  }

  // ── URL ──────────────────────────────────────────────────────────────────────────────────

  protected readUrl() {
    return readTimelineUrl(this.events, Object.keys(this.data.actors ?? {}));
  }

  private urlState(): TimelineUrlState {
    const view = this.viewChosen ? this.chart.viewport() : null;
    return { filters: this.filters, event: this.panel.eventId, view };
  }

  /** Back/forward: take filters, view and open event from the URL without writing it again. */
  protected restoreFromUrl(): void {
    const { state, problems } = this.readUrl();
    this.status.showProblems(problems);
    this.controls.write(state.filters);
    this.applyFilters(state.filters);
    if (state.view) {
      this.viewChosen = true;
      this.chart.jumpTo(...clampWindow(this.domain, state.view.start, state.view.end));
    }
    if (state.event) this.open(state.event, 'none');
    else if (this.panel.eventId !== null) {
      this.panel.hide();
      this.chart.setState({ selectedId: null });
    }
  }
}
