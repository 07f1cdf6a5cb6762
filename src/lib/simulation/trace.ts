/**
 * The simulation's output: an ordered list of steps, each a command with its output, the files
 * it read and wrote, the bytes that went in and out, and — for the script's checks — whether the
 * gate passed and why.
 */
import type { SourceId } from './constants.ts';
import type { Environment } from './environment.ts';
import type { DiffLine } from './line-diff.ts';

export type Phase =
  | 'release'
  | 'source'
  | 'configure'
  | 'stage0'
  | 'stage1'
  | 'stage2-configure'
  | 'make'
  | 'stage2-make'
  | 'check'
  | 'runtime'
  | 'outcome';

export const PHASE_LABELS: Record<Phase, string> = {
  release: 'Release',
  source: 'Builder gets the source',
  configure: './configure',
  stage0: 'Stage 0 (in configure)',
  stage1: 'Stage 1',
  'stage2-configure': 'Stage 2, configure branch',
  make: 'make',
  'stage2-make': 'Stage 2, make branch',
  check: 'make check',
  runtime: 'Run time: sshd (described, not run)',
  outcome: 'Result',
};

export type TreeName = 'git' | 'tarball' | 'build';
export type FileChange = 'read' | 'created' | 'modified' | 'deleted' | 'restored';

export interface FileTouch {
  tree: TreeName;
  path: string;
  change: FileChange;
  bytes?: number;
}

export interface ByteView {
  label: string;
  bytes: Uint8Array;
  /** How to show it: hex for binary, text for scripts; both when it is worth comparing. */
  show: 'hex' | 'text' | 'both';
  /** Show at most this many bytes, as a labelled excerpt (long placeholders). */
  excerpt?: number;
  /** Byte positions to highlight (e.g. the ones tr changed). */
  highlight?: number[];
}

export interface GateResult {
  passed: boolean;
  reason: string;
}

export interface TraceStep {
  id: string;
  phase: Phase;
  title: string;
  command: string;
  output: string[];
  /** One or two sentences in plain language: what this does and why it matters. */
  explain: string;
  touches: FileTouch[];
  bytesIn?: number;
  bytesOut?: number;
  views?: ByteView[];
  diff?: { label: string; lines: DiffLine[] };
  gate?: GateResult;
  sources?: SourceId[];
  /** The step after which the injection chain is over (it failed here, or it finished). */
  endsChain?: boolean;
}

export type Verdict = 'backdoored' | 'clean';

export interface Outcome {
  verdict: Verdict;
  /** The step that decided it: the first failing gate, or the step that linked the object. */
  decidedBy: { stepId: string; title: string; reason: string };
  artifact: string;
  digests: { built: string; reference: string };
  /** Stage 2 changed compiler and linker flags even though no object went in. */
  flagsAltered: boolean;
  makeCheckPassed: boolean;
  /**
   * Run time, for a backdoored library: did the machine's sshd end up with the hook, and if not,
   * at which step did the chain break (an sshd without libsystemd, lazy loading, LD_BIND_NOT).
   */
  runtime: { hooked: boolean; stoppedAt: string | null } | null;
  /** The readable head of both stand-in libraries, for the artifact diff. */
  libraryText: { built: string[]; reference: string[] };
}

export interface Trace {
  env: Environment;
  steps: TraceStep[];
  outcome: Outcome;
}

const SILENT_EXIT = 'exit 0   (silently: nothing is printed, configure and make carry on)';

/** Collects steps; ids must be unique so that links to a step are stable. */
export class TraceRecorder {
  readonly steps: TraceStep[] = [];

  add(
    step: Omit<TraceStep, 'touches' | 'output'> & Partial<Pick<TraceStep, 'touches' | 'output'>>,
  ): TraceStep {
    if (this.steps.some((s) => s.id === step.id)) throw new Error(`duplicate step id ${step.id}`);
    const full: TraceStep = { touches: [], output: [], ...step };
    this.steps.push(full);
    return full;
  }

  /**
   * A check that can end the chain: its pass/fail and reason become output lines. `before`
   * lines come first (what the command printed); `onFail` defaults to the script's silent exit.
   */
  gate(
    step: Omit<TraceStep, 'touches' | 'output' | 'gate' | 'endsChain'> & {
      touches?: FileTouch[];
      before?: string[];
    },
    result: GateResult,
    onFail: string[] = [SILENT_EXIT],
  ): boolean {
    const { before = [], ...rest } = step;
    this.add({
      ...rest,
      gate: result,
      output: [
        ...before,
        result.passed ? `✓ ${result.reason}` : `✗ ${result.reason}`,
        ...(result.passed ? [] : onFail),
      ],
      endsChain: !result.passed,
    });
    return result.passed;
  }
}
