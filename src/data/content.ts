/**
 * The one door from pages to content: loads every collection once, checks what spans
 * collections (src/lib/content/integrity.ts) and fails the build with the file and field
 * of each problem, then hands out resolved, time-ordered records.
 */
import { type CollectionEntry, getCollection } from 'astro:content';

import { compareDated } from '../lib/content/dates';
import { findGitRecord, gitCitationOf } from '../lib/content/git-records';
import { checkIntegrity } from '../lib/content/integrity';
import type { Actor, Source, StoryEvent } from '../lib/content/model';
import { collectTermUses, type TermDocument, type TermUse } from '../lib/content/term-usage';
import { chapterPath, eventPath, glossaryTermPath } from '../lib/site/paths';
import { failOnProblems } from './content-problems';

type Ref = { id: string };

export interface Library {
  events: StoryEvent[];
  eventEntries: Map<string, CollectionEntry<'events'>>;
  actors: Map<string, Actor>;
  sources: Map<string, Source>;
  chapters: CollectionEntry<'chapters'>[];
  glossary: CollectionEntry<'glossary'>[];
  corrections: CollectionEntry<'corrections'>[];
  /** Glossary id → the chapters, events and entries whose MDX uses `<Term id>`. */
  termUses: Map<string, TermUse[]>;
}

let library: Promise<Library> | undefined;

/** Everything, loaded and checked once per build. */
export function getLibrary(): Promise<Library> {
  library ??= loadLibrary();
  return library;
}

async function loadLibrary(): Promise<Library> {
  const [eventEntries, actorEntries, sourceEntries, chapters, glossary, corrections, records] =
    await Promise.all([
      getCollection('events'),
      getCollection('actors'),
      getCollection('sources'),
      getCollection('chapters'),
      getCollection('glossary'),
      getCollection('corrections'),
      getCollection('records'),
    ]);

  const actors = new Map<string, Actor>(
    actorEntries.map((entry) => [entry.id, { id: entry.id, ...entry.data }]),
  );
  const snapshot = records.map((entry) => entry.data);
  const recordOf = (url: string) => {
    const citation = gitCitationOf(url);
    return citation && findGitRecord(snapshot, citation);
  };
  const sources = new Map<string, Source>(
    sourceEntries.map((entry) => [
      entry.id,
      { id: entry.id, ...entry.data, gitRecord: recordOf(entry.data.url) },
    ]),
  );

  /** A file whose prose may use <Term>, as the term checks and the glossary's backlinks see it. */
  const termDocument = (
    kind: TermDocument['kind'],
    entry: { id: string; body?: string | undefined; filePath?: string | undefined },
    title: string,
    href: string,
  ): TermDocument => ({
    kind,
    id: entry.id,
    title,
    href,
    body: entry.body ?? '',
    filePath: entry.filePath,
  });
  const termDocuments: TermDocument[] = [
    ...chapters.map((entry) =>
      termDocument('chapter', entry, entry.data.title, chapterPath(entry.id)),
    ),
    ...eventEntries.map((entry) =>
      termDocument('event', entry, entry.data.title, eventPath(entry.id)),
    ),
    ...glossary.map((entry) =>
      termDocument('glossary', entry, entry.data.term, glossaryTermPath(entry.id)),
    ),
  ];

  const problems = checkIntegrity({
    events: eventEntries.map((entry) => ({
      id: entry.id,
      filePath: entry.filePath,
      date: entry.data.date,
      era: entry.data.era,
      sources: (entry.data.sources as Ref[]).map((ref) => ref.id),
      actors: (entry.data.actors as Ref[]).map((ref) => ref.id),
      conflictSources: (entry.data.conflict?.claims ?? []).map((claim) => (claim.source as Ref).id),
    })),
    sources,
    actors: new Set(actors.keys()),
    chapters: chapters.map((entry) => ({
      id: entry.id,
      filePath: entry.filePath,
      events: (entry.data.events as Ref[]).map((ref) => ref.id),
      body: entry.body,
    })),
    termDocuments,
    glossaryIds: new Set(glossary.map((entry) => entry.id)),
  });
  failOnProblems(
    'The content',
    problems,
    'Fix each file and field named above; the rules are in src/lib/content/schemas.ts and README "The content model".',
  );

  const pick = <T>(map: Map<string, T>, ref: Ref) => map.get(ref.id) as T;
  const events: StoryEvent[] = eventEntries
    .map((entry) => {
      const data = entry.data;
      return {
        id: entry.id,
        title: data.title,
        date: data.date,
        datePrecision: data.datePrecision,
        time: data.time,
        timeBasis: data.timeBasis,
        lanes: data.lanes,
        actors: (data.actors as Ref[]).map((ref) => pick(actors, ref)),
        tags: data.tags,
        certainty: data.certainty,
        sources: (data.sources as Ref[]).map((ref) => pick(sources, ref)),
        contextSources: (data.contextSources as Ref[]).map((ref) => ref.id),
        reportedBecause: data.reportedBecause,
        summary: data.summary,
        conflict: data.conflict && {
          summary: data.conflict.summary,
          claims: data.conflict.claims.map((claim) => ({
            source: pick(sources, claim.source as Ref),
            says: claim.says,
          })),
        },
        era: data.era,
        importance: data.importance,
      };
    })
    .sort((a, b) => compareDated(a, b) || a.id.localeCompare(b.id));

  return {
    events,
    eventEntries: new Map(eventEntries.map((entry) => [entry.id, entry])),
    actors,
    sources,
    chapters: chapters.sort((a, b) => a.data.order - b.data.order),
    glossary: glossary.sort((a, b) => a.data.term.localeCompare(b.data.term)),
    corrections: corrections.sort((a, b) => b.data.date.localeCompare(a.data.date)),
    termUses: collectTermUses(termDocuments),
  };
}

export async function getEvents(): Promise<StoryEvent[]> {
  return (await getLibrary()).events;
}
