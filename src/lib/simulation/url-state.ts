/**
 * Links to any moment: `?step=gate-compiler&env=5.6.1,tarball,x86_64,gcc,gnu-ld,deb,shared,ifunc`.
 * Every token belongs to exactly one setting, so the order does not matter and missing settings
 * take the default. Bad input never throws: it falls back and says why.
 */
import { VERSIONS } from './constants.ts';
import {
  ARCHITECTURES,
  COMPILERS,
  DEFAULT_ENVIRONMENT,
  type Environment,
  LIBSYSTEMD_LOADS,
  LINKERS,
  PACKAGE_BUILDS,
  SOURCE_KINDS,
  SSHD_BUILDS,
} from './environment.ts';

type Setting = keyof Environment;

/** How a setting's value is written in a link: the two switches get words of their own. */
export function tokenOf(setting: Setting, value: Environment[Setting]): string {
  if (setting === 'shared') return value ? 'shared' : 'static';
  if (setting === 'ifunc') return value ? 'ifunc' : 'no-ifunc';
  if (setting === 'bindNot') return value ? 'bind-not' : 'bind-default';
  return String(value);
}

const TOKENS = new Map<string, [Setting, Environment[Setting]]>();
const add = <K extends Setting>(setting: K, values: ReadonlyArray<Environment[K]>) =>
  values.forEach((value) => TOKENS.set(tokenOf(setting, value), [setting, value]));
add('version', VERSIONS);
add('source', SOURCE_KINDS);
add('arch', ARCHITECTURES);
add('compiler', COMPILERS);
add('linker', LINKERS);
add('packageBuild', PACKAGE_BUILDS);
add('shared', [true, false]);
add('ifunc', [true, false]);
add('sshd', SSHD_BUILDS);
add('libsystemd', LIBSYSTEMD_LOADS);
add('bindNot', [false, true]);

// Links list the settings in DEFAULT_ENVIRONMENT's order.
const ORDER = Object.keys(DEFAULT_ENVIRONMENT) as Setting[];

/** The run-time settings came later: links name them only when they differ from the default. */
const RUNTIME_SETTINGS = new Set<Setting>(['sshd', 'libsystemd', 'bindNot']);

export function environmentToken(env: Environment): string {
  return ORDER.filter(
    (setting) => !RUNTIME_SETTINGS.has(setting) || env[setting] !== DEFAULT_ENVIRONMENT[setting],
  )
    .map((setting) => tokenOf(setting, env[setting]))
    .join(',');
}

export interface ParsedEnvironment {
  env: Environment;
  /** Set when the link asked for something we could not honour. */
  message: string | null;
}

export function parseEnvironmentToken(token: string | null): ParsedEnvironment {
  if (token === null || token.trim() === '')
    return { env: { ...DEFAULT_ENVIRONMENT }, message: null };
  const env: Environment = { ...DEFAULT_ENVIRONMENT };
  const seen = new Set<Setting>();
  for (const raw of token.split(',')) {
    const part = raw.trim().toLowerCase();
    const entry = TOKENS.get(part);
    if (!entry || seen.has(entry[0])) {
      const why = entry
        ? `“${part}” repeats a setting`
        : `“${part.slice(0, 40)}” is not a known setting`;
      return {
        env: { ...DEFAULT_ENVIRONMENT },
        message: `The link's environment could not be read (${why}), so the default build is shown.`,
      };
    }
    seen.add(entry[0]);
    (env as unknown as Record<Setting, unknown>)[entry[0]] = entry[1];
  }
  return { env, message: null };
}

export interface UrlState {
  env: Environment;
  step: string | null;
  message: string | null;
}

const STEP_ID = /^[a-z0-9-]{1,40}$/;

export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const { env, message } = parseEnvironmentToken(params.get('env'));
  const rawStep = params.get('step');
  if (!rawStep) return { env, step: null, message }; // no step, or an empty one
  if (!STEP_ID.test(rawStep)) {
    const stepMessage = `The link's step “${rawStep.slice(0, 40)}” is not a step name, so the run starts at the beginning.`;
    return { env, step: null, message: message ? `${message} ${stepMessage}` : stepMessage };
  }
  return { env, step: rawStep, message };
}

/** Commas stay unescaped: they are legal in a query and keep the link readable. */
export function serializeUrlState(env: Environment, step: string | null): string {
  const parts = [];
  if (step) parts.push(`step=${encodeURIComponent(step)}`);
  parts.push(`env=${environmentToken(env)}`);
  return `?${parts.join('&')}`;
}
