/**
 * Where a chapter's "Try it in the simulation" link goes. Steps are addressed by a `step`
 * query parameter so a presenter can resume mid-talk; the simulation owns the step ids.
 */
import { withBase } from '../site/paths';

export function simulationStepPath(step: string): string {
  return withBase(`/simulation/?step=${encodeURIComponent(step)}`);
}
