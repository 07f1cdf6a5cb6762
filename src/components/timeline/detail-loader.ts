/**
 * Fetches what the page does not embed: an event's summary and sources when it is opened (one
 * small JSON file each, kept once fetched) and every summary for the search on the first query.
 * Data that carries them inline (unit fixtures, the bench) is used as it is.
 */
import type {
  ChartData,
  EventDetail,
  TimelineEvent,
  TimelineSource,
} from '../../lib/timeline/types';

const fetchJson = <T>(url: string): Promise<T> =>
  fetch(url).then((response) => {
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return response.json() as Promise<T>;
  });

export class DetailLoader {
  private readonly cache = new Map<string, Promise<EventDetail | null>>();
  private summaries: Promise<boolean> | null = null;

  constructor(private readonly data: ChartData) {}

  /** The event's summary and sources; null when they could not be fetched (offline, say). */
  detail(event: TimelineEvent): Promise<EventDetail | null> {
    if (event.summary || !this.data.detailBase) {
      const sources = event.sources
        .map((id) => this.data.sources?.[id])
        .filter((source): source is TimelineSource => Boolean(source));
      return Promise.resolve({ summary: event.summary, sources });
    }
    let pending = this.cache.get(event.id);
    if (!pending) {
      const url = `${this.data.detailBase}${encodeURIComponent(event.id)}.json`;
      pending = fetchJson<EventDetail>(url).catch(() => {
        this.cache.delete(event.id); // try again next time
        return null;
      });
      this.cache.set(event.id, pending);
    }
    return pending;
  }

  /**
   * Adds every summary to the events' search text, fetching them once; resolves true when
   * that changed anything (so the caller filters again), false when there is nothing to add.
   */
  searchSummaries(events: readonly TimelineEvent[]): Promise<boolean> {
    const url = this.data.searchUrl;
    if (!url) return Promise.resolve(false);
    this.summaries ??= fetchJson<Record<string, string>>(url).then(
      (byId) => {
        for (const event of events) {
          const summary = byId[event.id];
          if (summary) event.searchText = `${event.searchText} ${summary}`;
        }
        return true;
      },
      () => {
        this.summaries = null; // offline and not cached: titles only, try again next query
        return false;
      },
    );
    return this.summaries;
  }
}
