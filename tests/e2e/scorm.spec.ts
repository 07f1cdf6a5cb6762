/**
 * The SCORM packages in a real LMS run-time: `npm run pack:scorm` packs the built site, each
 * package is unzipped onto a plain static server beside a stand-in LMS page that provides the
 * API from scorm-again, and the learner's answers are read back from what scorm-again recorded.
 * Nothing may be fetched from another origin, and the run-time must log no API errors.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { expect, type Page, test } from '@playwright/test';
import { unzipSync } from 'fflate';

import { ESSENTIALS } from '../../src/data/learn-routes';
import { watchConsole } from './support/console-watch';
import { completeProgress } from './support/learn';
import {
  closeCourse,
  launch,
  lmsFolder,
  lmsRecord,
  packScorm,
  training,
  type Version,
} from './support/scorm-lms';
import { serveFolder, type StaticSite } from './support/static-site';

const ZIPS: Record<Version, string> = {
  '1.2': 'xz-backdoor-training-scorm12.zip',
  '2004': 'xz-backdoor-training-scorm2004.zip',
};
const CHAPTER_ONE = 'learn/01-the-half-second/index.html';

// Packing and unpacking take a few seconds; on a busy machine, many more.
test.describe.configure({ timeout: 90_000 });

let packed: string;
const folders = {} as Record<Version, string>;
test.beforeAll(async () => {
  test.setTimeout(120_000);
  packed = await mkdtemp(join(tmpdir(), 'scorm-packed-'));
  packScorm(packed);
  for (const version of ['1.2', '2004'] as const)
    folders[version] = await lmsFolder(await readFile(join(packed, ZIPS[version])));
});
test.afterAll(async () => {
  for (const folder of [packed, ...Object.values(folders)])
    await rm(folder, { recursive: true, force: true });
});

let site: StaticSite | undefined;
test.afterEach(async () => {
  await site?.close();
  site = undefined;
});

async function serve(
  page: Page,
  version: Version,
): Promise<{ origin: string; problems: string[] }> {
  site = await serveFolder(folders[version]);
  const problems = watchConsole(page);
  const origin = site.origin;
  await page.route('**/*', (route) => {
    if (new URL(route.request().url()).origin === origin) return route.continue();
    problems.push(`request to another origin: ${route.request().url()}`);
    return route.abort();
  });
  return { origin, problems };
}

/** scorm-again's CMI data as JSON: nested objects of strings. */
interface CmiJson {
  [element: string]: string | CmiJson;
}

/** The value at a dotted path ('core.score.raw'); '' when there is none. */
function at(cmi: CmiJson, path: string): string {
  const value = path
    .split('.')
    .reduce<
      string | CmiJson | undefined
    >((node, key) => (typeof node === 'object' ? node[key] : undefined), cmi);
  return typeof value === 'string' ? value : '';
}

/** The element names of each version, and the mastery score an LMS takes from the manifest. */
const CMI = {
  '1.2': {
    mastery: { student_data: { mastery_score: '80' } },
    read: (cmi: CmiJson) => ({
      location: at(cmi, 'core.lesson_location'),
      status: at(cmi, 'core.lesson_status'),
      score: at(cmi, 'core.score.raw'),
      suspend: at(cmi, 'suspend_data'),
    }),
    resume: (cmi: CmiJson) => ({
      ...cmi,
      core: { ...(cmi.core as CmiJson), entry: 'resume' },
    }),
    withProgress: (location: string, suspend: string) => ({
      core: { lesson_location: location, entry: 'resume' },
      suspend_data: suspend,
    }),
  },
  '2004': {
    mastery: { scaled_passing_score: '0.8' },
    read: (cmi: CmiJson) => ({
      location: at(cmi, 'location'),
      status: `${at(cmi, 'completion_status')}/${at(cmi, 'success_status')}`,
      score: at(cmi, 'score.raw'),
      suspend: at(cmi, 'suspend_data'),
    }),
    resume: (cmi: CmiJson) => ({ ...cmi, entry: 'resume' }),
    withProgress: (location: string, suspend: string) => ({
      location,
      entry: 'resume',
      suspend_data: suspend,
    }),
  },
} as const;

/** Chooses the right answer to a question on the training page and checks it. */
async function answerRightly(page: Page, questionId: string) {
  const question = training(page).locator(`[data-question="${questionId}"]`);
  const correct = Number(await question.getAttribute('data-answer'));
  await question.locator(`[data-choice="${correct}"]`).click();
  await question.getByRole('button', { name: 'Check answer' }).click();
  await expect(question).toHaveAttribute('data-answered', '');
}

const cmiOf = async (page: Page) => (await lmsRecord(page)).cmi.cmi as CmiJson;

