/** A made-up repository's commit and tag, as content/records holds them, for the git-record tests. */
import type { CommitRecord, TagRecord } from '../../../../src/lib/content/git-records';

export const EXAMPLE_COMMIT: CommitRecord = {
  hash: 'aaaa1111bbbb2222cccc3333dddd4444eeee5555',
  author: 'A. Author',
  authorTime: '2024-02-22T23:10:00Z',
  committer: 'C. Committer',
  commitTime: '2024-02-23T15:09:59Z',
  subject: 'Add a file',
};

export const EXAMPLE_TAG: TagRecord = {
  name: 'v1.0.0',
  tagger: 'T. Tagger',
  tagTime: '2024-02-24T08:22:06Z',
  commit: EXAMPLE_COMMIT.hash,
};
