import { describe, expect, it } from 'vitest';

import { buildDeck, EVENTS_PER_SLIDE, leadSource } from '../../../../src/lib/present/deck';
import { SIMULATION_STEPS } from '../../../../src/lib/present/simulation-steps';
import { chapter, event, input, primary, secondary } from './deck-fixtures';

/** The deck of the fixtures, built inside each test so that every test runs the builder itself. */
function generated() {
  const slides = buildDeck(input());
  return { slides, ids: slides.map((slide) => slide.id) };
}

describe('the generated deck', () => {
  it('opens with the title and ends with questions', () => {
    const { slides } = generated();
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
    const { slides, ids } = generated();
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
    const { ids } = generated();
    expect(ids.slice(3, 5)).toEqual(['event-e1', 'event-e3']);
    expect(ids.filter((id) => id === 'event-e3')).toHaveLength(1);
  });

  it('places the simulation steps after the chapter that points to them', () => {
    const { slides, ids } = generated();
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
    const { ids } = generated();
    expect(ids.at(-2)).toBe('event-lonely-key');
  });

  it('shows a key event with its first primary source', () => {
    const { slides } = generated();
    const slide = slides.find((s) => s.id === 'event-e1')!;
    expect(slide.kind === 'key-event' && slide.source).toEqual(primary);
    expect(leadSource(event('x', '2024-01-01', 1, { sources: [secondary] }))).toEqual(secondary);
  });

  it('gives every slide an id of its own, a title, a first point and speaker notes', () => {
    const { slides, ids } = generated();
    expect(new Set(ids).size).toBe(ids.length);
    for (const slide of slides) {
      expect(slide.title, slide.id).not.toBe('');
      expect(slide.lead, slide.id).not.toBe('');
      expect(slide.notes.length, slide.id).toBeGreaterThan(0);
    }
  });

  it('takes the notes from the content: chapter opening and sections, event text, conflicts, certainty', () => {
    const { slides } = generated();
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
    const { slides } = generated();
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

  it('orders key events no chapter lists by time, and those of one day by id', () => {
    const deck = buildDeck(
      input({
        chapters: [],
        events: [
          event('z-late', '2024-05-01', 1),
          event('b-same-day', '2023-01-01', 1),
          event('a-same-day', '2023-01-01', 1),
        ],
        steps: [],
      }),
    );
    expect(deck.map((slide) => slide.id)).toEqual([
      'title',
      'event-a-same-day',
      'event-b-same-day',
      'event-z-late',
      'closing',
    ]);
  });

  it('leaves the outline out of a chapter’s notes when it has no sections', () => {
    const deck = buildDeck(input({ chapters: [chapter(1, [], { sections: [] })] }));
    expect(deck.find((slide) => slide.id === 'chapter-1')!.notes).toEqual(['Opening 1.']);
  });

  it('shows the simulation once, after the first chapter that points to a live step', () => {
    const deck = buildDeck(
      input({
        chapters: [
          chapter(1, []),
          chapter(2, [], { simulationStep: 'stage-0' }),
          chapter(3, [], { simulationStep: SIMULATION_STEPS[2]!.id }),
        ],
      }),
    );
    const ids = deck.map((slide) => slide.id);
    expect(ids.filter((id) => id.startsWith('simulation-'))).toHaveLength(SIMULATION_STEPS.length);
    expect(ids.indexOf(`simulation-${SIMULATION_STEPS[0]!.id}`)).toBe(ids.indexOf('chapter-2') + 1);
  });

  it('numbers the pages of a split event list and leaves a single page unnumbered', () => {
    const many = Array.from({ length: EVENTS_PER_SLIDE + 1 }, (_, i) =>
      event(`m${i}`, `2023-01-${String(i + 1).padStart(2, '0')}`),
    );
    const lists = (count: number) =>
      buildDeck(
        input({
          chapters: [
            chapter(
              1,
              many.slice(0, count).map((e) => e.id),
            ),
          ],
          events: many,
          steps: [],
        }),
      ).flatMap((slide) => (slide.kind === 'chapter-events' ? [slide] : []));
    expect(lists(many.length).map((slide) => [slide.id, slide.page, slide.pages])).toEqual([
      ['chapter-1-events-1', 1, 2],
      ['chapter-1-events-2', 2, 2],
    ]);
    const [single] = lists(2);
    expect(single).toMatchObject({ title: 'Chapter title 1: the events', page: 1, pages: 1 });
  });

  it('leads an event list with its first event’s date and title', () => {
    const { slides } = generated();
    expect(slides.find((slide) => slide.id === 'chapter-1-events-1')!.lead).toBe(
      '29 October 2021 — Title of e1',
    );
  });

  it('gives a key event without conflicting sources only its text and certainty as notes', () => {
    const { slides } = generated();
    expect(slides.find((slide) => slide.id === 'event-e1')!.notes).toEqual([
      'Opening of e1.',
      expect.stringMatching(/^Confirmed: /),
    ]);
  });

  it('leads a build step with its first talking point, or its command when it has none', () => {
    const quiet = { ...SIMULATION_STEPS[0]!, id: 'quiet', points: [] };
    const deck = buildDeck(input({ chapters: [], steps: [SIMULATION_STEPS[0]!, quiet] }));
    const leads = deck.filter((slide) => slide.kind === 'simulation').map((slide) => slide.lead);
    expect(leads).toEqual([SIMULATION_STEPS[0]!.points[0], quiet.command]);
  });
});
