import { describe, expect, it } from 'vitest';

import { buildDeck } from '../../../../src/lib/present/deck';
import type { DeckMyth } from '../../../../src/lib/present/slides';
import { input, primary, secondary } from './deck-fixtures';

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

  it('leads a myth with its verdict alone when the record is empty', () => {
    const bare: DeckMyth = { ...myths[0]!, id: 'bare', record: [] };
    const slide = buildDeck(input({ myths: [bare] })).find((s) => s.id === 'myth-bare')!;
    expect(slide.lead).toBe('False.');
    expect(slide.notes).toEqual(['Verdict: False.']);
  });
});
