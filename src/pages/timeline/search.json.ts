/**
 * The timeline's search file: every event's summary, normalised, fetched on the first search
 * so a query matches summaries as well as the embedded titles.
 */
import type { APIRoute } from 'astro';

import { loadTimelineData } from '../../components/timeline/load-timeline-data';
import { searchSummaries } from '../../lib/timeline/chart-data';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(searchSummaries(await loadTimelineData())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
