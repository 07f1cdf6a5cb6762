import { describe, expect, it } from 'vitest';

import { buildDeck } from '../../../../src/lib/present/deck';
import type { StorySpec } from '../../../../src/lib/present/talk';
import { event, events, input, primary } from './deck-fixtures';

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
    {
      id: 'story-known',
      afterChapter: 2,
      visual: 'known-unknown',
      kicker: 'Known',
      title: 'What is known',
      points: ['Known one.'],
      contrast: ['Unknown one.'],
      talk: [],
      seconds: 60,
      transition: 'On.',
    },
  ];
  const withPersona = [
    ...events.filter((e) => e.id !== 'e1'),
    event('e1', '2021-10-29', 1, { personas: ['Jia Tan'] }),
  ];
  const source = (id: string) => ({ ...primary, title: `Source ${id}` });
  // Built inside each test so that every test runs the builder itself.
  const told = () => {
    const slides = buildDeck(input({ story, events: withPersona, source }));
    return { slides, ids: slides.map((slide) => slide.id) };
  };

  it('puts a story slide right after its chapter’s opening slide, with its sourced talking points', () => {
    const { slides, ids } = told();
    expect(ids.slice(1, 3)).toEqual(['chapter-1', 'story-hook']);
    const hook = slides[2]!;
    expect(hook.talkingPoints).toEqual([
      { text: 'A sourced claim.', source: { ...primary, title: 'Source src-1' } },
      { text: 'An aside.' },
    ]);
    expect(hook).toMatchObject({ seconds: 90, transition: 'On to the con.' });
  });

  it('places a story slide whose chapter is missing before the closing slide, marking personas on its timeline', () => {
    const { slides, ids } = told();
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
    const { slides } = told();
    const closing = slides.at(-1)!;
    expect(closing.kind === 'closing' && closing.takeaways).toHaveLength(3);
    expect(slides.every((slide) => slide.seconds > 0)).toBe(true);
  });

  it('gives each story slide once, its points on it and its kicker as the lead when it has none', () => {
    const { slides, ids } = told();
    expect(ids.filter((id) => id.startsWith('story-'))).toEqual([
      'story-hook',
      'story-known',
      'story-con',
    ]);
    const hook = slides.find((slide) => slide.id === 'story-hook')!;
    expect(hook).toMatchObject({ lead: 'One point.', points: ['One point.'] });
    expect(slides.find((slide) => slide.id === 'story-con')!.lead).toBe('Con');
  });

  it('puts the contrast column only on the slide that has one, and the timeline only on the long con', () => {
    const { slides } = told();
    const byId = (id: string) => slides.find((slide) => slide.id === id)!;
    expect(byId('story-known')).toMatchObject({ contrast: ['Unknown one.'] });
    expect('contrast' in byId('story-hook')).toBe(false);
    expect('marks' in byId('story-hook')).toBe(false);
  });

  it('gives the speaker view a story slide’s talking points and no other notes', () => {
    const { slides } = told();
    expect(slides.find((slide) => slide.id === 'story-hook')!.notes).toEqual([]);
  });

  it('marks the long con from its first day to its last, and nothing outside', () => {
    const dated = ['2020-12-31', '2021-01-01', '2024-03-10', '2024-03-11'].map((date) =>
      event(`k-${date}`, date, 1),
    );
    const deck = buildDeck(input({ story, events: dated, chapters: [], source }));
    const con = deck.find((slide) => slide.id === 'story-con')!;
    expect(con.kind === 'story' && con.marks?.map((mark) => mark.date)).toEqual([
      '2021-01-01',
      '2024-03-10',
    ]);
  });

  it('gives every slide of a full deck an id, title, section, lead, time and non-empty notes', () => {
    const myths = [
      {
        id: 'clean-git',
        myth: 'The git repository was clean.',
        verdict: 'false' as const,
        record: ['The payload sat in committed test files.'],
        sources: [primary],
      },
    ];
    const deck = buildDeck(input({ story, events: withPersona, source, myths }));
    expect(new Set(deck.map((slide) => slide.id)).size).toBe(deck.length);
    for (const slide of deck) {
      for (const field of ['id', 'title', 'section', 'lead'] as const)
        expect(slide[field], `${slide.id} ${field}`).toMatch(/\S/);
      expect(slide.seconds, slide.id).toBeGreaterThan(0);
      for (const note of slide.notes) expect(note, slide.id).toMatch(/\S/);
      if (slide.transition !== undefined) expect(slide.transition, slide.id).toMatch(/\S/);
      if (slide.kind !== 'story') expect(slide.notes.length, slide.id).toBeGreaterThan(0);
    }
  });
});
