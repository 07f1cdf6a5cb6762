import { describe, expect, it } from 'vitest';

import type { RepositoryRecords } from '../../../../src/lib/content/git-records';
import {
  checkRecordTimes,
  type EventForRecordCheck,
} from '../../../../src/lib/content/record-times';
import { EXAMPLE_COMMIT, EXAMPLE_TAG } from './example-records';

const snapshot: RepositoryRecords[] = [
  {
    repository: 'example/tool',
    commits: [EXAMPLE_COMMIT],
    tags: [EXAMPLE_TAG],
  },
];
const sources = [
  {
    id: 'tool-git-aaaa1111',
    filePath: 'content/sources/tool-git-aaaa1111.yaml',
    url: 'https://github.com/example/tool/commit/aaaa1111',
    published: '2024-02-23',
  },
  {
    id: 'tool-tag-v1-0-0',
    filePath: 'content/sources/tool-tag-v1-0-0.yaml',
    url: 'https://github.com/example/tool/releases/tag/v1.0.0',
    published: '2024-02-24',
  },
  {
    id: 'blog',
    filePath: 'content/sources/blog.yaml',
    url: 'https://example.org/post',
    published: '2024-03-01',
  },
];
const event = (fields: Partial<EventForRecordCheck>): EventForRecordCheck => ({
  id: 'e',
  filePath: 'content/events/e.mdx',
  date: '2024-02-23',
  datePrecision: 'day',
  sources: ['tool-git-aaaa1111'],
  contextSources: [],
  ...fields,
});
const check = (events: EventForRecordCheck[], extraSources = sources) =>
  checkRecordTimes({ events, sources: extraSources, snapshot });

describe('an event held to the git record it cites', () => {
  it('passes when its date and time are the record’s time of the declared basis', () => {
    const result = check([
      event({ time: '15:09', timeBasis: 'commit' }),
      event({ date: '2024-02-22', time: '23:10', timeBasis: 'author' }),
      event({ date: '2024-02-24', time: '08:22', timeBasis: 'tag', sources: ['tool-tag-v1-0-0'] }),
    ]);
    expect(result.problems).toEqual([]);
    expect(result.checkedEvents).toHaveLength(3);
    expect(result.checkedSources).toEqual(['tool-git-aaaa1111', 'tool-tag-v1-0-0']);
  });

  it('names file, field, expected and found when the time is the author time but the basis says commit', () => {
    expect(
      check([event({ date: '2024-02-22', time: '23:10', timeBasis: 'commit' })]).problems,
    ).toEqual([
      'content/events/e.mdx: date: expected "2024-02-23" (commit time of example/tool commit aaaa1111, 2024-02-23T15:09:59Z) but found "2024-02-22"',
      'content/events/e.mdx: time: expected "15:09" (commit time of example/tool commit aaaa1111, 2024-02-23T15:09:59Z) but found "23:10"',
    ]);
  });

  it('requires a git basis, and a tag basis only for tags', () => {
    expect(check([event({})]).problems[0]).toMatch(
      /timeBasis: expected one of author, commit, tag .* but found none/,
    );
    expect(check([event({ timeBasis: 'tag' })]).problems[0]).toMatch(/has no tag time/);
  });

  it('accepts a record cited as context whatever its time, but only if it is cited at all', () => {
    expect(
      check([
        event({
          date: '2024-03-01',
          sources: ['blog', 'tool-git-aaaa1111'],
          contextSources: ['tool-git-aaaa1111'],
        }),
      ]).problems,
    ).toEqual([]);
    expect(check([event({ timeBasis: 'commit', contextSources: ['blog'] })]).problems).toEqual([
      'content/events/e.mdx: contextSources: "blog" is not in sources',
    ]);
  });

  it('names every cited record and the basis found when the basis is not a git time', () => {
    expect(
      check([event({ timeBasis: 'mail', sources: ['tool-git-aaaa1111', 'tool-tag-v1-0-0'] })])
        .problems,
    ).toEqual([
      'content/events/e.mdx: timeBasis: expected one of author, commit, tag for the cited example/tool commit aaaa1111, example/tool tag v1.0.0 (or list it under contextSources) but found "mail"',
    ]);
  });

  it('accepts a git basis for a record in a repository declared unrecorded', () => {
    const other = [{ ...sources[0]!, url: 'https://github.com/big/repo/commit/ffff0000' }];
    const result = checkRecordTimes({
      events: [event({ timeBasis: 'commit' })],
      sources: other,
      snapshot,
      unrecorded: { 'big/repo': 'too big' },
    });
    expect(result.problems).toEqual([]);
    expect(result.checkedEvents).toEqual([]);
  });

  it('reports a cited commit missing from the records once, on the source', () => {
    const missing = [{ ...sources[0]!, url: 'https://github.com/example/tool/commit/ffff0000' }];
    expect(check([event({ timeBasis: 'commit' })], missing).problems).toEqual([
      'content/sources/tool-git-aaaa1111.yaml: url: example/tool commit ffff0000 is not in content/records (run npm run records)',
    ]);
  });

  it('rejects a git basis when no commit or tag is the event’s own record', () => {
    expect(check([event({ sources: ['blog'], timeBasis: 'tag' })]).problems[0]).toMatch(
      /timeBasis: "tag" names a git time/,
    );
  });

  it('compares month- and year-precision dates at their precision', () => {
    expect(
      check([event({ date: '2024-02', datePrecision: 'month', timeBasis: 'commit' })]).problems,
    ).toEqual([]);
    expect(
      check([event({ date: '2023', datePrecision: 'year', timeBasis: 'commit' })]).problems[0],
    ).toMatch(/expected "2024"/);
  });
});

describe('a source that points at a commit or tag', () => {
  it('must name a record in the snapshot, unless its repository is declared unrecorded', () => {
    const missing = [
      {
        ...sources[0]!,
        id: 'gone',
        filePath: 'content/sources/gone.yaml',
        url: 'https://github.com/example/tool/commit/ffff0000',
      },
    ];
    expect(check([], missing).problems).toEqual([
      'content/sources/gone.yaml: url: example/tool commit ffff0000 is not in content/records (run npm run records)',
    ]);
    const other = [{ ...missing[0]!, url: 'https://github.com/big/repo/commit/ffff0000' }];
    expect(
      checkRecordTimes({
        events: [],
        sources: other,
        snapshot,
        unrecorded: { 'big/repo': 'too big' },
      }).problems,
    ).toEqual([]);
  });

  it('lists both days of a commit authored and committed on different days', () => {
    const early = [{ ...sources[0]!, published: '2024-02-21' }];
    expect(check([], early).problems).toEqual([
      'content/sources/tool-git-aaaa1111.yaml: published: expected one of 2024-02-22, 2024-02-23 (the record\'s times) but found "2024-02-21"',
    ]);
  });

  it('must give one of the record’s days as its published date', () => {
    const late = [{ ...sources[1]!, published: '2024-02-25' }];
    expect(check([], late).problems).toEqual([
      'content/sources/tool-tag-v1-0-0.yaml: published: expected one of 2024-02-24 (the record\'s times) but found "2024-02-25"',
    ]);
  });
});
