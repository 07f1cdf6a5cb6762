// The pure half of `npm run records`: which git commits and tags content/ cites, how git's
// output is read, and how a repository's snapshot is written. No I/O here, so a unit test can
// prove that the same input always gives the same bytes.

/** Source-id prefixes (`xz-git-4323bc3e`, `xz-tag-v5-6-0`) and the repository each one means. */
const ID_PREFIXES = {
  xz: 'tukaani-project/xz',
  'oss-fuzz': 'google/oss-fuzz',
  'openssh-portable': 'openssh/openssh-portable',
  systemd: 'systemd/systemd',
  libarchive: 'libarchive/libarchive',
};

/** The xz release tags always recorded, so release events can be held to their tag. */
export const ALWAYS_RECORDED_TAGS = {
  'tukaani-project/xz': (name) => isReleaseTagFrom(name, [5, 2, 10]),
};

const FIELD_SEPARATOR = '\u0000';

/** `git show -s --format=…` for one commit; `parseCommit` reads its output. */
export const COMMIT_FORMAT = ['%H', '%an', '%at', '%cn', '%ct', '%s'].join('%x00');

/** `git for-each-ref --format=…` over refs/tags; `parseTags` reads its output. */
export const TAG_FORMAT = [
  '%(refname:strip=2)',
  '%(objecttype)',
  '%(taggername)',
  '%(taggerdate:unix)',
  '%(*objectname)',
  '%(objectname)',
].join('%00');

/** Unix seconds → "2023-03-18T14:26:55Z". */
export function utcIso(unixSeconds) {
  const seconds = Number(unixSeconds);
  if (!Number.isInteger(seconds)) throw new Error(`not a unix time: "${unixSeconds}"`);
  return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
}

/** "v5.2.10" ≥ [5, 2, 10]? Pre-releases ("v5.5.1alpha") count by their numbers. */
function isReleaseTagFrom(name, minimum) {
  const match = /^v(\d+)\.(\d+)\.(\d+)[a-z]*$/.exec(name);
  if (!match) return false;
  const parts = match.slice(1).map(Number);
  for (let index = 0; index < 3; index += 1) {
    if (parts[index] !== minimum[index]) return parts[index] > minimum[index];
  }
  return true;
}

/** How a source id spells a tag: "v5.6.0" → "v5-6-0", "V_9_8_P1" → "v-9-8-p1". */
export function tagIdSpelling(name) {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const GITHUB_COMMIT = /github\.com\/([\w.-]+\/[\w.-]+)\/commit\/([0-9a-f]{7,40})\b/g;
const GITHUB_TAG = /github\.com\/([\w.-]+\/[\w.-]+)\/releases\/tag\/([\w.+-]+)/g;
const PREFIX_PATTERN = Object.keys(ID_PREFIXES)
  .sort((a, b) => b.length - a.length)
  .join('|');
const SOURCE_ID = new RegExp(`\\b(${PREFIX_PATTERN})-(git|tag)-([0-9a-z-]+)`, 'g');

/**
 * Every commit and tag the given files cite, per repository: from GitHub commit and release-tag
 * URLs and from source ids. Commits may be abbreviated; tags from ids are in their id spelling
 * (`tagIdSpelling`) until `resolveTagIds` matches them to real tag names.
 */
export function findCitations(texts) {
  const byRepo = new Map();
  const entry = (repo) => {
    if (!byRepo.has(repo))
      byRepo.set(repo, { commits: new Set(), tags: new Set(), tagIds: new Set() });
    return byRepo.get(repo);
  };
  for (const text of texts) {
    for (const [, repo, hash] of text.matchAll(GITHUB_COMMIT)) entry(repo).commits.add(hash);
    for (const [, repo, tag] of text.matchAll(GITHUB_TAG)) entry(repo).tags.add(tag);
    for (const [, prefix, kind, rest] of text.matchAll(SOURCE_ID)) {
      const repo = ID_PREFIXES[prefix];
      if (kind === 'git' && /^[0-9a-f]{7,40}$/.test(rest)) entry(repo).commits.add(rest);
      if (kind === 'tag') entry(repo).tagIds.add(rest);
    }
  }
  return byRepo;
}

/** The real tag names a repository's cited tags stand for; unknown ids come back in `missing`. */
export function resolveTagIds(citation, tagNames) {
  const names = new Set(citation.tags);
  const missing = [];
  for (const id of citation.tagIds) {
    const name = tagNames.find((candidate) => tagIdSpelling(candidate) === id);
    if (name) names.add(name);
    else missing.push(id);
  }
  for (const name of citation.tags) if (!tagNames.includes(name)) missing.push(name);
  return {
    names: [...names].filter((name) => tagNames.includes(name)).sort(),
    missing: missing.sort(),
  };
}

/** One commit from `git show -s --format=COMMIT_FORMAT`. */
export function parseCommit(output) {
  const fields = output.replace(/\n+$/, '').split(FIELD_SEPARATOR);
  if (fields.length !== 6)
    throw new Error(`unexpected git output for a commit: ${JSON.stringify(output)}`);
  const [hash, author, authorUnix, committer, commitUnix, subject] = fields;
  return {
    hash,
    author,
    authorTime: utcIso(authorUnix),
    committer,
    commitTime: utcIso(commitUnix),
    subject,
  };
}

/** Every tag from `git for-each-ref --format=TAG_FORMAT refs/tags`. Lightweight tags have no tagger. */
export function parseTags(output) {
  return output
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [name, type, tagger, taggerUnix, peeled, object] = line.split(FIELD_SEPARATOR);
      const annotated = type === 'tag';
      return {
        name,
        tagger: annotated ? tagger : null,
        tagTime: annotated && taggerUnix ? utcIso(taggerUnix) : null,
        commit: annotated ? peeled : object,
      };
    });
}

const quote = (value) => (value === null ? 'null' : JSON.stringify(value));

/** The snapshot of one repository as YAML: commits by hash, tags by name, fixed key order. */
export function formatRecords(repository, commits, tags) {
  const byHash = [...new Map(commits.map((commit) => [commit.hash, commit])).values()].sort(
    (a, b) => a.hash.localeCompare(b.hash),
  );
  const byName = [...new Map(tags.map((tag) => [tag.name, tag])).values()].sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  const lines = [
    `# Written by \`npm run records\` from a clone of ${repository}; do not edit by hand.`,
    '# Times are UTC.',
    `repository: ${quote(repository)}`,
    byHash.length ? 'commits:' : 'commits: []',
  ];
  for (const commit of byHash) {
    lines.push(
      `  - hash: ${quote(commit.hash)}`,
      `    author: ${quote(commit.author)}`,
      `    authorTime: ${quote(commit.authorTime)}`,
      `    committer: ${quote(commit.committer)}`,
      `    commitTime: ${quote(commit.commitTime)}`,
      `    subject: ${quote(commit.subject)}`,
    );
  }
  lines.push(byName.length ? 'tags:' : 'tags: []');
  for (const tag of byName) {
    lines.push(
      `  - name: ${quote(tag.name)}`,
      `    tagger: ${quote(tag.tagger)}`,
      `    tagTime: ${quote(tag.tagTime)}`,
      `    commit: ${quote(tag.commit)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** content/records/<file> for a repository: "tukaani-project/xz" → "tukaani-project+xz.yaml". */
export function recordsFileName(repository) {
  return `${repository.replace('/', '+')}.yaml`;
}
