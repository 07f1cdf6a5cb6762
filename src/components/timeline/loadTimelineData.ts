/** Build time: every event, resolved by the content loader, as the JSON the timeline embeds. */
import { getEvents } from '../../data/content';
import { toTimelineData } from '../../lib/timeline/fromContent';
import type { TimelineData } from '../../lib/timeline/types';
import { eventPath } from '../../lib/site/paths';

export async function loadTimelineData(): Promise<TimelineData> {
  return toTimelineData(await getEvents(), eventPath);
}
