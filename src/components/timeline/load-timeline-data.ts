/** Build time: every event, resolved by the content loader, as the JSON the timeline embeds. */
import { getEvents } from '../../data/content';
import { eventPath } from '../../lib/site/paths';
import { toTimelineData } from '../../lib/timeline/from-content';
import type { TimelineData } from '../../lib/timeline/types';

let timelineData: Promise<TimelineData> | undefined;

/** Built once per build and shared by the pages that use it (read-only). */
export function loadTimelineData(): Promise<TimelineData> {
  timelineData ??= getEvents().then((events) => toTimelineData(events, eventPath));
  return timelineData;
}
