/**
 * The presenter deck for this build: the content records mapped to the deck's plain shapes
 * (src/lib/present/slides.ts) and turned into slides once. Both /present/ and
 * /present/notes/ use it, so the two windows always agree on the slide count.
 */
import { requireSource, type Source } from '../lib/content/model';
import { buildDeck } from '../lib/present/deck';
import { openingParagraphs, sectionHeadings } from '../lib/present/plain-text';
import { SIMULATION_STEPS } from '../lib/present/simulation-steps';
import type { DeckChapter, DeckEvent, DeckMyth, DeckSource, Slide } from '../lib/present/slides';
import { STORY } from '../lib/present/talk';
import { SITE_TAGLINE, SITE_TITLE } from '../lib/site/navigation';
import { getLibrary } from './content';
import { getMyths } from './myths';

let deck: Promise<Slide[]> | undefined;

/** The slides of the talk, built once per build. */
export function getDeck(): Promise<Slide[]> {
  deck ??= loadDeck();
  return deck;
}

async function loadDeck(): Promise<Slide[]> {
  const [{ chapters, events, eventEntries, sources }, myths] = await Promise.all([
    getLibrary(),
    getMyths(),
  ]);
  const deckSource = ({ title, publisher, published, kind, url }: Source): DeckSource => ({
    title,
    publisher,
    published,
    kind,
    url,
  });
  const deckEvents: DeckEvent[] = events.map((event) => ({
    id: event.id,
    title: event.title,
    date: event.date,
    datePrecision: event.datePrecision,
    time: event.time,
    certainty: event.certainty,
    importance: event.importance,
    summary: event.summary,
    sources: event.sources.map(deckSource),
    conflictSummary: event.conflict?.summary,
    opening: openingParagraphs(eventEntries.get(event.id)?.body ?? '', 420),
    // The event's first actor is the one who acts: a persona there is marked on the long con.
    personas: event.actors
      .slice(0, 1)
      .filter((actor) => actor.kind === 'persona')
      .map((actor) => actor.name),
  }));
  const deckChapters: DeckChapter[] = chapters.map((entry) => ({
    id: entry.id,
    order: entry.data.order,
    title: entry.data.title,
    summary: entry.data.summary,
    objectives: entry.data.objectives,
    eventIds: (entry.data.events as { id: string }[]).map((ref) => ref.id),
    simulationStep: entry.data.simulationStep,
    opening: openingParagraphs(entry.body ?? '', 700),
    sections: sectionHeadings(entry.body ?? ''),
  }));
  const deckMyths: DeckMyth[] = myths.map((myth) => ({
    id: myth.id,
    myth: myth.myth,
    verdict: myth.verdict,
    record: openingParagraphs(myth.entry.body ?? '', 700),
    sources: myth.sources.map(deckSource),
  }));
  return buildDeck({
    siteTitle: SITE_TITLE,
    tagline: SITE_TAGLINE,
    chapters: deckChapters,
    events: deckEvents,
    steps: SIMULATION_STEPS,
    myths: deckMyths,
    story: STORY,
    source: (id, citedBy) => deckSource(requireSource(sources, id, citedBy)),
  });
}
