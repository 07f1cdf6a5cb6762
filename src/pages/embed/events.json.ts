/**
 * The embed generator's event picker: every event's id, title and date, fetched when the
 * generator opens, so neither /timeline/ nor /embed/ carries the list in its HTML.
 */
import type { APIRoute } from 'astro';

import { loadTimelineData } from '../../components/timeline/load-timeline-data';

export const GET: APIRoute = async () => {
  const { events } = await loadTimelineData();
  const picks = events.map((event) => [event.id, event.title, event.date]);
  return new Response(JSON.stringify(picks), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
