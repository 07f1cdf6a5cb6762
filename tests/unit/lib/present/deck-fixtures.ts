/** Small chapters, events and sources the deck tests build decks from. */
import type { DeckInput } from '../../../../src/lib/present/deck';
import { SIMULATION_STEPS } from '../../../../src/lib/present/simulation-steps';
import type { DeckChapter, DeckEvent, DeckSource } from '../../../../src/lib/present/slides';

export const primary: DeckSource = {
  title: 'Mail',
  publisher: 'oss-security',
  published: '2024-03-29',
  kind: 'primary',
  url: 'https://example.org/mail',
};
export const secondary: DeckSource = {
  title: 'Post',
  publisher: 'A blog',
  published: '2024-04-01',
  kind: 'secondary',
  url: 'https://example.org/post',
};

export function event(
  id: string,
  date: string,
  importance: 1 | 2 | 3 = 2,
  extra: Partial<DeckEvent> = {},
): DeckEvent {
  return {
    id,
    title: `Title of ${id}`,
    date,
    datePrecision: 'day',
    certainty: 'confirmed',
    importance,
    summary: `Summary of ${id}.`,
    sources: [secondary, primary],
    opening: [`Opening of ${id}.`],
    personas: [],
    ...extra,
  };
}

export function chapter(
  order: number,
  eventIds: string[],
  extra: Partial<DeckChapter> = {},
): DeckChapter {
  return {
    id: `0${order}-chapter`,
    order,
    title: `Chapter title ${order}`,
    summary: `Summary ${order}.`,
    objectives: [`Objective ${order}a`, `Objective ${order}b`],
    eventIds,
    opening: [`Opening ${order}.`],
    sections: ['One', 'Two'],
    ...extra,
  };
}

export const events = [
  event('e1', '2021-10-29', 1),
  event('e2', '2022-06-07'),
  event('e3', '2024-03-29', 1, { conflictSummary: 'They differ on the hour.' }),
  event('e4', '2024-02-24'),
  event('lonely-key', '2024-05-29', 1),
];

export function input(extra: Partial<DeckInput> = {}): DeckInput {
  return {
    siteTitle: 'The xz backdoor',
    tagline: 'How it was built, hidden and found',
    // Out of order on purpose: the deck sorts by `order`.
    chapters: [
      chapter(2, ['e3', 'e4'], { simulationStep: 'stage-0' }),
      chapter(1, ['e3', 'e1', 'e2']),
    ],
    events,
    steps: SIMULATION_STEPS,
    ...extra,
  };
}
