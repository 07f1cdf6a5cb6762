import type { APIRoute } from 'astro';

import { getEvents } from '../../data/content';
import { toEventRecords } from '../../lib/content/export';
import { absoluteSiteUrl, eventPath } from '../../lib/site/paths';

export const GET: APIRoute = async ({ site }) => {
  const records = toEventRecords(await getEvents(), (id) => absoluteSiteUrl(site, eventPath(id)));
  return new Response(JSON.stringify(records, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
