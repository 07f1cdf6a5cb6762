import { z } from 'astro/zod';
import { beforeAll, describe, expect, it } from 'vitest';

import { checkIntegrity } from '../../../src/lib/content/integrity';
import { actorSchema, eventSchema, sourceSchema } from '../../../src/lib/content/schemas';
import { type ContentFile, readCollection } from '../../support/content-files';

type Fields = Record<string, unknown>;
let events: ContentFile<Fields>[];
let sources: ContentFile<Fields>[];
let actors: ContentFile<Fields>[];

beforeAll(async () => {
  [events, sources, actors] = await Promise.all([
    readCollection('events'),
    readCollection('sources'),
    readCollection('actors'),
  ]);
});

// The invariants of issue #3 over the real files in content/.
describe('the content as committed', () => {
  it('parses against the schemas', () => {
    const eventRules = eventSchema(() => z.string());
    for (const file of events)
      expect(eventRules.safeParse(file.data).success, file.file).toBe(true);
    for (const file of sources)
      expect(sourceSchema.safeParse(file.data).success, file.file).toBe(true);
    for (const file of actors)
      expect(actorSchema.safeParse(file.data).success, file.file).toBe(true);
  });

  it('resolves every reference, cites a primary source on every event and keeps eras in step with dates', () => {
    const conflictSources = (data: Fields) =>
      ((data.conflict as { claims?: { source: string }[] } | undefined)?.claims ?? []).map(
        (claim) => claim.source,
      );
    const problems = checkIntegrity({
      events: events.map((file) => ({
        id: file.id,
        filePath: file.file,
        date: String(file.data.date),
        era: file.data.era as never,
        sources: (file.data.sources as string[]) ?? [],
        actors: (file.data.actors as string[]) ?? [],
        conflictSources: conflictSources(file.data),
      })),
      sources: new Map(
        sources.map((file) => [file.id, { kind: file.data.kind as 'primary' | 'secondary' }]),
      ),
      actors: new Set(actors.map((file) => file.id)),
    });
    expect(problems).toEqual([]);
  });

  it('names each event file after its date', () => {
    for (const file of events)
      expect(file.id.startsWith(String(file.data.date)), file.file).toBe(true);
  });

  it('never attaches a real name to a persona', () => {
    for (const file of actors.filter((actor) => actor.data.kind === 'persona')) {
      expect(String(file.data.note), file.file).not.toMatch(/\breal name is\b|\bis actually\b/i);
    }
  });
});
