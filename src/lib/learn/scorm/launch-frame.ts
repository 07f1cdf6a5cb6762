/**
 * The package's launch page keeps one LMS session open while the learner moves between the
 * training pages in its frame. A SCO may initialise only once per launch, but each page of the
 * path is its own document that looks for the API and initialises on load; so the launch page
 * offers the pages an API of its own that forwards everything to the LMS except starting and
 * finishing, which it does itself, once. A page's finish becomes a commit.
 */
import type { ApiObject, ScormVersion } from './find-api';

const NAMES = {
  '1.2': { start: 'LMSInitialize', finish: 'LMSFinish', commit: 'LMSCommit' },
  '2004': { start: 'Initialize', finish: 'Terminate', commit: 'Commit' },
} as const;

const FORWARDED = {
  '1.2': ['LMSGetValue', 'LMSSetValue', 'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'],
  '2004': ['GetValue', 'SetValue', 'GetLastError', 'GetErrorString', 'GetDiagnostic'],
} as const;

export interface ForwardingApi {
  /** The object to publish as window.API / window.API_1484_11. */
  api: ApiObject;
  /**
   * Called once the launch page has finished the LMS session: from then on the pages' calls
   * (a frame leaving after its parent) succeed quietly instead of reaching a closed session.
   */
  close(): void;
}

/** An API object for the pages in the frame; `lms` is the platform's own. */
export function forwardingApi(lms: ApiObject, version: ScormVersion): ForwardingApi {
  const names = NAMES[version];
  let closed = false;
  const forward =
    (name: string, whenClosed: string) =>
    (...args: unknown[]) =>
      closed ? whenClosed : (lms[name] as (...a: unknown[]) => unknown)(...args);
  const api: ApiObject = {
    [names.start]: () => 'true',
    [names.finish]: forward(names.commit, 'true'),
    [names.commit]: forward(names.commit, 'true'),
  };
  const [get, set, lastError, ...texts] = FORWARDED[version];
  api[get] = forward(get, '');
  api[set] = forward(set, 'true');
  api[lastError] = forward(lastError, '0');
  for (const name of texts) api[name] = forward(name, '');
  return { api, close: () => (closed = true) };
}

/** The page to open first: the stored resume point when it is a page of the package. */
export function firstPage(storedLocation: string, fallback: string): string {
  const path = storedLocation.split('#')[0]!;
  const safe = /^[a-z0-9][a-z0-9._/-]*\.html$/i.test(path) && !path.split('/').includes('..');
  return safe ? storedLocation : fallback;
}
