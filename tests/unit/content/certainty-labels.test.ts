import { beforeAll, describe, expect, it } from 'vitest';

import {
  checkCertainty,
  type EventForCertaintyCheck,
  recordKindOf,
} from '../../../src/lib/content/certainty-rule';
import type { Certainty, SourceKind } from '../../../src/lib/content/vocabulary';
import { readCollection } from '../../support/content-files';

let events: EventForCertaintyCheck[];
let sources: Map<string, { kind: SourceKind; url: string }>;

beforeAll(async () => {
  const [eventFiles, sourceFiles] = await Promise.all([
    readCollection('events'),
    readCollection('sources'),
  ]);
  events = eventFiles.map((file) => ({
    id: file.id,
    filePath: file.file,
    certainty: file.data.certainty as Certainty,
    sources: (file.data.sources as string[]) ?? [],
    contextSources: (file.data.contextSources as string[] | undefined) ?? [],
    reportedBecause: file.data.reportedBecause as string | undefined,
  }));
  sources = new Map(
    sourceFiles.map((file) => [
      file.id,
      { kind: file.data.kind as SourceKind, url: String(file.data.url) },
    ]),
  );
});

describe('the certainty labels as committed', () => {
  it('are confirmed wherever the event’s own primary record was read, and say why otherwise', () => {
    expect(checkCertainty(events, sources)).toEqual([]);
  });

  it('give every reported event a reason', () => {
    const reported = events.filter((event) => event.certainty === 'reported');
    expect(reported.length).toBeGreaterThan(0);
    for (const event of reported)
      expect(event.reportedBecause?.length ?? 0, event.filePath).toBeGreaterThanOrEqual(20);
  });

  it('recognise the project’s own records among the primary sources', () => {
    // Guards the rule against silently matching nothing after a change of address patterns.
    const kinds = new Set([...sources.values()].map((source) => recordKindOf(source.url)));
    for (const kind of ['git', 'mail', 'bug', 'pull-request', 'advisory', 'package-archive'])
      expect(kinds, kind).toContain(kind);
  });
});
