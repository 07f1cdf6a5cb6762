import type { APIRoute } from 'astro';

import { getEvents } from '../../data/content';
import { toCsv, toEventRecords } from '../../lib/content/export';
import { absoluteSiteUrl, eventPath } from '../../lib/site/paths';

export const GET: APIRoute = async ({ site }) => {
  const records = toEventRecords(await getEvents(), (id) => absoluteSiteUrl(site, eventPath(id)));
  return new Response(toCsv(records), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
