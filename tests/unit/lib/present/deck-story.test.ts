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
});
