/**
 * Synthetic events for the performance bench only: deterministic (seeded), spread over the
 * story's years with the real clumping near the discovery, in every lane and certainty.
 */
import { CERTAINTIES, type Era, ERA_RANGES, ERAS, LANES } from '../content/vocabulary';
import { DAY, parseMoment } from './time';
import type { TimelineData, TimelineEventInput } from './types';

/** mulberry32: a tiny seeded PRNG, so every bench run draws the same chart. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  'patch',
  'release',
  'review',
  'tarball',
  'mailing list',
  'maintainer',
  'test file',
  'build script',
  'mirror',
  'advisory',
  'fuzzing',
  'commit',
];
const VERBS = [
  'lands',
  'is questioned',
  'is merged',
  'is reverted',
  'is announced',
  'is published',
  'is signed',
  'is discussed',
];

const START = Date.UTC(2021, 9, 29);
const END = Date.UTC(2024, 3, 30);
const DISCOVERY = Date.UTC(2024, 2, 29);

function eraOf(ms: number): Era {
  const day = new Date(ms).toISOString().slice(0, 10);
  return ERAS.find((era) => day >= ERA_RANGES[era].from && day <= ERA_RANGES[era].to) ?? 'response';
}

export function syntheticData(count: number, seed = 3094): TimelineData {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const events: TimelineEventInput[] = [];
  for (let i = 0; i < count; i++) {
    // A third of the events crowd the weeks around the discovery, as in the real story.
    const ms =
      next() < 0.33 ? DISCOVERY - 40 * DAY + next() * 70 * DAY : START + next() * (END - START);
    const day = new Date(Math.floor(ms / DAY) * DAY).toISOString().slice(0, 10);
    const minutes = Math.floor(next() * 1440);
    const lane = pick(LANES);
    const title = `${pick(WORDS)} ${pick(VERBS)} (#${i + 1})`;
    events.push({
      id: `synthetic-${i + 1}`,
      title: title[0]!.toUpperCase() + title.slice(1),
      date: day,
      precision: 'day',
      time: `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`,
      lanes:
        next() < 0.2 ? [lane, pick(LANES)].filter((v, j, all) => all.indexOf(v) === j) : [lane],
      actors: next() < 0.5 ? ['synthetic-persona'] : ['synthetic-person'],
      tags: [pick(['build-system', 'release', 'pressure', 'disclosure'])],
      certainty: pick(CERTAINTIES),
      summary: `Synthetic event ${i + 1} for the performance bench; it did not happen.`,
      era: eraOf(parseMoment(day)!),
      importance: next() < 0.1 ? 1 : next() < 0.4 ? 2 : 3,
      sources: ['synthetic'],
      href: '#',
    });
  }
  return {
    events,
    actors: {
      'synthetic-persona': { name: 'Synthetic persona', persona: true },
      'synthetic-person': { name: 'Synthetic person', persona: false },
    },
    sources: {
      synthetic: {
        title: 'Generated for the bench',
        publisher: 'bench',
        url: 'https://example.invalid/',
        primary: true,
      },
    },
  };
}
