import type { APIRoute } from 'astro';
import { getEvents } from '../../data/content';
import { toCsv, toEventRecords } from '../../lib/content/export';
import { eventPath } from '../../lib/site/paths';

export const GET: APIRoute = async ({ site }) => {
  const records = toEventRecords(await getEvents(), (id) => new URL(eventPath(id), site).href);
  return new Response(toCsv(records), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
