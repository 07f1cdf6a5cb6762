/**
 * Checks the myths against the rest of the content, which the per-file schema cannot see: every
 * source exists and one is primary, and every link leads somewhere real (a chapter, an event, a
 * simulation step). Each problem names the file and the field, like the event checks.
 */
import type { MythLinkKind, SourceKind } from '../content/vocabulary';

export interface MythForCheck {
  id: string;
  filePath?: string | undefined;
  order: number;
  sources: string[];
  links: { to: MythLinkKind; id: string }[];
}

export interface MythIntegrityInput {
  myths: MythForCheck[];
  sources: ReadonlyMap<string, { kind: SourceKind }>;
  chapters: ReadonlySet<string>;
  events: ReadonlySet<string>;
  /** Names `/simulation/?step=` accepts: step ids, aliases and section names. */
  simulationTargets: ReadonlySet<string>;
}

const WHERE_TARGETS_LIVE: Record<MythLinkKind, string> = {
  story: 'a file in content/chapters/',
  event: 'a file in content/events/',
  timeline: 'a file in content/events/',
  simulation: 'a simulation step or section (src/lib/simulation/link-targets.ts)',
};

export function checkMyths(input: MythIntegrityInput): string[] {
  const problems: string[] = [];
  const orders = new Map<number, string>();
  const targets: Record<MythLinkKind, ReadonlySet<string>> = {
    story: input.chapters,
    event: input.events,
    timeline: input.events,
    simulation: input.simulationTargets,
  };

  for (const myth of input.myths) {
    const where = myth.filePath ?? `myths/${myth.id}`;
    for (const id of myth.sources) {
      if (!input.sources.has(id))
        problems.push(`${where}: sources: "${id}" is not a file in content/sources/`);
    }
    if (!myth.sources.some((id) => input.sources.get(id)?.kind === 'primary')) {
      problems.push(`${where}: sources: needs at least one source of kind "primary"`);
    }
    myth.links.forEach((link, index) => {
      if (!targets[link.to].has(link.id)) {
        problems.push(
          `${where}: links[${index}].id: "${link.id}" is not ${WHERE_TARGETS_LIVE[link.to]}`,
        );
      }
    });
    const other = orders.get(myth.order);
    if (other) problems.push(`${where}: order: ${myth.order} is already used by ${other}`);
    else orders.set(myth.order, where);
  }
  return problems;
}
