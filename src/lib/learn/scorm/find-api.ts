/**
 * Finds the run-time API a learning platform (LMS) provides, the way the SCORM standards say
 * a SCO must: look on this window, then up the chain of parents, then on the opener and its
 * parents. SCORM 2004 names the object `API_1484_11`, SCORM 1.2 names it `API`.
 * Cross-origin frames throw on access; they count as "not here" and the walk goes on.
 */

export type ScormVersion = '1.2' | '2004';

/** The SCORM 1.2 functions (LMS…) and the SCORM 2004 ones, as loose callables. */
export type ApiObject = Record<string, unknown>;

/** The part of `window` the walk reads. */
export interface WindowLike {
  parent?: WindowLike | null;
  opener?: WindowLike | null;
  [name: string]: unknown;
}

export interface FoundApi {
  version: ScormVersion;
  api: ApiObject;
  /** The window that holds the API. */
  owner: WindowLike;
}

/** SCORM 2004 allows 500 hops; 1.2 examples stop at 7. One limit serves both. */
const MAX_HOPS = 500;

const REQUIRED: Record<ScormVersion, string[]> = {
  '2004': ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError'],
  '1.2': [
    'LMSInitialize',
    'LMSFinish',
    'LMSGetValue',
    'LMSSetValue',
    'LMSCommit',
    'LMSGetLastError',
  ],
};

function readApi(win: WindowLike, prefer?: ScormVersion): FoundApi | null {
  const order: ScormVersion[] = prefer === '1.2' ? ['1.2', '2004'] : ['2004', '1.2'];
  for (const version of order) {
    let candidate: unknown;
    try {
      candidate = win[version === '2004' ? 'API_1484_11' : 'API'];
    } catch {
      return null;
    }
    if (typeof candidate !== 'object' || candidate === null) continue;
    const api = candidate as ApiObject;
    if (REQUIRED[version].every((name) => typeof api[name] === 'function'))
      return { version, api, owner: win };
  }
  return null;
}

function parentOf(win: WindowLike): WindowLike | null {
  try {
    const parent = win.parent;
    return parent && parent !== win ? parent : null;
  } catch {
    return null;
  }
}

function walkUp(start: WindowLike, prefer?: ScormVersion): FoundApi | null {
  let win: WindowLike | null = start;
  for (let hops = 0; win && hops <= MAX_HOPS; hops += 1) {
    const found = readApi(win, prefer);
    if (found) return found;
    win = parentOf(win);
  }
  return null;
}

/** The nearest LMS API from `start`, or null outside a learning platform. Never throws. */
export function findLmsApi(start: WindowLike, prefer?: ScormVersion): FoundApi | null {
  const found = walkUp(start, prefer);
  if (found) return found;
  let opener: WindowLike | null | undefined;
  try {
    opener = start.opener;
  } catch {
    opener = null;
  }
  return opener ? walkUp(opener, prefer) : null;
}
