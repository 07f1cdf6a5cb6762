/**
 * Turns a myth's link into what the page shows: the kind of place, and a label that names it
 * ("Chapter 4: The tarball trick", "Timeline: …"). The page adds the base-aware address.
 */
import type { MythLinkKind } from '../content/vocabulary';

export interface MythLink {
  to: MythLinkKind;
  id: string;
}

export interface LinkTitles {
  chapters: ReadonlyMap<string, { order: number; title: string }>;
  events: ReadonlyMap<string, { title: string }>;
}

/** The words of a link, from the title of what it points at. */
export function mythLinkLabel(link: MythLink, titles: LinkTitles): string {
  switch (link.to) {
    case 'story': {
      const chapter = titles.chapters.get(link.id);
      return chapter ? `Story, chapter ${chapter.order}: ${chapter.title}` : 'The story';
    }
    case 'event':
      return `Event: ${titles.events.get(link.id)?.title ?? link.id}`;
    case 'timeline':
      return `Timeline: ${titles.events.get(link.id)?.title ?? link.id}`;
    case 'simulation':
      return `Simulation: ${SIMULATION_LABELS[link.id] ?? 'open the build simulation at this step'}`;
  }
}

/** Plain words for the simulation places myths point at; other step ids get a generic label. */
const SIMULATION_LABELS: Record<string, string> = {
  trees: 'the git tree beside the tarball',
  defences: 'which defence breaks the chain',
  gates: 'the checks that decide whether to inject',
  runtime: 'the object that acts at run time',
};
