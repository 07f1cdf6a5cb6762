/**
 * The git records snapshot (content/records/<owner>+<name>.yaml, written by `npm run records`)
 * and how a cited commit or tag is found in it. Pure, so pages and tests share it.
 */
import type { TimeBasis } from './vocabulary';

export interface CommitRecord {
  hash: string;
  author: string;
  authorTime: string;
  committer: string;
  commitTime: string;
  subject: string;
}

export interface TagRecord {
  name: string;
  tagger: string | null;
  tagTime: string | null;
  commit: string;
}

export interface RepositoryRecords {
  repository: string;
  commits: CommitRecord[];
  tags: TagRecord[];
}

export type GitCitation =
  | { repository: string; kind: 'commit'; hash: string }
  | { repository: string; kind: 'tag'; name: string };

export type GitRecord =
  | { kind: 'commit'; repository: string; record: CommitRecord }
  | { kind: 'tag'; repository: string; record: TagRecord };

/** The commit or tag a source URL points at (GitHub `/commit/<hash>` or `/releases/tag/<name>`). */
export function gitCitationOf(url: string): GitCitation | undefined {
  const commit = /^https:\/\/github\.com\/([\w.-]+\/[\w.-]+)\/commit\/([0-9a-f]{7,40})$/.exec(url);
  if (commit) return { repository: commit[1]!, kind: 'commit', hash: commit[2]! };
  const tag = /^https:\/\/github\.com\/([\w.-]+\/[\w.-]+)\/releases\/tag\/([^/?#]+)$/.exec(url);
  if (tag) return { repository: tag[1]!, kind: 'tag', name: decodeURIComponent(tag[2]!) };
  return undefined;
}

/** "owner/name v5.4.2" or "owner/name 413b86fc": how messages name a citation. */
export function describeCitation(citation: GitCitation): string {
  return `${citation.repository} ${citation.kind === 'tag' ? `tag ${citation.name}` : `commit ${citation.hash.slice(0, 8)}`}`;
}

/** The record a citation names; an abbreviated hash must match exactly one commit. */
export function findGitRecord(
  snapshot: readonly RepositoryRecords[],
  citation: GitCitation,
): GitRecord | undefined {
  const repository = snapshot.find((entry) => entry.repository === citation.repository);
  if (!repository) return undefined;
  if (citation.kind === 'tag') {
    const record = repository.tags.find((tag) => tag.name === citation.name);
    return record && { kind: 'tag', repository: citation.repository, record };
  }
  const matches = repository.commits.filter((commit) => commit.hash.startsWith(citation.hash));
  return matches.length === 1
    ? { kind: 'commit', repository: citation.repository, record: matches[0]! }
    : undefined;
}

/** The record's UTC times by basis: a commit has author and commit time, a tag its tag time. */
export function recordTimes(found: GitRecord): Partial<Record<TimeBasis, string>> {
  if (found.kind === 'commit')
    return { author: found.record.authorTime, commit: found.record.commitTime };
  return found.record.tagTime ? { tag: found.record.tagTime } : {};
}

/** "2024-02-23 15:09:59 UTC" from a record's ISO time. */
const readableUtc = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;

/**
 * One line for readers: "Authored by Jia Tan 2024-02-22 23:10:00 UTC; committed by Lasse Collin
 * 2024-02-23 15:09:59 UTC" or "Tagged by Jia Tan 2023-03-18 15:37:16 UTC".
 */
export function describeGitRecord(found: GitRecord): string {
  if (found.kind === 'tag') {
    const { tagger, tagTime } = found.record;
    return tagger && tagTime
      ? `Tagged by ${tagger} ${readableUtc(tagTime)}`
      : 'Lightweight tag (no tagger or tag time)';
  }
  const { author, authorTime, committer, commitTime } = found.record;
  return `Authored by ${author} ${readableUtc(authorTime)}; committed by ${committer} ${readableUtc(commitTime)}`;
}
