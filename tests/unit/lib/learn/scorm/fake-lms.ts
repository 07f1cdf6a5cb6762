/**
 * A fake LMS run-time for the adapter's tests: keeps values in a map, answers with SCORM's
 * error codes for the mistakes the adapter must not make (calls before start or after finish,
 * starting twice) and logs every call.
 */
import type { ApiObject, ScormVersion } from '../../../../../src/lib/learn/scorm/find-api';

export interface FakeLms {
  api: ApiObject;
  values: Map<string, string>;
  calls: string[];
  /** Every non-zero error code the fake raised, with the call that raised it. */
  errors: string[];
  commits: number;
}

export function fakeLms(version: ScormVersion, initial: Record<string, string> = {}): FakeLms {
  const values = new Map(Object.entries(initial));
  const calls: string[] = [];
  const errors: string[] = [];
  let state: 'new' | 'running' | 'finished' = 'new';
  let lastError = '0';
  const fake: FakeLms = { api: {}, values, calls, errors, commits: 0 };
  const fail = (call: string, code: string) => {
    lastError = code;
    errors.push(`${call}:${code}`);
    return 'false';
  };
  const running = (call: string, then: () => string) => {
    calls.push(call);
    lastError = '0';
    if (state !== 'running') return fail(call, version === '2004' ? '142' : '301');
    return then();
  };
  const names =
    version === '2004'
      ? [
          'Initialize',
          'Terminate',
          'GetValue',
          'SetValue',
          'Commit',
          'GetLastError',
          'GetErrorString',
        ]
      : [
          'LMSInitialize',
          'LMSFinish',
          'LMSGetValue',
          'LMSSetValue',
          'LMSCommit',
          'LMSGetLastError',
          'LMSGetErrorString',
        ];
  const [start, finish, get, set, commit, last, text] = names as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  fake.api = {
    [start]: () => {
      calls.push(start);
      lastError = '0';
      if (state !== 'new') return fail(start, version === '2004' ? '103' : '101');
      state = 'running';
      return 'true';
    },
    [finish]: () =>
      running(finish, () => {
        state = 'finished';
        return 'true';
      }),
    [get]: (element: string) => running(`${get}(${element})`, () => values.get(element) ?? ''),
    [set]: (element: string, value: string) =>
      running(`${set}(${element})`, () => {
        values.set(element, value);
        return 'true';
      }),
    [commit]: () =>
      running(commit, () => {
        fake.commits += 1;
        return 'true';
      }),
    [last]: () => lastError,
    [text]: (code: string) => `error ${code}`,
  };
  return fake;
}
