/** What the root element hands every part of the simulation when something changes. */
import type { Environment } from '../../lib/simulation/environment.ts';
import type { CarrierFiles } from '../../lib/simulation/fixtures/verify.ts';
import { atEnd, type PlayerState } from '../../lib/simulation/player.ts';
import type { Trace } from '../../lib/simulation/trace.ts';

export interface SimView {
  env: Environment;
  /** Null while the stand-in files load or when they failed to. */
  trace: Trace | null;
  carriers: CarrierFiles | null;
  player: PlayerState;
}

/** The trace once its last step is on screen (the build has finished); null before that. */
export const finishedTrace = (view: SimView): Trace | null =>
  view.trace !== null && atEnd(view.player) ? view.trace : null;

export interface SimPart extends HTMLElement {
  render(view: SimView): void;
}

/** Events the parts send up to the root. */
export const EVENTS = {
  env: 'sim-env',
  player: 'sim-player',
  gotoStep: 'sim-goto-step',
} as const;
