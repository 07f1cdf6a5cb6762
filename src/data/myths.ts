/**
 * The myths-and-facts entries as pages and the deck need them: checked against the other
 * collections (src/lib/myths/integrity.ts), sources resolved, in page order. A broken entry
 * fails the build with its file and field.
 */
import { type CollectionEntry, getCollection } from 'astro:content';

import type { Source } from '../lib/content/model';
import { checkMyths } from '../lib/myths/integrity';
import { type MythLink, mythLinkLabel } from '../lib/myths/links';
import { SECTION_TARGETS, STEP_ALIASES } from '../lib/simulation/link-targets';
import { getLibrary } from './content';

type Ref = { id: string };

export interface Myth {
  id: string;
  entry: CollectionEntry<'myths'>;
  myth: string;
  verdict: CollectionEntry<'myths'>['data']['verdict'];
  sources: Source[];
  links: (MythLink & { label: string })[];
}

let myths: Promise<Myth[]> | undefined;

/** Every myth entry, loaded and checked once per build. */
export function getMyths(): Promise<Myth[]> {
  myths ??= loadMyths();
  return myths;
}

async function loadMyths(): Promise<Myth[]> {
  const [library, entries] = await Promise.all([getLibrary(), getCollection('myths')]);
  const problems = checkMyths({
    myths: entries.map((entry) => ({
      id: entry.id,
      filePath: entry.filePath,
      order: entry.data.order,
      sources: (entry.data.sources as Ref[]).map((ref) => ref.id),
      links: entry.data.links,
    })),
    sources: library.sources,
    chapters: new Set(library.chapters.map((chapter) => chapter.id)),
    events: new Set(library.events.map((event) => event.id)),
    simulationTargets: new Set([...Object.keys(STEP_ALIASES), ...Object.keys(SECTION_TARGETS)]),
  });
  if (problems.length > 0) {
    throw new Error(`The myths have ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  }

  const titles = {
    chapters: new Map(library.chapters.map((chapter) => [chapter.id, chapter.data])),
    events: new Map(library.events.map((event) => [event.id, event])),
  };
  return entries
    .sort((a, b) => a.data.order - b.data.order)
    .map((entry) => ({
      id: entry.id,
      entry,
      myth: entry.data.myth,
      verdict: entry.data.verdict,
      sources: (entry.data.sources as Ref[]).map((ref) => library.sources.get(ref.id)!),
      links: entry.data.links.map((link) => ({ ...link, label: mythLinkLabel(link, titles) })),
    }));
}
