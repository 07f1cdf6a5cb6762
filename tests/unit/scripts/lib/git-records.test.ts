import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import {
  findCitations,
  formatRecords,
  parseCommit,
  parseTags,
  resolveTagIds,
  tagIdSpelling,
  utcIso,
} from '../../../../scripts/lib/git-records.mjs';

// Git's output for two commits and three tags, as `npm run records` asks for it (NUL-separated).
const NUL = '\u0000';
const COMMIT_A =
  [
    '1111111111111111111111111111111111111111',
    'Jia Tan',
    '1678112043',
    'Lasse Collin',
    '1678199043',
    'Tests: Add a file',
  ].join(NUL) + '\n';
const COMMIT_B =
  [
    '0000aaaa00000000000000000000000000000000',
    'Ünïcode "Name"',
    '1700000000',
    'GitHub',
    '1700000000',
    'Merge pull request #7',
  ].join(NUL) + '\n';
const TAGS = [
  [
    'v5.4.2',
    'tag',
    'Jia Tan',
    '1679153836',
    '1111111111111111111111111111111111111111',
    '9999999999999999999999999999999999999999',
  ],
  [
    'v5.2.11',
    'tag',
    'Jia Tan',
    '1679149615',
    '2222222222222222222222222222222222222222',
    '8888888888888888888888888888888888888888',
  ],
  ['V_9_8_P1', 'commit', '', '', '', '3333333333333333333333333333333333333333'],
]
  .map((fields) => fields.join(NUL))
  .join('\n');

describe('the git records snapshot', () => {
  it('reads git’s unix times as UTC ISO text', () => {
    expect(utcIso('1679149615')).toBe('2023-03-18T14:26:55Z');
    expect(() => utcIso('yesterday')).toThrow(/not a unix time/);
  });

  it('reads a commit and the tags, with lightweight tags pointing at their commit', () => {
    expect(parseCommit(COMMIT_A)).toEqual({
      hash: '1111111111111111111111111111111111111111',
      author: 'Jia Tan',
      authorTime: '2023-03-06T14:14:03Z',
      committer: 'Lasse Collin',
      commitTime: '2023-03-07T14:24:03Z',
      subject: 'Tests: Add a file',
    });
    const tags = parseTags(TAGS);
    expect(tags[1]).toEqual({
      name: 'v5.2.11',
      tagger: 'Jia Tan',
      tagTime: '2023-03-18T14:26:55Z',
      commit: '2222222222222222222222222222222222222222',
    });
    expect(tags[2]).toEqual({
      name: 'V_9_8_P1',
      tagger: null,
      tagTime: null,
      commit: '3333333333333333333333333333333333333333',
    });
    expect(() => parseCommit('not git output')).toThrow(/unexpected git output/);
  });

  it('writes the same bytes for the same records, whatever order and repetition they come in', () => {
    const commits = [parseCommit(COMMIT_A), parseCommit(COMMIT_B)];
    const tags = parseTags(TAGS);
    const first = formatRecords('tukaani-project/xz', commits, tags);
    const again = formatRecords(
      'tukaani-project/xz',
      [...commits].reverse().concat(commits),
      [...tags].reverse(),
    );
    expect(again).toBe(first);
    expect(first).toMatchSnapshot();
    // What the build reads back is what git said.
    const read = parse(first);
    expect(read.commits[0].author).toBe('Ünïcode "Name"');
    expect(read.tags.map((tag: { name: string }) => tag.name)).toEqual([
      'V_9_8_P1',
      'v5.2.11',
      'v5.4.2',
    ]);
  });

  it('finds commits and tags cited by URL or by source id, and matches tag ids to real tag names', () => {
    const citations = findCitations([
      'url: https://github.com/tukaani-project/xz/commit/4323bc3e0c1e1d2037d5e670a3bf6633e8a3031e',
      'sources: [xz-git-4323bc3e, xz-tag-v5-6-0, openssh-portable-tag-v-9-8-p1]',
      'url: https://github.com/openssh/openssh-portable/releases/tag/V_9_8_P1',
      'see tukaani-project-xz-pr-53',
    ]);
    expect([...citations.keys()].sort()).toEqual([
      'openssh/openssh-portable',
      'tukaani-project/xz',
    ]);
    const xz = citations.get('tukaani-project/xz');
    expect([...xz.commits].sort()).toEqual([
      '4323bc3e',
      '4323bc3e0c1e1d2037d5e670a3bf6633e8a3031e',
    ]);
    expect(resolveTagIds(xz, ['v5.6.0', 'v5.6.1'])).toEqual({ names: ['v5.6.0'], missing: [] });
    expect(resolveTagIds(xz, ['v5.6.1'])).toEqual({ names: [], missing: ['v5-6-0'] });
    expect(resolveTagIds(citations.get('openssh/openssh-portable'), ['V_9_8_P1']).names).toEqual([
      'V_9_8_P1',
    ]);
    expect(tagIdSpelling('v4.999.9beta')).toBe('v4-999-9beta');
  });
});
