/**
 * One small JSON file per event with what the timeline's detail panel shows (summary and
 * sources), fetched when the event is opened; the page itself embeds only what the chart
 * needs. The service worker precaches every built file, these included, so they work offline.
 */
import type { APIRoute, GetStaticPaths } from 'astro';

import { loadTimelineData } from '../../../components/timeline/load-timeline-data';
import { eventDetail } from '../../../lib/timeline/chart-data';

export const getStaticPaths: GetStaticPaths = async () =>
  (await loadTimelineData()).events.map((event) => ({ params: { id: event.id } }));

export const GET: APIRoute = async ({ params }) => {
  const detail = eventDetail(await loadTimelineData(), String(params.id));
  return new Response(JSON.stringify(detail), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
