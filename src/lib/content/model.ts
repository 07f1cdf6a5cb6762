/** The resolved shapes pages and engines work with, independent of Astro's entry objects. */
import type { GitRecord } from './git-records';
import type {
  ActorKind,
  Certainty,
  DatePrecision,
  Era,
  Lane,
  SourceKind,
  TimeBasis,
} from './vocabulary';

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
  /** The commit or tag the source points at, from content/records, when it is in the snapshot. */
  gitRecord?: GitRecord | undefined;
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
  /** Which time `date`/`time` is: a git record's author, commit or tag time, a mail's … */
  timeBasis?: TimeBasis | undefined;
  lanes: Lane[];
  actors: Actor[];
  tags: string[];
  certainty: Certainty;
  sources: Source[];
  /** Ids of the sources cited only for context: the event's date is not their time. */
  contextSources?: string[] | undefined;
  /** Why the event is only `reported`. */
  reportedBecause?: string | undefined;
  summary: string;
  conflict?: { summary: string; claims: ConflictClaim[] } | undefined;
  era: Era;
  importance: 1 | 2 | 3;
}
