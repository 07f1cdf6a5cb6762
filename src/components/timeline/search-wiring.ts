/**
 * The timeline's search, wired to the controller: the first query fetches the event summaries
 * (they are not embedded) and filters again; typing zooms to the matches and clearing goes back
 * to the view the reader had before; the list under the box names the matches.
 */
import type { SearchResults } from '../../lib/timeline/search-results';
import type { TimelineEvent, Viewport } from '../../lib/timeline/types';
import type { ChartView } from './chart-view';
import type { DetailLoader } from './detail-loader';
import { must } from './dom';
import { SearchList } from './search-list';

/** What the search asks of the controller. */
export interface SearchHost {
  readonly chart: Pick<ChartView, 'settledViewport' | 'glideTo'>;
  /** The query now in force. */
  query(): string;
  /** How many events the current filters let through. */
  matchCount(): number;
  /** Filters again with the current state (the summaries widened what a query matches). */
  refilter(): void;
  /** Zooms to every event the filters let through. */
  fitAll(): void;
  open(id: string): void;
}

export class SearchWiring {
  readonly #host: SearchHost;
  readonly #details: DetailLoader;
  readonly #events: TimelineEvent[];
  readonly #list: SearchList;
  #complete = false;
  #viewBeforeSearch: Viewport | null = null;

  constructor(root: HTMLElement, details: DetailLoader, events: TimelineEvent[], host: SearchHost) {
    this.#host = host;
    this.#details = details;
    this.#events = events;
    this.#list = new SearchList(
      must(root, '.tl-search-results'),
      must(root, '#tl-search-summary'),
      (id) => host.open(id),
    );
  }

  /** The filter form changed from one query to another; `apply` filters with the new state. */
  queryChanged(before: string, now: string, apply: () => void): void {
    [before, now] = [before.trim(), now.trim()];
    // Where the view is going, if it is still gliding (a search typed right after "Fit all").
    if (!before && now) this.#viewBeforeSearch = this.#host.chart.settledViewport();
    apply();
    // Typing zooms to the matches (the list under the box names them); clearing the
    // search goes back to the view the reader had before.
    if (now && now !== before && this.#host.matchCount() > 0) this.#host.fitAll();
    if (before && !now && this.#viewBeforeSearch) {
      this.#host.chart.glideTo(this.#viewBeforeSearch.start, this.#viewBeforeSearch.end);
      this.#viewBeforeSearch = null;
    }
  }

  /** Summaries are not embedded: the first search fetches them, then filters again. */
  loadSummariesFor(query: string): void {
    if (!query.trim() || this.#complete) return;
    void this.#details.searchSummaries(this.#events).then((added) => {
      if (!added || this.#complete) return;
      this.#complete = true;
      this.#host.refilter();
      // Summaries can add matches outside the view the titles alone were zoomed to.
      if (this.#host.query().trim() && this.#host.matchCount() > 0) this.#host.fitAll();
    });
  }

  show(results: SearchResults): void {
    this.#list.show(results);
  }
}
