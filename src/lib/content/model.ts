/** The resolved shapes pages and engines work with, independent of Astro's entry objects. */
import type { ActorKind, Certainty, DatePrecision, Era, Lane, SourceKind } from './vocabulary';

export interface Actor {
  id: string;
  name: string;
  kind: ActorKind;
  note: string;
  aliases: string[];
}

export interface Source {
  id: string;
  title: string;
  publisher: string;
  url: string;
  published: string;
  kind: SourceKind;
  archive?: string | undefined;
}

/** The source `id` of `sources`; citing a missing one fails the build with who cited it. */
export function requireSource(
  sources: ReadonlyMap<string, Source>,
  id: string,
  citedBy: string,
): Source {
  const source = sources.get(id);
  if (!source) throw new Error(`${citedBy} cites "${id}", which is not in content/sources`);
  return source;
}

export interface ConflictClaim {
  source: Source;
  says: string;
}

export interface StoryEvent {
  id: string;
  title: string;
  date: string;
  datePrecision: DatePrecision;
  time?: string | undefined;
  lanes: Lane[];
  actors: Actor[];
  tags: string[];
  certainty: Certainty;
  sources: Source[];
  summary: string;
  conflict?: { summary: string; claims: ConflictClaim[] } | undefined;
  era: Era;
  importance: 1 | 2 | 3;
}
