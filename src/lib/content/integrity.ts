/**
 * Checks that span collections, which a per-file schema cannot see: every reference resolves,
 * every event cites a primary source, ids are unique, dates sit in the story's span and in
 * their era. Each problem names the file and the field so an editor can fix it at once.
 */
import { findEventLinkIds } from './mdx-references';
import { findUnknownTerms, type TermDocument } from './term-usage';
import { type Era, ERA_RANGES, type SourceKind } from './vocabulary';

export interface EventForCheck {
  id: string;
  filePath?: string | undefined;
  date: string;
  era: Era;
  sources: string[];
  actors: string[];
  conflictSources: string[];
}

export interface IntegrityInput {
  events: EventForCheck[];
  sources: Map<string, { kind: SourceKind }>;
  actors: Set<string>;
  chapters?: {
    id: string;
    filePath?: string | undefined;
    events: string[];
    body?: string | undefined;
  }[];
  /** MDX bodies that may use `<Term id>`, checked against `glossaryIds`. */
  termDocuments?: TermDocument[];
  glossaryIds?: Set<string>;
}

const STORY_SPAN = { from: '2005-01-01', to: '2026-12-31' } as const;

/** The first day a date text can stand for, as ISO day text ("2008-12" → "2008-12-01"). */
export function firstDay(date: string): string {
  const [year, month = '01', day = '01'] = date.split('-');
  return `${year}-${month}-${day}`;
}

export function eraForDate(date: string): Era | undefined {
  const day = firstDay(date);
  return (Object.keys(ERA_RANGES) as Era[]).find(
    (era) => ERA_RANGES[era].from <= day && day <= ERA_RANGES[era].to,
  );
}

export function checkIntegrity(input: IntegrityInput): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const eventIds = new Set(input.events.map((event) => event.id));

  for (const event of input.events) {
    const where = event.filePath ?? `events/${event.id}`;
    if (seen.has(event.id))
      problems.push(`${where}: id "${event.id}" is used by more than one event`);
    seen.add(event.id);

    for (const id of [...event.sources, ...event.conflictSources]) {
      if (!input.sources.has(id))
        problems.push(`${where}: sources: "${id}" is not a file in content/sources/`);
    }
    if (!event.sources.some((id) => input.sources.get(id)?.kind === 'primary')) {
      problems.push(`${where}: sources: needs at least one source of kind "primary"`);
    }
    for (const id of event.actors) {
      if (!input.actors.has(id))
        problems.push(`${where}: actors: "${id}" is not a file in content/actors/`);
    }

    const day = firstDay(event.date);
    if (day < STORY_SPAN.from || day > STORY_SPAN.to) {
      problems.push(
        `${where}: date: ${event.date} is outside ${STORY_SPAN.from} – ${STORY_SPAN.to}`,
      );
    }
    const expectedEra = eraForDate(event.date);
    if (expectedEra && expectedEra !== event.era) {
      problems.push(
        `${where}: era: "${event.era}" does not match the date ${event.date} (expected "${expectedEra}")`,
      );
    }
  }

  for (const chapter of input.chapters ?? []) {
    const where = chapter.filePath ?? `chapters/${chapter.id}`;
    for (const id of chapter.events) {
      if (!eventIds.has(id))
        problems.push(`${where}: events: "${id}" is not a file in content/events/`);
    }
    // A chapter's event list is what readers see under "Events in this chapter", so every
    // event its prose links to must be on it.
    for (const id of findEventLinkIds(chapter.body ?? '')) {
      if (!eventIds.has(id))
        problems.push(`${where}: <EventLink id="${id}"> is not a file in content/events/`);
      else if (!chapter.events.includes(id))
        problems.push(`${where}: <EventLink id="${id}"> is missing from events:`);
    }
  }
  if (input.termDocuments && input.glossaryIds) {
    problems.push(...findUnknownTerms(input.termDocuments, input.glossaryIds));
  }
  return problems;
}
