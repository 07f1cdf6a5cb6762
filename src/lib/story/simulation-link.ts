/**
 * Where links to a moment of the simulation go. Steps are addressed by a `step` query parameter
 * (and the build machine by `env`) so a presenter can resume mid-talk; the simulation owns the
 * step ids and the env tokens.
 */
import { withBase } from '../site/paths';

function query(step: string, env?: string): string {
  // Commas separate the env token's settings; they are safe in a query and easier to read bare.
  return `?step=${encodeURIComponent(step)}${env === undefined ? '' : `&env=${encodeURIComponent(env).replace(/%2C/g, ',')}`}`;
}

/** The full simulation page at `step`, optionally on the build machine `env`. */
export function simulationStepPath(step: string, env?: string): string {
  return withBase(`/simulation/${query(step, env)}`);
}

/** The stage view (verdict, stepper, terminal; for a frame in a slide) at the same moment. */
export function simulationStagePath(step: string, env?: string): string {
  return withBase(`/embed/simulation-stage/${query(step, env)}`);
}
