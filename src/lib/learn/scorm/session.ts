/**
 * One conversation with an LMS run-time, the same for SCORM 1.2 and 2004: the version-specific
 * function names are looked up here, every call checks the LMS's error code, and a failing or
 * throwing LMS is logged, never thrown, so the pages keep working whatever the platform does.
 */
import type { ApiObject, ScormVersion } from './find-api';

const CALLS = {
  '1.2': {
    start: 'LMSInitialize',
    finish: 'LMSFinish',
    get: 'LMSGetValue',
    set: 'LMSSetValue',
    commit: 'LMSCommit',
    lastError: 'LMSGetLastError',
    errorText: 'LMSGetErrorString',
  },
  '2004': {
    start: 'Initialize',
    finish: 'Terminate',
    get: 'GetValue',
    set: 'SetValue',
    commit: 'Commit',
    lastError: 'GetLastError',
    errorText: 'GetErrorString',
  },
} as const;

type Call = keyof (typeof CALLS)['1.2'];

export interface LmsError {
  call: string;
  element?: string;
  code: string;
  message: string;
}

export class LmsSession {
  readonly version: ScormVersion;
  readonly errors: LmsError[] = [];
  #api: ApiObject;

  constructor(api: ApiObject, version: ScormVersion) {
    this.#api = api;
    this.version = version;
  }

  /** Initialize / LMSInitialize. */
  start(): boolean {
    return this.#call('start', ['']) === 'true';
  }

  /** Terminate / LMSFinish. */
  finish(): boolean {
    return this.#call('finish', ['']) === 'true';
  }

  commit(): boolean {
    return this.#call('commit', ['']) === 'true';
  }

  /** The element's value, '' when the LMS has none or refuses. */
  get(element: string): string {
    const value = this.#call('get', [element], element);
    return typeof value === 'string' ? value : '';
  }

  set(element: string, value: string): boolean {
    return this.#call('set', [element, value], element) === 'true';
  }

  /** Several values in order; true when the LMS took all of them. */
  setAll(values: readonly (readonly [string, string])[]): boolean {
    return values.map(([element, value]) => this.set(element, value)).every(Boolean);
  }

  #call(call: Call, args: string[], element?: string): unknown {
    const name = CALLS[this.version][call];
    try {
      const result = String((this.#api[name] as (...a: string[]) => unknown)(...args));
      const code = String(this.#invoke('lastError') ?? '0');
      if (code !== '0' && code !== '') {
        const message = String(this.#invoke('errorText', code) ?? '');
        this.errors.push({ call: name, ...(element ? { element } : {}), code, message });
      }
      return result;
    } catch (error) {
      this.errors.push({ call: name, code: 'exception', message: String(error) });
      return undefined;
    }
  }

  #invoke(call: Call, ...args: string[]): unknown {
    try {
      return (this.#api[CALLS[this.version][call]] as (...a: string[]) => unknown)(...args);
    } catch {
      return undefined;
    }
  }
}
