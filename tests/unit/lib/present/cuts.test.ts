import { describe, expect, it } from 'vitest';

import { TalkController } from '../../../../src/lib/present/controller';
import {
  cutSearch,
  parseCut,
  type PlanSlide,
  planTalk,
  toggleSkip,
} from '../../../../src/lib/present/cuts';
import { stateMessage } from '../../../../src/lib/present/sync';

const SLIDES: PlanSlide[] = [
  { id: 'title', seconds: 30 },
  { id: 'chapter-1', seconds: 50 },
  { id: 'story-half-second', seconds: 120 },
  { id: 'story-stakes', seconds: 90 },
  { id: 'story-long-con', seconds: 120 },
  { id: 'story-attack-chain', seconds: 120 },
  { id: 'simulation-stage-0', seconds: 60 },
  // In the 25-minute talk, not in the 10-minute one.
  { id: 'simulation-git-tag', seconds: 60 },
  { id: 'event-2024-03-29-freund-discloses', seconds: 45 },
  { id: 'story-who', seconds: 90 },
  { id: 'story-what-to-do', seconds: 90 },
  { id: 'myths', seconds: 20, optional: true },
  { id: 'closing', seconds: 60 },
];

describe('cuts of the talk', () => {
  it('default to the 25-minute talk and read 10, 45 and all from the address', () => {
    expect(parseCut('')).toEqual({ cut: '25', skip: [] });
    expect(parseCut('?cut=10&skip=a,b')).toEqual({ cut: '10', skip: ['a', 'b'] });
    expect(parseCut('?cut=all').cut).toBe('all');
  });

  it('turn an unknown cut into the default with a message naming it', () => {
    const choice = parseCut('?cut=90');
    expect(choice.cut).toBe('25');
    expect(choice.notice).toMatch(/“90”/);
  });

  it('write the cut and skips back, leaving the default and other parameters alone', () => {
    expect(cutSearch('?from=x', { cut: '25', skip: [] })).toBe('?from=x');
    expect(cutSearch('?cut=10&skip=a', { cut: '45', skip: ['b', 'c'] })).toBe('?cut=45&skip=b,c');
  });

  it('leave the optional myths out of the 45-minute cut but keep them in "all"', () => {
    expect(planTalk({ cut: '45', skip: [] }, SLIDES).map((e) => e.id)).not.toContain('myths');
    expect(planTalk({ cut: 'all', skip: [] }, SLIDES).map((e) => e.id)).toContain('myths');
  });

  it('time a cut to its length, and a skip shortens the talk instead of stretching the rest', () => {
    const ten = planTalk({ cut: '10', skip: [] }, SLIDES);
    expect(ten.map((e) => e.id)).toEqual([
      'title',
      'story-half-second',
      'story-stakes',
      'story-long-con',
      'story-attack-chain',
      'simulation-stage-0',
      'story-who',
      'story-what-to-do',
      'closing',
    ]);
    const total = ten.reduce((sum, e) => sum + e.seconds, 0);
    expect(Math.abs(total - 600)).toBeLessThanOrEqual(ten.length);
    const skipped = planTalk({ cut: '10', skip: ['story-who'] }, SLIDES);
    expect(skipped.find((e) => e.id === 'title')!.seconds).toBe(ten[0]!.seconds);
  });

  it('never plan an empty talk, even when every slide is skipped', () => {
    const ids = SLIDES.map((slide) => slide.id);
    expect(planTalk({ cut: '10', skip: ids }, SLIDES)).toHaveLength(1);
  });
  it('read a cut and skips written with spaces around them', () => {
    expect(parseCut('?cut=+45+&skip=a,+b+')).toEqual({ cut: '45', skip: ['a', 'b'] });
  });

  it('quote only the start of a very long unknown cut', () => {
    const notice = parseCut(`?cut=${'x'.repeat(500)}`).notice!;
    expect(notice).toContain(`“${'x'.repeat(12)}” cut`);
    expect(notice.length).toBeLessThan(120);
  });

  it('remove the cut and the skips from the address when back to the default talk', () => {
    expect(cutSearch('?cut=10&skip=a', { cut: '25', skip: [] })).toBe('');
    expect(cutSearch('?cut=10&skip=a&from=x', { cut: '25', skip: [] })).toBe('?from=x');
  });

  it('give the 25-minute talk slides the 10-minute one leaves out', () => {
    const ids = (cut: '10' | '25') => planTalk({ cut, skip: [] }, SLIDES).map((e) => e.id);
    expect(ids('25')).toContain('event-2024-03-29-freund-discloses');
    expect(ids('10')).not.toContain('event-2024-03-29-freund-discloses');
  });

  it('give the 45-minute talk every slide but the optional ones, in deck order', () => {
    expect(planTalk({ cut: '45', skip: [] }, SLIDES).map((e) => e.id)).toEqual(
      SLIDES.filter((slide) => !slide.optional).map((slide) => slide.id),
    );
  });

  it('keep each slide’s own time in the "all" cut', () => {
    expect(planTalk({ cut: 'all', skip: [] }, SLIDES)).toEqual(
      SLIDES.map(({ id, seconds }) => ({ id, seconds })),
    );
  });

  it('time untimed slides as zero rather than as not-a-number', () => {
    expect(planTalk({ cut: '45', skip: [] }, [{ id: 'a', seconds: 0 }])).toEqual([
      { id: 'a', seconds: 0 },
    ]);
  });

  it('bring back one skipped slide and leave the other skips alone', () => {
    expect(toggleSkip(['a', 'b', 'c'], 'b')).toEqual(['a', 'c']);
    expect(toggleSkip(['a'], 'b')).toEqual(['a', 'b']);
  });
});

