import { beforeAll, describe, expect, it } from 'vitest';

import { gitCitationOf, type RepositoryRecords } from '../../../src/lib/content/git-records';
import { checkRecordTimes, type RecordCheckInput } from '../../../src/lib/content/record-times';
import type { DatePrecision, TimeBasis } from '../../../src/lib/content/vocabulary';
import { readCollection } from '../../support/content-files';

/**
 * Repositories cited by commit that no local clone could be made of. A citation of one of them
 * cannot be checked; the test below fails as soon as a snapshot for it exists, so this list
 * cannot outlive its reason.
 */
const UNRECORDED = {
  'systemd/systemd': 'too large to clone on the build machine; the pull request page is the record',
};

let input: RecordCheckInput;

beforeAll(async () => {
  const [events, sources, records] = await Promise.all([
    readCollection('events'),
    readCollection('sources'),
    readCollection<RepositoryRecords>('records'),
  ]);
  input = {
    events: events.map((file) => ({
      id: file.id,
      filePath: file.file,
      date: String(file.data.date),
      datePrecision: file.data.datePrecision as DatePrecision,
      time: file.data.time as string | undefined,
      timeBasis: file.data.timeBasis as TimeBasis | undefined,
      sources: (file.data.sources as string[]) ?? [],
      contextSources: (file.data.contextSources as string[] | undefined) ?? [],
    })),
    sources: sources.map((file) => ({
      id: file.id,
      filePath: file.file,
      url: String(file.data.url),
      published: String(file.data.published),
    })),
    snapshot: records.map((file) => file.data),
    unrecorded: UNRECORDED,
  };
});

describe('the git records in content/records', () => {
  it('hold every cited commit and tag, and every event date and time is its record’s time', () => {
    const { problems, checkedEvents, checkedSources } = checkRecordTimes(input);
    expect(problems).toEqual([]);
    // Guards against the check silently covering nothing (e.g. a renamed field).
    expect(checkedEvents.length).toBeGreaterThanOrEqual(40);
    expect(checkedSources.length).toBeGreaterThanOrEqual(50);
  });

  it('leave out only the repositories no clone could be made of', () => {
    const recorded = new Set(input.snapshot.map((entry) => entry.repository));
    const cited = new Set(
      input.sources.flatMap((source) => gitCitationOf(source.url)?.repository ?? []),
    );
    for (const repository of cited) {
      expect(recorded.has(repository) || repository in UNRECORDED, repository).toBe(true);
    }
    for (const repository of Object.keys(UNRECORDED))
      expect(recorded.has(repository), repository).toBe(false);
  });

  it('include every xz release tag from 5.2.10 on, with its tagger and UTC tag time', () => {
    const xz = input.snapshot.find((entry) => entry.repository === 'tukaani-project/xz')!;
    const names = xz.tags.map((tag) => tag.name);
    for (const name of ['v5.2.10', 'v5.2.11', 'v5.2.12', 'v5.4.2', 'v5.4.3', 'v5.6.0', 'v5.6.1'])
      expect(names).toContain(name);
    expect(names).not.toContain('v5.2.9');
    expect(xz.tags.find((tag) => tag.name === 'v5.2.11')).toMatchObject({
      tagger: 'Jia Tan',
      tagTime: '2023-03-18T14:26:55Z',
    });
  });
});
