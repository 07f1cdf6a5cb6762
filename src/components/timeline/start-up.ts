/**
 * How the timeline starts: read the events, measure the font, apply the link's filters and view,
 * lay the chart out lane by lane, then keep the build's drawing when it is this very chart or
 * redraw it, and listen.
 *
 * The work is sliced into steps (run by runInSlices, slices.ts) because the chart drawn at build
 * time is already on screen: the browser must never see one long task, or a tap on the page
 * waits for it. So each step is a few ms, the runner hands the thread back between slices, and a
 * step that waits for the browser (the chart's first width) goes on in a new task.
 *
 * The controller extends this class: the steps read and set the state it keeps and call the
 * state changes it routes, declared here as abstract members.
 */
import type { FilterState } from '../../lib/timeline/filters';
import type { ChartCommand } from '../../lib/timeline/keyboard';
import type { LayoutEngine, PlacedMark } from '../../lib/timeline/layout';
import { prepareSteps } from '../../lib/timeline/prepare';
import type { Step } from '../../lib/timeline/slices';
import type { ChartData, MeasureText, TimelineEvent, Viewport } from '../../lib/timeline/types';
import type { TimelineUrlState } from '../../lib/timeline/url-state';
import { isVerticalWidth } from '../../lib/timeline/vertical';
import { type Domain, domainOf } from '../../lib/timeline/viewport';
import { ChartView } from './chart-view';
import type { DetailLoader } from './detail-loader';
import type { DetailPanel } from './detail-panel';
import { must } from './dom';
import type { FilterControls } from './filter-controls';
import { firstWidth } from './first-width';
import { bindInputs } from './input-bindings';
import type { ListView } from './list-view';
import { chartMeasureSteps } from './measure-font';
import { SearchWiring } from './search-wiring';
import type { StatusLine } from './status-line';
import type { readTimelineUrl } from './view-targets';

export abstract class TimelineStartUp {
  private readonly motion = matchMedia('(prefers-reduced-motion: reduce)');
  /** Input that arrives while the start-up steps run waits for none of them: it is ignored. */
  private started = false;
  protected readonly whenStarted =
    <A extends unknown[]>(handle: (...args: A) => void) =>
    (...args: A) => {
      if (this.started) handle(...args);
    };

  // The page and the parts the controller made.
  protected abstract readonly root: HTMLElement;
  protected abstract readonly data: ChartData;
  protected abstract readonly options: { onFrame?: (ms: number) => void };
  protected abstract readonly chartBox: HTMLElement;
  protected abstract readonly details: DetailLoader;
  protected abstract readonly status: StatusLine;
  protected abstract readonly controls: FilterControls;
  protected abstract readonly list: ListView;
  protected abstract readonly panel: DetailPanel;
  protected abstract readonly cleanups: (() => void)[];

  // The controller's state: the first steps set the events, the chart, the search and the width.
  protected abstract events: TimelineEvent[];
  protected abstract byId: Map<string, TimelineEvent>;
  protected abstract domain: Domain;
  protected abstract chart: ChartView;
  protected abstract search: SearchWiring;
  protected abstract width: number;
  protected abstract readonly filters: FilterState;
  protected abstract readonly visible: TimelineEvent[];
  protected abstract readonly engine: LayoutEngine;

  // The state changes the controller routes.
  protected abstract readUrl(): ReturnType<typeof readTimelineUrl>;
  protected abstract applyFilters(filters: FilterState): void;
  protected abstract filterSteps(filters: FilterState): Step[];
  protected abstract showInitialView(state: TimelineUrlState): void;
  protected abstract open(id: string | null, how: 'push' | 'replace' | 'none'): void;
  protected abstract fitAll(): void;
  protected abstract close(): void;
  protected abstract rebuild(): void;
  protected abstract run(command: ChartCommand): void;
  protected abstract markClicked(mark: PlacedMark): void;
  protected abstract viewMoved(viewport: Viewport, byUser: boolean): void;
  protected abstract refreshFocusRing(): void;
  protected abstract restoreFromUrl(): void;

  /** The start-up work, in steps small enough to run as separate tasks (see above). */
  startSteps(): Step[] {
    let url: ReturnType<typeof readTimelineUrl>;
    return [
      ...prepareSteps(this.data, ({ events, skipped }) => {
        for (const line of skipped) console.warn(line);
        this.events = events;
        this.byId = new Map(events.map((event) => [event.id, event]));
        this.domain = domainOf(events);
      }),
      () =>
        chartMeasureSteps(must(this.chartBox, 'svg'), this.events, (measure) => [
          () => this.makeChart(measure),
          () => this.makeSearch(),
        ]),
      () => firstWidth(this.chartBox).then((width) => void (this.width = width)),
      () => {
        url = this.readUrl();
        this.status.showProblems(url.problems);
        this.controls.write(url.state.filters);
      },
      () => this.filterSteps(url.state.filters),
      () => {
        this.list.setOnScreen(false);
        this.showInitialView(url.state);
      },
      () => this.engine.warmUp(this.chart.viewport()),
      () => this.chart.firstDrawing(),
      () => {
        this.listen();
        this.started = true;
        if (url.state.event) this.open(url.state.event, 'none');
      },
    ];
  }

  /** The chart, which needs the events and the font's measure. */
  private makeChart(measure: MeasureText): void {
    this.chart = new ChartView(
      must<SVGSVGElement>(this.chartBox, 'svg'),
      measure,
      {
        onView: (viewport, byUser) => this.viewMoved(viewport, byUser),
        onMarkClick: (mark) => this.markClicked(mark),
        onPlainWheel: () => this.status.hintZoom(),
        onFrame: this.options.onFrame,
      },
      () => this.motion.matches,
    );
  }

  /** The search box and its list, which need the events and the chart. */
  private makeSearch(): void {
    this.search = new SearchWiring(this.root, this.details, this.events, {
      chart: this.chart,
      query: () => this.filters.query,
      matchCount: () => this.visible.length,
      refilter: () => this.applyFilters(this.filters),
      fitAll: () => this.fitAll(),
      open: this.whenStarted((id) => this.open(id, 'push')),
    });
  }

  private listen(): void {
    this.panel.onEscape(() => this.close());
    this.cleanups.push(
      bindInputs(
        this.root,
        this.chartBox,
        {
          vertical: () => isVerticalWidth(this.width),
          command: (command) => this.run(command),
          canClose: () => this.panel.eventId !== null,
          focusChanged: () => this.refreshFocusRing(),
          blurred: () => this.chart.setState({ focusVisible: false }),
          toggleList: (button) =>
            this.list.toggleListMode(button, [
              must(this.root, '.tl-stage'),
              must(this.root, '.tl-zoom'),
            ]),
          resized: (width) => {
            this.width = width;
            this.rebuild();
          },
          navigated: () => this.restoreFromUrl(),
        },
        this.width,
      ),
    );
  }
}