for (const version of ['1.2', '2004'] as const) {
  test.describe(`SCORM ${version}`, () => {
    test('an answer reaches the LMS, and a relaunch resumes on the same page with it', async ({
      page,
    }) => {
      const { origin, problems } = await serve(page, version);
      const cmi = CMI[version];
      await launch(page, origin, version, cmi.mastery);
      await expect(training(page).getByText('in your learning platform')).toBeVisible();
      await training(page)
        .getByRole('link', { name: /Check your understanding/ })
        .first()
        .click();
      const firstQuestion = training(page).locator('[data-question]').first();
      const id = (await firstQuestion.getAttribute('data-question'))!;
      await answerRightly(page, id);

      const during = cmi.read(await cmiOf(page));
      expect(during.location).toBe(CHAPTER_ONE);
      expect(JSON.parse(during.suspend).answers[id]).toMatchObject({ correct: true });
      expect(during.status).toBe(version === '1.2' ? 'incomplete' : 'incomplete/unknown');
      expect(Number(during.score)).toBeGreaterThan(0);

      await closeCourse(page);
      const closed = await lmsRecord(page);
      expect(closed.errors).toEqual([]);

      await launch(page, origin, version, { ...cmi.resume(closed.cmi.cmi as CmiJson) });
      await expect(training(page).locator(`[data-question="${id}"]`)).toHaveAttribute(
        'data-answered',
        '',
      );
      expect(page.frames().some((frame) => frame.url().endsWith(CHAPTER_ONE))).toBe(true);
      expect((await lmsRecord(page)).errors).toEqual([]);
      expect(problems).toEqual([]);
    });

    test('the last answer completes the path: passed at 100 %, failed below the mastery score', async ({
      page,
    }) => {
      const { origin, problems } = await serve(page, version);
      const cmi = CMI[version];
      for (const [wrong, verdict] of [
        [0, 'passed'],
        [15, 'failed'], // 14 wrong of 54 once the last is answered rightly: 74 %, under the mastery score
      ] as const) {
        const progress = JSON.parse(completeProgress(wrong));
        const last = Object.keys(progress.answers).findLast((id) => id.startsWith('01-'))!;
        delete progress.answers[last];
        await launch(page, origin, version, {
          ...cmi.mastery,
          ...cmi.withProgress(CHAPTER_ONE, JSON.stringify(progress)),
        });
        await answerRightly(page, last);
        const done = cmi.read(await cmiOf(page));
        expect(done.status).toBe(version === '1.2' ? verdict : `completed/${verdict}`);
        const answers = Object.values(progress.answers) as { correct: boolean }[];
        const correct = answers.filter((answer) => answer.correct).length + 1;
        expect(Number(done.score)).toBe(Math.round((correct / (answers.length + 1)) * 100));
        await closeCourse(page);
        expect((await lmsRecord(page)).errors).toEqual([]);
      }
      expect(problems).toEqual([]);
    });

    test('on the essentials route the LMS gets the score over that route’s questions only', async ({
      page,
    }) => {
      const { origin, problems } = await serve(page, version);
      const cmi = CMI[version];
      const kept = Object.values(ESSENTIALS.chapters).flat();
      const last = '01-role-slow-logins';
      // Every route question right (each route chapter has two or three, so one wrong answer
      // would leave it under the mark), no exercise solved and nothing outside the route
      // answered: counted over the whole path this would be an incomplete 31 %.
      const answers = Object.fromEntries(
        kept.filter((id) => id !== last).map((id) => [id, { choice: 0, correct: true }]),
      );
      const progress = { version: 1, answers, exercises: {}, route: 'essentials' };
      await launch(page, origin, version, {
        ...cmi.mastery,
        ...cmi.withProgress(CHAPTER_ONE, JSON.stringify(progress)),
      });
      await answerRightly(page, last);
      const done = cmi.read(await cmiOf(page));
      expect(done.status).toBe(version === '1.2' ? 'passed' : 'completed/passed');
      expect(Number(done.score)).toBe(100);
      expect(JSON.parse(done.suspend).route).toBe('essentials');
      await closeCourse(page);
      expect((await lmsRecord(page)).errors).toEqual([]);
      expect(problems).toEqual([]);
    });
  });
}

test('each package lists exactly the files it holds, and the launch page is among them', async () => {
  for (const name of Object.values(ZIPS)) {
    const zip = unzipSync(new Uint8Array(await readFile(join(packed, name))));
    const manifest = new TextDecoder().decode(zip['imsmanifest.xml']);
    const listed = [...manifest.matchAll(/<file href="([^"]+)"/g)].map((match) =>
      decodeURIComponent(match[1]!.replaceAll('&amp;', '&')),
    );
    const held = Object.keys(zip).filter((file) => file !== 'imsmanifest.xml');
    expect(listed.sort(), name).toEqual(held.sort());
    expect(manifest).toContain('href="scorm-launch.html"');
    expect(held).toContain('learn/certificate/index.html');
  }
});
