/**
 * The messages the deck and the speaker view exchange over a BroadcastChannel. Either window
 * may move the talk, so both send the whole position ("state"); a window that opens asks for
 * it ("hello"). Anything else on the channel is checked and dropped, never trusted.
 */

export const SYNC_APP = 'xz-present';
export const SYNC_VERSION = 2;

/** Longest cut description a message may carry (a skip list of every slide id fits easily). */
const MAX_CUT_LENGTH = 4000;

export type SyncRole = 'deck' | 'notes';

export interface StateMessage {
  app: typeof SYNC_APP;
  v: typeof SYNC_VERSION;
  type: 'state';
  from: SyncRole;
  /** 1-based within the cut, like the URL. */
  slide: number;
  /** Slides in the whole deck: the same build on both sides. */
  total: number;
  black: boolean;
  /** The cut and skips as a query string ("cut=10&skip=…", "" for the default talk). */
  cut: string;
}

export interface HelloMessage {
  app: typeof SYNC_APP;
  v: typeof SYNC_VERSION;
  type: 'hello';
  from: SyncRole;
  total: number;
}

export type SyncMessage = StateMessage | HelloMessage;

export type SyncParse =
  | { ok: true; message: SyncMessage }
  /** "foreign": not a presenter message at all; "mismatch": another build of the deck; "invalid": ours but malformed. */
  | { ok: false; reason: 'foreign' | 'mismatch' | 'invalid' };

/** One channel per copy of the site, so two sites on one origin (different base paths) never cross. */
export function channelName(base: string): string {
  const inner = base.replace(/^\/+|\/+$/g, '');
  return `${SYNC_APP}:${inner === '' ? '/' : `/${inner}/`}`;
}

export function stateMessage(
  from: SyncRole,
  position: { index: number; total: number; black: boolean; cut: string },
): StateMessage {
  return {
    app: SYNC_APP,
    v: SYNC_VERSION,
    type: 'state',
    from,
    slide: position.index + 1,
    total: position.total,
    black: position.black,
    cut: position.cut,
  };
}

export function helloMessage(from: SyncRole, total: number): HelloMessage {
  return { app: SYNC_APP, v: SYNC_VERSION, type: 'hello', from, total };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isCount = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 1;

/** Checks a message from the channel against this window's deck of `total` slides. */
export function parseSyncMessage(data: unknown, total: number): SyncParse {
  if (!isRecord(data) || data.app !== SYNC_APP) return { ok: false, reason: 'foreign' };
  if (data.v !== SYNC_VERSION) return { ok: false, reason: 'mismatch' };
  if (data.from !== 'deck' && data.from !== 'notes') return { ok: false, reason: 'invalid' };
  if (!isCount(data.total)) return { ok: false, reason: 'invalid' };
  if (data.total !== total) return { ok: false, reason: 'mismatch' };
  if (data.type === 'hello') return { ok: true, message: helloMessage(data.from, total) };
  if (data.type !== 'state') return { ok: false, reason: 'invalid' };
  if (!isCount(data.slide) || data.slide > total || typeof data.black !== 'boolean')
    return { ok: false, reason: 'invalid' };
  if (typeof data.cut !== 'string' || data.cut.length > MAX_CUT_LENGTH)
    return { ok: false, reason: 'invalid' };
  return {
    ok: true,
    message: {
      app: SYNC_APP,
      v: SYNC_VERSION,
      type: 'state',
      from: data.from,
      slide: data.slide,
      total,
      black: data.black,
      cut: data.cut,
    },
  };
}

/** What the speaker view says when the other window runs a different version of the deck. */
export const MISMATCH_NOTICE =
  'The deck and the speaker view come from different versions of the site. Reload both windows to link them again.';
