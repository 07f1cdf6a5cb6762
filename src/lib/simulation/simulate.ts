/**
 * One complete run: release → source → ./configure (stages 0, 1, 2A) → make (stage 2B) →
 * link → make check → result. Deterministic; never throws for any environment or carriers.
 */
import { composeLibrary, sha256Hex } from './artifact.ts';
import { createContext, type RunContext } from './context.ts';
import type { Environment } from './environment.ts';
import type { CarrierFiles } from './fixtures/verify.ts';
import { bytesLabel } from './format.ts';
import { type ConfigureChain, runMake } from './make.ts';
import { runMakeCheck } from './make-check.ts';
import { runReleaseAndSource } from './release.ts';
import { runRuntime } from './runtime.ts';
import { runStage0 } from './stage0.ts';
import { runStage1 } from './stage1.ts';
import { runConfigureBranch } from './stage2.ts';
import { type Outcome, type Trace, TraceRecorder, type TraceStep } from './trace.ts';

export interface SimulationInput {
  env: Environment;
  /** The version's stand-in carriers; null models a tree without them. */
  carriers: CarrierFiles | null;
}

interface Draft {
  steps: TraceStep[];
  built: Uint8Array;
  reference: Uint8Array;
  outcome: Omit<Outcome, 'digests'>;
}

/** Merging the object, or else the first gate that failed: every run without the object ends at one. */
function decidingStep(steps: TraceStep[], merged: boolean): TraceStep {
  if (merged) return steps.find((s) => s.id === 'merge-object')!;
  return steps.find((s) => s.endsChain)!;
}

const UNARMED: ConfigureChain = { armed: false };

function runChain(rec: TraceRecorder, ctx: RunContext): ConfigureChain {
  if (!ctx.doctoredConfigure) return UNARMED;
  const stage1 = runStage0(rec, ctx);
  if (!stage1) return UNARMED;
  const stage2 = runStage1(rec, ctx);
  if (!stage2 || !runConfigureBranch(rec, ctx)) return UNARMED;
  return { armed: true, stage1, stage2 };
}

export function buildTrace(input: SimulationInput): Draft {
  const ctx = createContext(input.env, input.carriers);
  const rec = new TraceRecorder();
  runReleaseAndSource(rec, ctx);
  const chain = runChain(rec, ctx);
  const { armed } = chain;
  const make = runMake(rec, ctx, chain);

  const recipe = {
    env: ctx.env,
    facts: ctx.facts,
    flagsEdited: armed,
    resolversPatched: make.resolversPatched,
    mergedObject: make.mergedObject,
  };
  const referenceRecipe = {
    ...recipe,
    flagsEdited: false,
    resolversPatched: false,
    mergedObject: null,
  };
  const { bytes: built, lines: builtLines } = composeLibrary(recipe);
  const { bytes: reference, lines: referenceLines } = composeLibrary(referenceRecipe);
  rec.add({
    id: 'link',
    phase: 'make',
    title: `make links ${ctx.facts.libraryName}`,
    command: `libtool --mode=link ${ctx.facts.cc} … -o liblzma.la`,
    output: [
      `.libs/${ctx.facts.libraryName}: ${bytesLabel(built.length)}${make.mergedObject ? ' — built from the doctored objects' : ''}`,
    ],
    explain: make.mergedObject
      ? 'The normal link, from objects stage 2 replaced. The shipped library now carries the hook; the source tree shows nothing.'
      : 'The normal link.',
    touches: [
      {
        tree: 'build',
        path: `src/liblzma/.libs/${ctx.facts.libraryName}`,
        change: 'created',
        bytes: built.length,
      },
    ],
    bytesOut: built.length,
  });
  const check = runMakeCheck(ctx);
  rec.add({
    id: 'make-check',
    phase: 'check',
    title: 'make check',
    command: 'make check',
    output: check.lines,
    explain:
      'The test suite passes either way: the backdoor does not change what liblzma computes, and the carrier files behave like the test files they claim to be.',
    sources: ['freund'],
  });
  // The run-time phase only exists for a library that carries the hook.
  const runtime = make.mergedObject ? runRuntime(rec, ctx) : null;

  const decider = decidingStep(rec.steps, make.mergedObject !== null);
  // Both kinds of deciding step are gates, so the reason is the gate's.
  const reason = decider.gate!.reason;
  return {
    steps: rec.steps,
    built,
    reference,
    outcome: {
      verdict: make.mergedObject ? 'backdoored' : 'clean',
      decidedBy: { stepId: decider.id, title: decider.title, reason },
      artifact: ctx.facts.libraryName,
      flagsAltered: armed,
      makeCheckPassed: check.passed,
      runtime,
      libraryText: { built: builtLines, reference: referenceLines },
    },
  };
}

/** One line on what the library means for sshd on this machine. */
function runtimeLines(outcome: Outcome, steps: TraceStep[]): string[] {
  if (!outcome.runtime) return [];
  if (outcome.runtime.hooked)
    return [
      'sshd on this machine: hooked — a command signed with the attacker’s key would run as root',
    ];
  // stoppedAt always names a run-time gate of this trace.
  const stop = steps.find((s) => s.id === outcome.runtime!.stoppedAt)!;
  return [
    `sshd on this machine: not hooked — ${stop.gate!.reason}; the library itself is still backdoored`,
  ];
}

export async function simulate(input: SimulationInput): Promise<Trace> {
  const draft = buildTrace(input);
  const digests = {
    built: await sha256Hex(draft.built),
    reference: await sha256Hex(draft.reference),
  };
  const outcome: Outcome = { ...draft.outcome, digests };
  const same = digests.built === digests.reference;
  const steps = [
    ...draft.steps,
    {
      id: 'outcome',
      phase: 'outcome' as const,
      title: outcome.verdict === 'backdoored' ? 'Result: backdoored' : 'Result: clean',
      command: `sha256sum ${outcome.artifact}`,
      output: [
        `${digests.built}  ${outcome.artifact}   (this build)`,
        `${digests.reference}  ${outcome.artifact}   (same machine, built from the git tag)`,
        same
          ? 'identical'
          : outcome.verdict === 'backdoored'
            ? 'different: the object is in'
            : 'different, but no object went in: stage 2 only changed compiler and linker flags',
        ...runtimeLines(outcome, draft.steps),
        'both digests are of our stand-in bytes: not indicators of compromise',
      ],
      explain: `Decided at “${outcome.decidedBy.title}”: ${outcome.decidedBy.reason}.`,
      touches: [],
    },
  ];
  return { env: input.env, steps, outcome };
}
