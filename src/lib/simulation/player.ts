/**
 * The stepper's state: which step is shown, whether Run is playing, and how fast. Pure, so the
 * custom element is a thin shell and every sequence of button presses can be tested.
 */
export const SPEEDS = ['slow', 'normal', 'fast', 'instant'] as const;
export type Speed = (typeof SPEEDS)[number];
const SPEED_DELAY_MS: Record<Speed, number> = {
  slow: 2200,
  normal: 1100,
  fast: 350,
  instant: 0,
};
/** Extra time per word on screen, so Run never replaces an explanation faster than a room reads. */
export const SPEED_MS_PER_WORD: Record<Speed, number> = {
  slow: 330,
  normal: 230,
  fast: 90,
  instant: 0,
};

/** How long Run leaves a step on screen: the speed's pause plus reading time for its text. */
export function stepDelayMs(speed: Speed, text: string): number {
  const words = text.split(/\s+/).filter(Boolean).length;
  return SPEED_DELAY_MS[speed] + words * SPEED_MS_PER_WORD[speed];
}

export const SPEED_LABELS: Record<Speed, string> = {
  slow: 'Slow',
  normal: 'Normal',
  fast: 'Fast',
  instant: 'Instant',
};

export interface PlayerState {
  /** -1 before the first step; otherwise the index of the step on screen. */
  index: number;
  total: number;
  playing: boolean;
  speed: Speed;
  /** Indexes where a new phase begins: Run pauses before crossing one. */
  phaseStarts: number[];
}

export type PlayerAction =
  | { type: 'run' }
  | { type: 'pause' }
  | { type: 'step' }
  | { type: 'back' }
  | { type: 'reset' }
  | { type: 'tick' }
  | { type: 'goto'; index: number }
  | { type: 'speed'; speed: Speed }
  | { type: 'end' }
  | { type: 'load'; total: number; index?: number; phaseStarts?: number[] };

export const initialPlayer = (total = 0): PlayerState => ({
  index: -1,
  total,
  playing: false,
  speed: 'normal',
  phaseStarts: [],
});

const clamp = (index: number, total: number) =>
  Math.max(-1, Math.min(total - 1, Math.trunc(Number.isFinite(index) ? index : -1)));

export function playerReducer(state: PlayerState, action: PlayerAction): PlayerState {
  const last = state.total - 1;
  switch (action.type) {
    case 'run': {
      if (state.total === 0) return state;
      const from = state.index >= last ? -1 : state.index;
      if (state.speed === 'instant') return { ...state, index: last, playing: false };
      return { ...state, index: Math.min(from + 1, last), playing: from + 1 < last };
    }
    case 'pause':
      return { ...state, playing: false };
    case 'tick': {
      if (!state.playing) return state;
      // A phase boundary: stop on the phase's last step; Run carries on into the next phase.
      if (state.phaseStarts.includes(state.index + 1)) return { ...state, playing: false };
      return { ...state, index: Math.min(state.index + 1, last), playing: state.index + 1 < last };
    }
    case 'end':
      return { ...state, index: last, playing: false };
    case 'step':
      return { ...state, index: Math.min(state.index + 1, last), playing: false };
    case 'back':
      return { ...state, index: Math.max(state.index - 1, -1), playing: false };
    case 'reset':
      return { ...state, index: -1, playing: false };
    case 'goto':
      return { ...state, index: clamp(action.index, state.total), playing: false };
    case 'speed':
      return { ...state, speed: action.speed };
    case 'load':
      return {
        ...state,
        total: Math.max(0, action.total),
        index: clamp(action.index ?? -1, Math.max(0, action.total)),
        playing: false,
        phaseStarts: action.phaseStarts ?? [],
      };
  }
}

export const atEnd = (state: PlayerState) => state.total > 0 && state.index === state.total - 1;
export const progressPercent = (state: PlayerState) =>
  state.total === 0 ? 0 : Math.round(((state.index + 1) / state.total) * 100);
