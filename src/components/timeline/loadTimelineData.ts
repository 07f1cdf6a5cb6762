/** Build-time: the content collections as the JSON the timeline embeds. */
import { getCollection } from 'astro:content';
import { toTimelineData } from '../../lib/timeline/fromContent';
import type { TimelineData } from '../../lib/timeline/types';

const base = import.meta.env.BASE_URL.replace(/\/$/, '');

export const eventHref = (id: string) => `${base}/events/${id}/`;

export async function loadTimelineData(): Promise<TimelineData> {
  const [events, actors, sources] = await Promise.all([
    getCollection('events'),
    getCollection('actors'),
    getCollection('sources'),
  ]);
  return toTimelineData(events, actors, sources, eventHref);
}
