/**
 * The presenter's keyboard, as a state machine: which slide, the number being typed for a
 * jump, black screen, and the open overlay (overview grid or help). `handleKey` takes a key
 * and returns the next state plus what the page must do outside the state (full screen, a
 * message). The deck and the speaker view share it; the speaker view has no overlays.
 */

export type Overlay = 'none' | 'overview' | 'help';

export interface PresenterState {
  /** 0-based index of the current slide. */
  index: number;
  total: number;
  /** Digits typed so far for a "number, then Enter" jump. */
  digits: string;
  black: boolean;
  overlay: Overlay;
  /** The highlighted slide in the overview grid. */
  cursor: number;
}

export interface KeyInput {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}

export interface KeyOptions {
  /** Columns of the overview grid, for ↑ and ↓. */
  columns?: number;
  /** False in the speaker view: O and ? do nothing there. */
  overlays?: boolean;
}

export interface KeyResult {
  state: PresenterState;
  /** False when the key means nothing here and the browser should have it. */
  handled: boolean;
  fullscreen?: true;
  notice?: string;
}

/** Longest number the jump accepts; decks of 1,000 slides are not a talk. */
const MAX_DIGITS = 3;

const NEXT_KEYS = ['ArrowRight', 'ArrowDown', 'PageDown', ' '];
const BACK_KEYS = ['ArrowLeft', 'ArrowUp', 'PageUp'];
const BLACK_KEYS = ['b', 'B', '.'];

export function initialState(total: number, index = 0): PresenterState {
  const clamped = clamp(index, total);
  return { index: clamped, total, digits: '', black: false, overlay: 'none', cursor: clamped };
}

function clamp(index: number, total: number): number {
  return Math.min(Math.max(Math.trunc(index) || 0, 0), Math.max(total - 1, 0));
}

/** The state on slide `index` (clamped to the deck), with any typed number forgotten. */
export function goTo(state: PresenterState, index: number): PresenterState {
  const target = clamp(index, state.total);
  return {
    ...state,
    index: target,
    cursor: state.overlay === 'overview' ? state.cursor : target,
    digits: '',
  };
}

export function openOverlay(state: PresenterState, overlay: Overlay): PresenterState {
  return { ...state, overlay, cursor: state.index, digits: '' };
}

export function handleKey(
  state: PresenterState,
  input: KeyInput,
  options: KeyOptions = {},
): KeyResult {
  if (input.ctrlKey || input.altKey || input.metaKey) return { state, handled: false };
  const overlays = options.overlays ?? true;
  if (state.overlay === 'help') return helpKey(state, input);
  if (state.overlay === 'overview')
    return overviewKey(state, input, Math.max(1, options.columns ?? 1));

  const { key } = input;
  const done = (next: PresenterState, extra: Partial<KeyResult> = {}): KeyResult => ({
    state: next,
    handled: true,
    ...extra,
  });

  if (/^\d$/.test(key)) {
    const digits = state.digits.length < MAX_DIGITS ? state.digits + key : state.digits;
    return done({ ...state, digits });
  }
  if (state.digits !== '') {
    if (key === 'Enter') return jump(state);
    if (key === 'Backspace') return done({ ...state, digits: state.digits.slice(0, -1) });
    if (key === 'Escape') return done({ ...state, digits: '' });
  }
  if (key === ' ' && input.shiftKey) return done(goTo(state, state.index - 1));
  if (NEXT_KEYS.includes(key)) return done(goTo(state, state.index + 1));
  if (BACK_KEYS.includes(key)) return done(goTo(state, state.index - 1));
  if (key === 'Home') return done(goTo(state, 0));
  if (key === 'End') return done(goTo(state, state.total - 1));
  if (BLACK_KEYS.includes(key)) return done({ ...state, black: !state.black, digits: '' });
  if (key === 'Escape' && state.black) return done({ ...state, black: false });
  if (key === 'f' || key === 'F') return done({ ...state, digits: '' }, { fullscreen: true });
  if (overlays && (key === 'o' || key === 'O')) return done(openOverlay(state, 'overview'));
  if (overlays && key === '?') return done(openOverlay(state, 'help'));
  return { state, handled: false };
}

function jump(state: PresenterState): KeyResult {
  const number = Number(state.digits);
  const cleared = { ...state, digits: '' };
  if (number < 1 || number > state.total) {
    return {
      state: cleared,
      handled: true,
      notice: `There is no slide ${number}: the deck has slides 1 to ${state.total}.`,
    };
  }
  return { state: goTo(cleared, number - 1), handled: true };
}

function helpKey(state: PresenterState, input: KeyInput): KeyResult {
  if (input.key === 'Escape' || input.key === '?')
    return { state: { ...state, overlay: 'none' }, handled: true };
  return { state, handled: false };
}

function overviewKey(state: PresenterState, input: KeyInput, columns: number): KeyResult {
  const last = state.total - 1;
  const move = (cursor: number): KeyResult => ({
    state: { ...state, cursor: Math.min(Math.max(cursor, 0), last) },
    handled: true,
  });
  switch (input.key) {
    case 'ArrowRight':
      return move(state.cursor + 1);
    case 'ArrowLeft':
      return move(state.cursor - 1);
    case 'ArrowDown':
      return move(state.cursor + columns);
    case 'ArrowUp':
      return move(state.cursor - columns);
    case 'Home':
      return move(0);
    case 'End':
      return move(last);
    case 'Enter':
    case ' ':
      return { state: { ...goTo(state, state.cursor), overlay: 'none' }, handled: true };
    case 'Escape':
    case 'o':
    case 'O':
      return { state: { ...state, overlay: 'none', cursor: state.index }, handled: true };
    default:
      return { state, handled: false };
  }
}
