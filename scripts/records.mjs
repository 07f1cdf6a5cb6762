#!/usr/bin/env node
// `npm run records -- <git dir> [<git dir> …]`: reads the commits and tags content/ cites from
// local clones (bare or not) and writes content/records/<owner>+<name>.yaml, one per repository.
// A git dir is named after its repository ("…/tukaani-project+xz/repo") or given as
// "owner/name=<git dir>". Running it again over the same clones gives the same bytes.
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { listFiles } from './lib/files.mjs';
import {
  ALWAYS_RECORDED_TAGS,
  COMMIT_FORMAT,
  findCitations,
  formatRecords,
  parseCommit,
  parseTags,
  recordsFileName,
  resolveTagIds,
  TAG_FORMAT,
} from './lib/git-records.mjs';

const CONTENT = 'content';
const RECORDS = join(CONTENT, 'records');

function repositoryOf(argument) {
  const explicit = /^([\w.-]+\/[\w.-]+)=(.+)$/.exec(argument);
  if (explicit) return { repository: explicit[1], gitDir: explicit[2] };
  const named = /([\w.-]+)\+([\w.-]+)/.exec(argument);
  if (!named)
    throw new Error(`cannot tell which repository "${argument}" is: pass owner/name=${argument}`);
  return { repository: `${named[1]}/${named[2]}`, gitDir: argument };
}

const git = (gitDir, args) =>
  execFileSync('git', ['--git-dir', gitDir, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });

const clones = process.argv.slice(2).map(repositoryOf);
if (!clones.length) {
  console.error('usage: npm run records -- <git dir> [<git dir> …]');
  process.exit(2);
}

const files = (await listFiles(CONTENT)).filter((path) => !path.startsWith('records/'));
const texts = await Promise.all(files.map((path) => readFile(join(CONTENT, path), 'utf8')));
const citations = findCitations(texts);
const given = new Set(clones.map((clone) => clone.repository));
let problems = 0;

await mkdir(RECORDS, { recursive: true });
for (const { repository, gitDir } of clones) {
  const cited = citations.get(repository) ?? {
    commits: new Set(),
    tags: new Set(),
    tagIds: new Set(),
  };
  const allTags = parseTags(git(gitDir, ['for-each-ref', `--format=${TAG_FORMAT}`, 'refs/tags']));
  const { names, missing } = resolveTagIds(
    cited,
    allTags.map((tag) => tag.name),
  );
  const always = ALWAYS_RECORDED_TAGS[repository] ?? (() => false);
  const tags = allTags.filter((tag) => names.includes(tag.name) || always(tag.name));
  const commits = [];
  for (const hash of cited.commits) {
    try {
      commits.push(
        parseCommit(git(gitDir, ['show', '-s', `--format=${COMMIT_FORMAT}`, `${hash}^{commit}`])),
      );
    } catch {
      missing.push(hash);
    }
  }
  for (const name of missing) console.error(`${repository}: cited "${name}" is not in ${gitDir}`);
  problems += missing.length;
  if (!commits.length && !tags.length) {
    console.log(`${repository}: nothing cited, no file written`);
    continue;
  }
  await writeFile(
    join(RECORDS, recordsFileName(repository)),
    formatRecords(repository, commits, tags),
  );
  console.log(
    `${repository}: ${new Set(commits.map((c) => c.hash)).size} commits, ${tags.length} tags`,
  );
}
for (const [repository, cited] of citations) {
  if (given.has(repository)) continue;
  const hashes = [...cited.commits];
  // An id's abbreviated hash and the URL's full one are the same commit.
  const commits = hashes.filter(
    (hash) => !hashes.some((other) => other !== hash && other.startsWith(hash)),
  );
  const count = commits.length + cited.tags.size + cited.tagIds.size;
  console.warn(`${repository}: ${count} cited record(s) not written (no clone given)`);
}
process.exit(problems ? 1 : 0);
