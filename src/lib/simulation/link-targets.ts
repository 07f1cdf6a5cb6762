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
  // Where the object that acts at run time comes from.
  runtime: 'extract-head',
  check: 'make-check',
  result: 'outcome',
};

/** Alias → the heading of a page section (no step is opened). */
const SECTION_TARGETS: Record<string, string> = {
  defences: 'sim-defences-title',
  trees: 'sim-trees-title',
  diffs: 'sim-diffs-title',
  claims: 'sim-claims-title',
};

export type LinkTarget =
  | { kind: 'step'; stepId: string }
  | { kind: 'section'; elementId: string }
  | { kind: 'none' };

export function resolveLinkTarget(name: string | null): LinkTarget {
  if (!name) return { kind: 'none' };
  if (SECTION_TARGETS[name]) return { kind: 'section', elementId: SECTION_TARGETS[name] };
  return { kind: 'step', stepId: STEP_ALIASES[name] ?? name };
}
