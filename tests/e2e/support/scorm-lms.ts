/**
 * A stand-in LMS for the SCORM specs: a folder with the unpacked package under content/, the
 * scorm-again run-time and lms.html, a page that creates window.API (SCORM 1.2) or
 * window.API_1484_11 (SCORM 2004) from scorm-again, seeds it as an LMS would from the manifest
 * and earlier sessions, logs every call that sets an error code, and frames the launch page.
 */
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import type { Page } from '@playwright/test';
import { unzipSync } from 'fflate';

export type Version = '1.2' | '2004';

const ROOT = new URL('../../../', import.meta.url).pathname;
const require = createRequire(import.meta.url);

/** Packs the built site (dist/) into `dir` with `npm run pack:scorm`'s script. */
export function packScorm(dir: string): void {
  const result = spawnSync(process.execPath, ['scripts/pack-scorm.mjs', dir], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`pack:scorm failed: ${result.stderr}`);
}

/** Unzips `zip` under <folder>/content and adds the stand-in LMS; returns the folder. */
export async function lmsFolder(zip: Uint8Array): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'scorm-lms-'));
  for (const [name, data] of Object.entries(unzipSync(zip))) {
    const path = join(folder, 'content', name);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, data);
  }
  // The run-times as browser scripts (each defines window.Scorm12API / window.Scorm2004API).
  await copyFile(require.resolve('scorm-again/scorm12/min'), join(folder, 'scorm12.js'));
  await copyFile(require.resolve('scorm-again/scorm2004/min'), join(folder, 'scorm2004.js'));
  await writeFile(
    join(folder, 'lms.html'),
    await readFile(new URL('scorm-lms.html', import.meta.url)),
  );
  return folder;
}

/** What the LMS holds: scorm-again's CMI data as JSON, and the calls that set an error code. */
export interface LmsRecord {
  cmi: Record<string, unknown>;
  errors: string[];
}

/**
 * Opens lms.html for `version`; `seed` is what the LMS holds before the launch (the manifest's
 * mastery score, suspend data and location from an earlier session …), as scorm-again JSON.
 */
export async function launch(
  page: Page,
  origin: string,
  version: Version,
  seed: Record<string, unknown> = {},
): Promise<void> {
  await page.goto(
    `${origin}/lms.html?setup=${encodeURIComponent(JSON.stringify({ version, seed }))}`,
  );
}

/** The training page inside the launch page inside the LMS. */
export const training = (page: Page) =>
  page.frameLocator('iframe#sco').frameLocator('iframe[data-training]');

export const lmsRecord = (page: Page): Promise<LmsRecord> =>
  page.evaluate(() => (window as unknown as { lmsRecord(): LmsRecord }).lmsRecord());

/** Ends the session the way an LMS does when the learner closes the course window. */
export const closeCourse = (page: Page) =>
  page.evaluate(() => (window as unknown as { closeCourse(): void }).closeCourse());
