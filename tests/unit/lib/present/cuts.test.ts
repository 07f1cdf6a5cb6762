import { describe, expect, it } from 'vitest';

import { TalkController } from '../../../../src/lib/present/controller';
import { cutSearch, parseCut, type PlanSlide, planTalk } from '../../../../src/lib/present/cuts';
import { stateMessage } from '../../../../src/lib/present/sync';

const SLIDES: PlanSlide[] = [
  { id: 'title', seconds: 30 },
  { id: 'chapter-1', seconds: 50 },
  { id: 'story-half-second', seconds: 120 },
  { id: 'story-stakes', seconds: 90 },
  { id: 'story-long-con', seconds: 120 },
  { id: 'story-attack-chain', seconds: 120 },
  { id: 'simulation-stage-0', seconds: 60 },
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
});
