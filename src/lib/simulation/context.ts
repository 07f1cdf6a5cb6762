/** Everything one run of the simulation works on. */
import {
  configH,
  configStatus,
  CRC_SOURCES,
  liblzmaMakefile,
  libtoolScript,
} from './build-files.ts';
import { VERSION_CONSTANTS, type VersionConstants } from './constants.ts';
import { type BuildFacts, buildFacts, type Environment } from './environment.ts';
import type { CarrierFiles } from './fixtures/verify.ts';
import type { BuildWorld } from './gates.ts';

export interface RunContext {
  env: Environment;
  facts: BuildFacts;
  c: VersionConstants;
  /** Null when the carrier files are not in the tree (the "no binary test files" defence). */
  carriers: CarrierFiles | null;
  /** Does configure contain the trigger, i.e. was the doctored build-to-host.m4 used? */
  doctoredConfigure: boolean;
  world: BuildWorld;
}

export function createContext(env: Environment, carriers: CarrierFiles | null): RunContext {
  const facts = buildFacts(env);
  const doctoredConfigure = env.source !== 'git';
  const files = new Map<string, string>([
    ['config.status', configStatus(facts, { doctoredM4: doctoredConfigure })],
    ['config.h', configH(facts)],
    ['libtool', libtoolScript()],
    ['src/liblzma/Makefile', liblzmaMakefile()],
    ...Object.entries(CRC_SOURCES),
  ]);
  return {
    env,
    facts,
    c: VERSION_CONSTANTS[env.version],
    carriers,
    doctoredConfigure,
    world: { env, facts, files, carriersPresent: carriers !== null, vars: {} },
  };
}
