/**
 * Decisions the page makes between the URL, the trace and the stepper — kept pure so that
 * links to steps that do not exist in a build, or announcements, can be tested.
 */
import { stepForName } from './link-targets.ts';
import { byPath } from './path-order.ts';
import { type FileTouch, type Phase, PHASE_LABELS, type Trace, type TraceStep } from './trace.ts';

export interface StepResolution {
  index: number;
  message: string | null;
}

/** Finds a linked step in this build; a step the chain never reached falls back to where it ended. */
export function resolveStep(trace: Trace, stepId: string | null): StepResolution {
  if (stepId === null) return { index: -1, message: null };
  const wanted = stepForName(stepId);
  const index = trace.steps.findIndex((s) => s.id === wanted);
  if (index >= 0) return { index, message: null };
  // A backdoored run contains every step there is, so a name missing from it names no step at all.
  if (trace.outcome.verdict === 'backdoored') {
    return {
      index: -1,
      message: `The link's step “${stepId.slice(0, 40)}” is not a step of this simulation, so the run starts at the beginning.`,
    };
  }
  const decided = trace.steps.findIndex((s) => s.id === trace.outcome.decidedBy.stepId);
  return {
    index: decided,
    message: `The step “${stepId}” does not happen in this build — the chain ended at “${trace.outcome.decidedBy.title}”. Showing that step instead.`,
  };
}

/** One sentence for screen readers when a step comes on screen. */
export function announce(step: TraceStep | undefined, index: number, total: number): string {
  if (!step) return 'Reset: nothing has run yet.';
  const gate = step.gate
    ? step.gate.passed
      ? ' — passed.'
      : ` — failed: ${step.gate.reason}.`
    : '.';
  const verdict = step.id === 'outcome' ? ` ${step.output[step.output.length - 1] ?? ''}` : '';
  return `Step ${index + 1} of ${total}: ${step.title}${gate}${verdict}`;
}

/** Phases in the order they occur in this trace, with the first step of each. */
export function phasesOf(trace: Trace): Array<{ phase: Phase; label: string; firstIndex: number }> {
  const seen = new Map<Phase, number>();
  trace.steps.forEach((step, index) => {
    if (!seen.has(step.phase)) seen.set(step.phase, index);
  });
  return [...seen].map(([phase, firstIndex]) => ({
    phase,
    label: PHASE_LABELS[phase],
    firstIndex,
  }));
}

export interface BuildFileState {
  path: string;
  change: FileTouch['change'];
  bytes?: number;
  /** Touched by the step on screen. */
  current: boolean;
}

/** The build tree after steps 0..index: every file written or read so far, latest state wins. */
export function buildTreeAt(trace: Trace, index: number): BuildFileState[] {
  const files = new Map<string, BuildFileState>();
  trace.steps.slice(0, index + 1).forEach((step, i) => {
    for (const touch of step.touches) {
      if (touch.tree !== 'build') continue;
      const previous = files.get(touch.path);
      // A later read does not hide that a file was created or modified.
      const change = touch.change === 'read' && previous ? previous.change : touch.change;
      files.set(touch.path, {
        path: touch.path,
        change,
        bytes: touch.bytes ?? previous?.bytes,
        current: i === index,
      });
    }
  });
  return [...files.values()].sort(byPath);
}

/**
 * Paths in a tree that the step on screen touches. The build runs inside the unpacked source,
 * so a file the build reads (a carrier, say) is also lit up where it sits in git and the tarball.
 */
export function touchedPaths(
  step: TraceStep | undefined,
  tree: 'git' | 'tarball' | 'build',
): Set<string> {
  const relevant =
    step?.touches.filter(
      (t) => t.tree === tree || (tree !== 'build' && t.tree === 'build' && t.change === 'read'),
    ) ?? [];
  return new Set(relevant.map((t) => t.path));
}
