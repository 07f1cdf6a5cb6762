import { describe, expect, it } from 'vitest';

import {
  describeCitation,
  describeGitRecord,
  findGitRecord,
  gitCitationOf,
  type RepositoryRecords,
} from '../../../../src/lib/content/git-records';
import { EXAMPLE_COMMIT, EXAMPLE_TAG } from './example-records';

const COMMIT = EXAMPLE_COMMIT;
const TAG = EXAMPLE_TAG;
const snapshot: RepositoryRecords[] = [
  {
    repository: 'example/tool',
    commits: [COMMIT, { ...COMMIT, hash: 'aaaa1111ffff0000000000000000000000000000' }],
    tags: [TAG],
  },
];

describe('a git citation read from a source URL', () => {
  it('names the repository and the commit hash or the tag name', () => {
    expect(gitCitationOf('https://github.com/example/tool/commit/aaaa1111bbbb')).toEqual({
      repository: 'example/tool',
      kind: 'commit',
      hash: 'aaaa1111bbbb',
    });
    expect(gitCitationOf('https://github.com/example/tool/releases/tag/v1.0.0')).toEqual({
      repository: 'example/tool',
      kind: 'tag',
      name: 'v1.0.0',
    });
  });

  it('is nothing for a URL that is not a GitHub commit or release tag', () => {
    expect(gitCitationOf('https://example.org/post')).toBeUndefined();
    expect(gitCitationOf('https://github.com/example/tool/issues/1')).toBeUndefined();
  });

  it('is nothing for an archived copy, a patch download or a tag page with a query', () => {
    const page = 'https://github.com/example/tool/commit/aaaa1111bbbb';
    expect(gitCitationOf(`https://web.archive.org/web/2024/${page}`)).toBeUndefined();
    expect(gitCitationOf(`${page}.patch`)).toBeUndefined();
    expect(
      gitCitationOf(
        `https://web.archive.org/web/2024/https://github.com/example/tool/releases/tag/v1`,
      ),
    ).toBeUndefined();
    expect(
      gitCitationOf('https://github.com/example/tool/releases/tag/v1.0.0?expanded=true'),
    ).toBeUndefined();
  });

  it('is named in messages by repository and tag name or short hash', () => {
    expect(describeCitation({ repository: 'example/tool', kind: 'tag', name: 'v1.0.0' })).toBe(
      'example/tool tag v1.0.0',
    );
    expect(
      describeCitation({ repository: 'example/tool', kind: 'commit', hash: COMMIT.hash }),
    ).toBe('example/tool commit aaaa1111');
  });
});

describe('finding a cited record in the snapshot', () => {
  it('finds a tag by name and a commit by an abbreviated hash that only it starts with', () => {
    const tag = findGitRecord(snapshot, {
      repository: 'example/tool',
      kind: 'tag',
      name: 'v1.0.0',
    });
    expect(tag).toEqual({ kind: 'tag', repository: 'example/tool', record: TAG });
    const commit = findGitRecord(snapshot, {
      repository: 'example/tool',
      kind: 'commit',
      hash: 'aaaa1111bbbb',
    });
    expect(commit?.record).toEqual(COMMIT);
  });

  it('finds nothing for a hash two commits start with, or an unknown repository', () => {
    expect(
      findGitRecord(snapshot, { repository: 'example/tool', kind: 'commit', hash: 'aaaa1111' }),
    ).toBeUndefined();
    expect(
      findGitRecord(snapshot, { repository: 'other/tool', kind: 'tag', name: 'v1.0.0' }),
    ).toBeUndefined();
  });
});

describe('a git record described for readers', () => {
  it('gives author and commit time for a commit, tagger and tag time for a tag, in UTC', () => {
    expect(describeGitRecord({ kind: 'commit', repository: 'example/tool', record: COMMIT })).toBe(
      'Authored by A. Author 2024-02-22 23:10:00 UTC; committed by C. Committer 2024-02-23 15:09:59 UTC',
    );
    expect(describeGitRecord({ kind: 'tag', repository: 'example/tool', record: TAG })).toBe(
      'Tagged by T. Tagger 2024-02-24 08:22:06 UTC',
    );
  });

  it('says a lightweight tag has no tagger or tag time', () => {
    const record = { ...TAG, tagger: null, tagTime: null };
    expect(describeGitRecord({ kind: 'tag', repository: 'example/tool', record })).toBe(
      'Lightweight tag (no tagger or tag time)',
    );
  });

  it('names no tagger it does not have, even when a tag time is known', () => {
    const record = { ...TAG, tagger: null };
    expect(describeGitRecord({ kind: 'tag', repository: 'example/tool', record })).toBe(
      'Lightweight tag (no tagger or tag time)',
    );
  });
});
