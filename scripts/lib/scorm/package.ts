/**
 * One SCORM package as a list of zip entries: the selected training files, the launch page and
 * its script, and imsmanifest.xml listing every one of them. Pure apart from the zip itself.
 */
import { zipSync } from 'fflate';

import { MASTERY_PERCENT } from '../../../src/lib/learn/pass-mark.ts';
import type { ScormVersion } from '../../../src/lib/learn/scorm/find-api.ts';
import { launchPageHtml } from './launch-page.ts';
import { scormManifest } from './manifest.ts';

export const LAUNCH_PAGE = 'scorm-launch.html';
export const LAUNCH_SCRIPT = 'scorm-launch.js';
export const PACKAGE_TITLE = 'The xz backdoor: training path';
const IDENTIFIER = 'xz-backdoor-training';

/** "xz-backdoor-training-scorm12.zip" / "…-scorm2004.zip" */
export const packageFileName = (version: ScormVersion) =>
  `${IDENTIFIER}-scorm${version.replace('.', '')}.zip`;

export interface PackageInput {
  version: ScormVersion;
  /** Training files, addresses already relative (select-files.ts). */
  files: ReadonlyMap<string, Uint8Array>;
  launchScript: string;
  start: string;
  masteryPercent?: number;
}

export function scormPackageEntries(input: PackageInput): Map<string, Uint8Array> {
  const encoder = new TextEncoder();
  const entries = new Map(input.files);
  entries.set(
    LAUNCH_PAGE,
    encoder.encode(
      launchPageHtml({
        version: input.version,
        title: PACKAGE_TITLE,
        start: input.start,
        script: LAUNCH_SCRIPT,
      }),
    ),
  );
  entries.set(LAUNCH_SCRIPT, encoder.encode(input.launchScript));
  const manifest = scormManifest({
    version: input.version,
    identifier: IDENTIFIER,
    title: PACKAGE_TITLE,
    launch: LAUNCH_PAGE,
    files: [...entries.keys()],
    masteryPercent: input.masteryPercent ?? MASTERY_PERCENT,
  });
  // The manifest comes first: some LMSs look for it at the start of the archive.
  return new Map([['imsmanifest.xml', encoder.encode(manifest)], ...entries]);
}

/** The zip; every entry stamped with `modified`, so one build gives byte-identical packages. */
export function zipPackage(entries: ReadonlyMap<string, Uint8Array>, modified: Date): Uint8Array {
  return zipSync(
    Object.fromEntries(
      [...entries].map(([name, data]) => [name, [data, { mtime: modified, level: 9 }]] as const),
    ),
  );
}
