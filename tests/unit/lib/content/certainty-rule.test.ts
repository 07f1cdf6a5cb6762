import { describe, expect, it } from 'vitest';

import {
  checkCertainty,
  type EventForCertaintyCheck,
  recordKindOf,
} from '../../../../src/lib/content/certainty-rule';

const sources = new Map([
  ['bug', { kind: 'primary' as const, url: 'https://bugs.debian.org/cgi-bin/bugreport.cgi?bug=1' }],
  ['post', { kind: 'primary' as const, url: 'https://social.example/@someone/1' }],
  ['blog', { kind: 'secondary' as const, url: 'https://example.org/timeline' }],
]);
const event = (fields: Partial<EventForCertaintyCheck>): EventForCertaintyCheck => ({
  id: 'e',
  filePath: 'content/events/e.mdx',
  certainty: 'reported',
  sources: ['bug', 'blog'],
  contextSources: [],
  ...fields,
});

describe('the certainty rule', () => {
  it('tells records from other primary sources by their address', () => {
    expect(recordKindOf('https://github.com/o/r/commit/abcdef12')).toBe('git');
    expect(recordKindOf('https://github.com/o/r/releases/tag/v1.0')).toBe('git');
    expect(recordKindOf('https://www.mail-archive.com/xz-devel@tukaani.org/msg00512.html')).toBe(
      'mail',
    );
    expect(recordKindOf('https://lore.kernel.org/lkml/x@y/')).toBe('mail');
    expect(recordKindOf('https://bugzilla.redhat.com/show_bug.cgi?id=1')).toBe('bug');
    expect(recordKindOf('https://github.com/o/r/pull/7')).toBe('pull-request');
    expect(recordKindOf('https://www.cisa.gov/news-events/alerts/2024/03/29/x')).toBe('advisory');
    expect(recordKindOf('https://tracker.debian.org/news/1/')).toBe('package-archive');
    expect(recordKindOf('https://github.com/JiaT75')).toBeUndefined();
    expect(recordKindOf('https://bsky.app/profile/x/post/1')).toBeUndefined();
  });

  it('does not let a reported event cite its own record without saying why it does not confirm it', () => {
    expect(checkCertainty([event({ reportedBecause: 'We did not look.' })], sources)).toEqual([
      'content/events/e.mdx: certainty: "reported" although it cites the bug record "bug": read it and mark the event confirmed, or say in reportedBecause why "bug" does not confirm it',
    ]);
    expect(
      checkCertainty([event({ reportedBecause: 'The page of bug was not read here.' })], sources),
    ).toEqual([]);
  });

  it('lets a reported event cite records as context and non-record primary sources freely', () => {
    expect(
      checkCertainty(
        [event({ contextSources: ['bug'], reportedBecause: 'No record of the day.' })],
        sources,
      ),
    ).toEqual([]);
    expect(
      checkCertainty(
        [event({ sources: ['post', 'blog'], reportedBecause: 'Only a post says so.' })],
        sources,
      ),
    ).toEqual([]);
  });

  it('does not let a confirmed event rest on context and secondary sources alone', () => {
    expect(
      checkCertainty([event({ certainty: 'confirmed', contextSources: ['bug'] })], sources),
    ).toHaveLength(1);
    expect(checkCertainty([event({ certainty: 'confirmed' })], sources)).toEqual([]);
  });

  it('names the file and the rule when a confirmed event has no primary source of its own', () => {
    expect(
      checkCertainty([event({ certainty: 'confirmed', sources: ['missing', 'blog'] })], sources),
    ).toEqual([
      `content/events/e.mdx: certainty: "confirmed" needs a primary source cited as the event's own record, but every primary source is under contextSources`,
    ]);
  });

  it('asks a reported event without any reason about each record it cites', () => {
    expect(checkCertainty([event({})], sources)).toEqual([
      'content/events/e.mdx: certainty: "reported" although it cites the bug record "bug": read it and mark the event confirmed, or say in reportedBecause why "bug" does not confirm it',
    ]);
  });
});