describe('the talk controller', () => {
  it('counts ?slide=n within the cut and finds the slide in the deck', () => {
    const talk = new TalkController(SLIDES, '?cut=10&slide=3');
    expect(talk.state.index).toBe(2);
    expect(talk.state.total).toBe(9);
    expect(SLIDES[talk.deckIndex()]!.id).toBe('story-stakes');
    expect(talk.positionOf(SLIDES.findIndex((s) => s.id === 'chapter-1'))).toBe(-1);
  });

  it('stays on the same slide when a skip removes an earlier one', () => {
    const talk = new TalkController(SLIDES, '?cut=10&slide=4');
    talk.toggleSkip('story-stakes');
    expect(talk.plan[talk.state.index]!.id).toBe('story-long-con');
    expect(talk.search('?from=x')).toBe('?from=x&cut=10&skip=story-stakes&slide=3');
    talk.toggleSkip('story-stakes');
    expect(talk.choice.skip).toEqual([]);
  });

  it('follows the other window’s cut before its slide', () => {
    const talk = new TalkController(SLIDES, '');
    talk.receive(
      stateMessage('deck', { index: 8, total: SLIDES.length, black: true, cut: 'cut=10' }),
    );
    expect(talk.choice.cut).toBe('10');
    expect(talk.plan[talk.state.index]!.id).toBe('closing');
    expect(talk.state.black).toBe(true);
    expect(talk.outgoing('notes')).toMatchObject({ slide: 9, cut: 'cut=10', from: 'notes' });
  });

  it('collects what the address asked for that does not exist', () => {
    const talk = new TalkController(SLIDES, '?cut=x&slide=99');
    expect(talk.notices).toHaveLength(2);
    expect(talk.state.index).toBe(talk.plan.length - 1);
  });

  it('has nothing to tell when the address is right', () => {
    expect(new TalkController(SLIDES, '?cut=10&slide=2').notices).toEqual([]);
  });

  it('lists the cut’s slides in talk order, skipped ones included', () => {
    const talk = new TalkController(SLIDES, '?cut=10&skip=story-stakes');
    expect(talk.cutIds.slice(0, 3)).toEqual(['title', 'story-half-second', 'story-stakes']);
    expect(talk.plan.map((e) => e.id)).not.toContain('story-stakes');
  });

  it('finds a talk position’s slide in the deck, and none past the end', () => {
    const talk = new TalkController(SLIDES, '?cut=10');
    expect(talk.deckIndex(0)).toBe(0);
    expect(talk.deckIndex(1)).toBe(SLIDES.findIndex((s) => s.id === 'story-half-second'));
    expect(talk.deckIndex(talk.plan.length)).toBe(-1);
  });

  it('finds a deck slide in the talk, and none for a slide past the deck', () => {
    const talk = new TalkController(SLIDES, '?cut=10');
    expect(talk.positionOf(SLIDES.findIndex((s) => s.id === 'story-stakes'))).toBe(2);
    expect(talk.positionOf(SLIDES.length)).toBe(-1);
  });

  it('survives a deck with no slides', () => {
    const talk = new TalkController([], '');
    talk.toggleSkip('title');
    expect(talk.deckIndex()).toBe(-1);
    expect(talk.plan).toEqual([]);
  });

  it('follows the other window to a slide in the middle of the talk', () => {
    const talk = new TalkController(SLIDES, '?cut=10');
    talk.receive(
      stateMessage('deck', { index: 3, total: SLIDES.length, black: false, cut: 'cut=10' }),
    );
    expect(talk.plan[talk.state.index]!.id).toBe('story-long-con');
  });

  it('keeps its overview highlight when the other window moves within the same cut', () => {
    const talk = new TalkController(SLIDES, '?cut=10');
    talk.state = { ...talk.state, overlay: 'overview', cursor: 6 };
    talk.receive(
      stateMessage('notes', { index: 2, total: SLIDES.length, black: false, cut: 'cut=10' }),
    );
    expect(talk.state).toMatchObject({ index: 2, cursor: 6, overlay: 'overview' });
  });
});
