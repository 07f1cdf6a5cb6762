/** Small, hand-made events for the timeline tests; the story's shape without the whole story. */
import { prepareEvents } from '../../../../src/lib/timeline/prepare';
import type { TimelineEvent, TimelineEventInput } from '../../../../src/lib/timeline/types';

let counter = 0;

export function eventInput(overrides: Partial<TimelineEventInput> = {}): TimelineEventInput {
  counter += 1;
  return {
    id: `event-${counter}`,
    title: `Event number ${counter}`,
    date: '2024-03-29',
    precision: 'day',
    lanes: ['code'],
    actors: [],
    tags: [],
    certainty: 'confirmed',
    summary: 'Something happened that matters to the story.',
    era: 'discovery',
    importance: 2,
    sources: ['cox-timeline'],
    href: `/events/event-${counter}/`,
    ...overrides,
  };
}

export const prepared = (inputs: TimelineEventInput[]): TimelineEvent[] =>
  prepareEvents(inputs).events;

/** Twelve events in five lanes from 2021 to 2024, with a crowd around the disclosure. */
export const STORY: TimelineEventInput[] = [
  eventInput({
    id: 'first-patch',
    title: 'Jia Tan sends a first patch',
    date: '2021-10-29',
    lanes: ['code', 'people'],
    actors: ['jia-tan'],
    tags: ['patch'],
    era: 'arrival',
    importance: 1,
  }),
  eventInput({
    id: 'kumar-pressure',
    title: 'Jigar Kumar: “Progress will not happen until there is new maintainer”',
    date: '2022-06-07',
    lanes: ['people'],
    actors: ['jigar-kumar'],
    tags: ['sock-puppet', 'pressure'],
    era: 'pressure',
    importance: 1,
  }),
  eventInput({
    id: 'ens-pressure',
    title: 'Dennis Ens asks whether XZ for Java is maintained',
    date: '2022-05-19',
    lanes: ['people'],
    actors: ['dennis-ens'],
    tags: ['sock-puppet', 'pressure'],
    certainty: 'reported',
    era: 'pressure',
  }),
  eventInput({
    id: 'maintainer',
    title: 'Lasse Collin names Jia Tan a co-maintainer',
    date: '2022-06',
    precision: 'month',
    lanes: ['people'],
    actors: ['lasse-collin', 'jia-tan'],
    era: 'maintainership',
    certainty: 'inferred',
  }),
  eventInput({
    id: 'ossfuzz',
    title: 'An oss-fuzz change disables ifunc',
    date: '2023-07-08',
    lanes: ['infrastructure'],
    actors: ['jia-tan'],
    tags: ['oss-fuzz'],
    era: 'maintainership',
    importance: 3,
  }),
  eventInput({
    id: 'gitignore',
    title: 'build-to-host.m4 is added to m4/.gitignore',
    date: '2024-02-15',
    time: '14:26',
    lanes: ['code'],
    actors: ['jia-tan'],
    tags: ['build-system', 'm4'],
    era: 'backdoor',
  }),
  eventInput({
    id: 'v560',
    title: 'XZ Utils 5.6.0 is tagged and its tarballs published',
    date: '2024-02-24',
    time: '08:22',
    lanes: ['releases'],
    actors: ['jia-tan'],
    tags: ['release', 'tarball'],
    era: 'backdoor',
    importance: 1,
  }),
  eventInput({
    id: 'v561',
    title: 'XZ Utils 5.6.1 is released',
    date: '2024-03-09',
    lanes: ['releases'],
    actors: ['jia-tan'],
    tags: ['release'],
    era: 'backdoor',
  }),
  eventInput({
    id: 'freund',
    title: 'Andres Freund discloses the backdoor on oss-security',
    date: '2024-03-29',
    time: '15:51',
    lanes: ['discovery'],
    actors: ['andres-freund'],
    tags: ['disclosure'],
    era: 'discovery',
    importance: 1,
  }),
  eventInput({
    id: 'cve',
    title: 'CVE-2024-3094 is reserved and published, CVSS 10.0',
    date: '2024-03-29',
    time: '15:38',
    lanes: ['response'],
    actors: ['red-hat'],
    tags: ['cve'],
    era: 'discovery',
  }),
  eventInput({
    id: 'debian-revert',
    title: 'Debian reverts to 5.4.5',
    date: '2024-03-29',
    time: '19:00',
    lanes: ['response'],
    tags: ['advisory'],
    era: 'discovery',
    importance: 3,
  }),
  eventInput({
    id: 'cisa',
    title: 'CISA publishes an alert',
    date: '2024-03-29',
    time: '20:10',
    lanes: ['response'],
    actors: ['cisa'],
    tags: ['advisory'],
    certainty: 'reported',
    era: 'discovery',
    importance: 3,
  }),
];

export const STORY_EVENTS = prepared(STORY);

export const byId = (events: readonly TimelineEvent[], id: string) => {
  const found = events.find((event) => event.id === id);
  if (!found) throw new Error(`no fixture event ${id}`);
  return found;
};
