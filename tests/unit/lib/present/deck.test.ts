import { describe, expect, it } from 'vitest';

import {
  buildDeck,
  type DeckInput,
  EVENTS_PER_SLIDE,
  leadSource,
} from '../../../../src/lib/present/deck';
import { SIMULATION_STEPS } from '../../../../src/lib/present/simulation-steps';
import type {
  DeckChapter,
  DeckEvent,
  DeckMyth,
  DeckSource,
} from '../../../../src/lib/present/slides';
import type { StorySpec } from '../../../../src/lib/present/talk';

const primary: DeckSource = {
  title: 'Mail',
  publisher: 'oss-security',
  published: '2024-03-29',
  kind: 'primary',
  url: 'https://example.org/mail',
};
const secondary: DeckSource = {
  title: 'Post',
  publisher: 'A blog',
  published: '2024-04-01',
  kind: 'secondary',
  url: 'https://example.org/post',
};

function event(
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

function chapter(order: number, eventIds: string[], extra: Partial<DeckChapter> = {}): DeckChapter {
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

const events = [
  event('e1', '2021-10-29', 1),
  event('e2', '2022-06-07'),
  event('e3', '2024-03-29', 1, { conflictSummary: 'They differ on the hour.' }),
  event('e4', '2024-02-24'),
  event('lonely-key', '2024-05-29', 1),
];

function input(extra: Partial<DeckInput> = {}): DeckInput {
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

describe('the generated deck', () => {
  const slides = buildDeck(input());
  const ids = slides.map((slide) => slide.id);

  it('opens with the title and ends with questions', () => {
    expect(slides[0]).toMatchObject({
      kind: 'title',
      title: 'The xz backdoor',
      chapterCount: 2,
      keyEventCount: 3,
      stepCount: 5,
    });
    expect(slides.at(-1)!.kind).toBe('closing');
  });

  it('gives each chapter, in order, a key-point slide and then its events in time order', () => {
    expect(ids.slice(1, 3)).toEqual(['chapter-1', 'chapter-1-events-1']);
    const list = slides[2]!;
    expect(list.kind === 'chapter-events' && list.events.map((e) => e.id)).toEqual([
      'e1',
      'e2',
      'e3',
    ]);
    const keyPoints = slides[1]!;
    expect(keyPoints.kind === 'chapter' && keyPoints.chapter.objectives).toEqual([
      'Objective 1a',
      'Objective 1b',
    ]);
    expect(keyPoints.lead).toBe('Summary 1.');
  });

  it('places each key event once, after the first chapter that lists it', () => {
    expect(ids.slice(3, 5)).toEqual(['event-e1', 'event-e3']);
    expect(ids.filter((id) => id === 'event-e3')).toHaveLength(1);
  });

  it('places the simulation steps after the chapter that points to them', () => {
    const chapter2 = ids.indexOf('chapter-2-events-1');
    expect(ids.slice(chapter2 + 1, chapter2 + 6)).toEqual(
      SIMULATION_STEPS.map((step) => `simulation-${step.id}`),
    );
    expect(slides[chapter2 + 1]).toMatchObject({
      stepNumber: 1,
      stepCount: 5,
      section: 'Simulation',
    });
  });

  it('still shows a key event no chapter lists, before the closing slide', () => {
    expect(ids.at(-2)).toBe('event-lonely-key');
  });

  it('shows a key event with its first primary source', () => {
    const slide = slides.find((s) => s.id === 'event-e1')!;
    expect(slide.kind === 'key-event' && slide.source).toEqual(primary);
    expect(leadSource(event('x', '2024-01-01', 1, { sources: [secondary] }))).toEqual(secondary);
  });

  it('gives every slide an id of its own, a title, a first point and speaker notes', () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const slide of slides) {
      expect(slide.title, slide.id).not.toBe('');
      expect(slide.lead, slide.id).not.toBe('');
      expect(slide.notes.length, slide.id).toBeGreaterThan(0);
    }
  });

  it('takes the notes from the content: chapter opening and sections, event text, conflicts, certainty', () => {
    const byId = (id: string) => slides.find((s) => s.id === id)!;
    expect(byId('chapter-1').notes).toEqual(['Opening 1.', 'The chapter’s sections: One · Two.']);
    expect(byId('chapter-1-events-1').notes[0]).toBe('29 October 2021: Summary of e1.');
    expect(byId('event-e3').notes).toEqual([
      'Opening of e3.',
      'Sources disagree: They differ on the hour.',
      expect.stringMatching(/^Confirmed: A primary record/),
    ]);
  });

  it('hands a build step’s talking points, notes and command to the speaker view, since the slide shows it live', () => {
    const step = SIMULATION_STEPS[0]!;
    const slide = slides.find((s) => s.id === `simulation-${step.id}`)!;
    expect(slide.notes).toEqual([...step.points, ...step.notes, `The command: ${step.command}`]);
  });

  it('splits a long event list over several slides', () => {
    const many = Array.from({ length: EVENTS_PER_SLIDE * 2 + 1 }, (_, i) =>
      event(`m${i}`, `2023-01-${String(i + 1).padStart(2, '0')}`),
    );
    const deck = buildDeck(
      input({
        chapters: [
          chapter(
            1,
            many.map((e) => e.id),
          ),
        ],
        events: many,
        steps: [],
      }),
    );
    const lists = deck.filter((slide) => slide.kind === 'chapter-events');
    expect(lists.map((slide) => slide.title)).toEqual([
      'Chapter title 1: the events (1 of 3)',
      'Chapter title 1: the events (2 of 3)',
      'Chapter title 1: the events (3 of 3)',
    ]);
    expect(lists.map((slide) => slide.kind === 'chapter-events' && slide.events.length)).toEqual([
      6, 6, 1,
    ]);
  });

  it('puts the simulation before the closing slide when no chapter points to it', () => {
    const deck = buildDeck(input({ chapters: [chapter(1, ['e1'])] }));
    expect(deck.slice(-6, -1).map((slide) => slide.kind)).toEqual(Array(5).fill('simulation'));
  });

  it('links a chapter to its simulation step only when the deck does not already show that step live', () => {
    const deck = buildDeck(
      input({
        chapters: [
          chapter(1, [], { simulationStep: 'payload' }),
          chapter(2, [], { simulationStep: 'stage-0' }),
          chapter(3, []),
        ],
      }),
    );
    const links = deck.flatMap((slide) => (slide.kind === 'chapter' ? [slide.simulationLink] : []));
    expect(links).toEqual(['payload', undefined, undefined]);
  });

  it('skips a chapter event id that names no event rather than failing', () => {
    const deck = buildDeck(input({ chapters: [chapter(1, ['missing', 'e2'])] }));
    const list = deck.find((slide) => slide.kind === 'chapter-events');
    expect(list?.kind === 'chapter-events' && list.events.map((e) => e.id)).toEqual(['e2']);
  });

  it('gives a chapter without events only its key-point slide', () => {
    const deck = buildDeck(input({ chapters: [chapter(1, [])], steps: [] }));
    expect(deck.map((slide) => slide.kind)).toEqual([
      'title',
      'chapter',
      'key-event',
      'key-event',
      'key-event',
      'closing',
    ]);
  });
});

describe('the myths group', () => {
  const myths: DeckMyth[] = [
    {
      id: 'clean-git',
      myth: 'The git repository was clean.',
      verdict: 'false',
      record: ['The payload sat in committed test files.', 'Only the trigger was tarball-only.'],
      sources: [secondary, primary],
    },
    {
      id: 'chinese',
      myth: 'Jia Tan was Chinese.',
      verdict: 'unproven',
      record: ['A time zone is a setting.'],
      sources: [secondary],
    },
  ];

  it('comes last before the closing slide, opened by a slide that says how to skip it', () => {
    const slides = buildDeck(input({ myths }));
    const kinds = slides.slice(-4).map((slide) => slide.kind);
    expect(kinds).toEqual(['myths-intro', 'myth', 'myth', 'closing']);
    const intro = slides.at(-4)!;
    if (intro.kind !== 'myths-intro') throw new Error('no intro');
    // "Type N, then Enter" must land on the closing slide, the first one after the group.
    expect(slides[intro.skipTo - 1]!.kind).toBe('closing');
    expect(intro.notes.join(' ')).toContain(`type ${intro.skipTo} and Enter`);
  });

  it('shows each myth with its verdict, the record as notes and its first primary source', () => {
    const slides = buildDeck(input({ myths }));
    const [first, second] = slides.filter((slide) => slide.kind === 'myth');
    if (first?.kind !== 'myth' || second?.kind !== 'myth') throw new Error('no myth slides');
    expect(first.id).toBe('myth-clean-git');
    expect(first.lead).toBe('False. The payload sat in committed test files.');
    expect(first.notes).toContain('Only the trigger was tarball-only.');
    expect(first.source).toEqual(primary);
    expect(second.source).toEqual(secondary);
    expect([first.number, second.number, second.count]).toEqual([1, 2, 2]);
  });

  it('is left out when there are no myths, so a deck without them is unchanged', () => {
    expect(buildDeck(input({ myths: [] }))).toEqual(buildDeck(input()));
  });
});

describe('the simulation step descriptions', () => {
  it('cover stage 0, stage 1, the gates, make time and the build from the git tag, in that order', () => {
    expect(SIMULATION_STEPS.map((step) => step.id)).toEqual([
      'stage-0',
      'stage-1',
      'gates',
      'stage-2-make',
      'git-tag',
    ]);
  });

  it('each open a step that the simulation really shows, in the version whose numbers they quote', async () => {
    const { simulate } = await import('../../../../src/lib/simulation/simulate');
    const { resolveLinkTarget } = await import('../../../../src/lib/simulation/link-targets');
    const { parseEnvironmentToken } = await import('../../../../src/lib/simulation/url-state');
    const { committedCarriers } = await import('../simulation/helpers');
    for (const step of SIMULATION_STEPS) {
      const { env, message } = parseEnvironmentToken(step.env);
      expect(message, step.id).toBeNull();
      const trace = await simulate({ env, carriers: committedCarriers(env.version) });
      const target = resolveLinkTarget(step.id);
      expect(
        target.kind === 'step' && trace.steps.some((shown) => shown.id === target.stepId),
        step.id,
      ).toBe(true);
    }
  });

  it('end with the git tag built from git, so Run on that slide shows a clean library', async () => {
    const { simulate } = await import('../../../../src/lib/simulation/simulate');
    const { parseEnvironmentToken } = await import('../../../../src/lib/simulation/url-state');
    const { committedCarriers } = await import('../simulation/helpers');
    const gitTag = SIMULATION_STEPS.find((step) => step.id === 'git-tag')!;
    const { env } = parseEnvironmentToken(gitTag.env);
    expect(env).toMatchObject({ version: '5.6.0', source: 'git' });
    expect(
      (await simulate({ env, carriers: committedCarriers(env.version) })).outcome.verdict,
    ).toBe('clean');
  });

  it('name the public constants of the injection', () => {
    const text = SIMULATION_STEPS.flatMap((step) => [
      step.command,
      ...step.points,
      ...step.notes,
    ]).join('\n');
    for (const fact of [
      'tr "\\t \\-_" " \\t_\\-"',
      'xz -d',
      'bad-3-corrupt_lzma2.xz',
      'tail -c +31265',
      'xz -F raw --lzma1',
      'debian/rules',
      'RPM_ARCH',
      '88,792',
      'build-to-host.m4',
    ]) {
      expect(text, fact).toContain(fact);
    }
  });
});

describe('the told story', () => {
  const story: StorySpec[] = [
    {
      id: 'story-hook',
      afterChapter: 1,
      visual: 'half-second',
      kicker: 'Hook',
      title: 'A hook',
      points: ['One point.'],
      talk: [{ text: 'A sourced claim.', source: 'src-1' }, { text: 'An aside.' }],
      seconds: 90,
      transition: 'On to the con.',
    },
    {
      id: 'story-con',
      afterChapter: 7,
      visual: 'long-con',
      kicker: 'Con',
      title: 'The con',
      points: [],
      talk: [],
      seconds: 60,
      transition: 'Next.',
    },
  ];
  const withPersona = [
    ...events.filter((e) => e.id !== 'e1'),
    event('e1', '2021-10-29', 1, { personas: ['Jia Tan'] }),
  ];
  const source = (id: string) => ({ ...primary, title: `Source ${id}` });
  const slides = buildDeck(input({ story, events: withPersona, source }));
  const ids = slides.map((slide) => slide.id);

  it('puts a story slide right after its chapter’s opening slide, with its sourced talking points', () => {
    expect(ids.slice(1, 3)).toEqual(['chapter-1', 'story-hook']);
    const hook = slides[2]!;
    expect(hook.talkingPoints).toEqual([
      { text: 'A sourced claim.', source: { ...primary, title: 'Source src-1' } },
      { text: 'An aside.' },
    ]);
    expect(hook).toMatchObject({ seconds: 90, transition: 'On to the con.' });
  });

  it('places a story slide whose chapter is missing before the closing slide, marking personas on its timeline', () => {
    expect(ids.at(-2)).toBe('story-con');
    const con = slides.at(-2)!;
    // Key events of the long con only (e3, the disclosure, is after it).
    expect(con.kind === 'story' && con.marks?.map((m) => [m.id, m.persona])).toEqual([
      ['e1', 'Jia Tan'],
    ]);
  });

  it('fails the build naming the slide when a talking point cites without a source list', () => {
    expect(() => buildDeck(input({ story }))).toThrow(/story-hook.*src-1/);
  });

  it('closes on three takeaways and gives every slide a suggested time', () => {
    const closing = slides.at(-1)!;
    expect(closing.kind === 'closing' && closing.takeaways).toHaveLength(3);
    expect(slides.every((slide) => slide.seconds > 0)).toBe(true);
  });
});
