/**
 * Names other pages may use in `?step=`: every step id, plus friendly aliases for phases and
 * sections (the story chapters link to "stage-0", "runtime", "defences").
 */

/** Alias → the step it opens. */
export const STEP_ALIASES: Record<string, string> = {
  release: 'git-tag',
  source: 'get-source',
  'stage-0': 'stage0-grep',
  'stage-1': 'stage1-decompress',
  'stage-2': 'stage2-read-config',
  gates: 'gate-ifunc',
  'stage-2-make': 'make-rerun',
  object: 'extract-head',
  runtime: 'runtime-load',
  check: 'make-check',
  result: 'outcome',
};

/** Alias → the heading of a page section (no step is opened). */
export const SECTION_TARGETS: Record<string, string> = {
  defences: 'sim-defences-title',
  trees: 'sim-trees-title',
  diffs: 'sim-diffs-title',
  claims: 'sim-claims-title',
};

export type LinkTarget =
  | { kind: 'step'; stepId: string }
  | { kind: 'section'; elementId: string }
  | { kind: 'none' };

/** Own keys only: `?step=constructor` must not find Object.prototype.constructor. */
const own = (table: Record<string, string>, name: string): string | undefined =>
  Object.hasOwn(table, name) ? table[name] : undefined;

/** The step an alias opens, or the name itself (a step id, or nothing at all). */
export const stepForName = (name: string): string => own(STEP_ALIASES, name) ?? name;

export function resolveLinkTarget(name: string | null): LinkTarget {
  if (!name) return { kind: 'none' };
  const section = own(SECTION_TARGETS, name);
  if (section) return { kind: 'section', elementId: section };
  return { kind: 'step', stepId: stepForName(name) };
}
