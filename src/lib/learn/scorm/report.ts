/**
 * What the training path tells an LMS, as a pure function of the learner's score: where they
 * are (for resume), the progress itself (suspend data), the score as a percentage, completion
 * and pass or fail against the mastery score. SCORM 1.2 and 2004 name the same facts
 * differently; both mappings live here so they cannot drift apart.
 */
import { MASTERY_PERCENT, pathPassed } from '../pass-mark';
import type { PathScore } from '../score';
import type { ScormVersion } from './find-api';

/** SCORM 1.2 caps cmi.suspend_data at 4,096 characters; 2004 (4th ed.) at 64,000. */
const SUSPEND_DATA_LIMIT: Record<ScormVersion, number> = { '1.2': 4096, '2004': 64000 };

export type LmsValues = [element: string, value: string][];

export interface LmsReportInput {
  score: PathScore;
  masteryPercent: number;
  /** The page the learner is on, relative to the package's root ('' to leave it unchanged). */
  location: string;
  suspendData: string;
}

/**
 * The verdict: incomplete until every chapter is done, then passed when every chapter reached
 * the mastery score (the rule the pages show, pass-mark.ts), failed otherwise.
 */
function lmsOutcome(score: PathScore, masteryPercent: number): 'incomplete' | 'passed' | 'failed' {
  if (!score.complete) return 'incomplete';
  return pathPassed(score, masteryPercent) ? 'passed' : 'failed';
}

/**
 * The mastery score the LMS passes on from the manifest, as a percentage: SCORM 1.2's
 * cmi.student_data.mastery_score is 0–100, SCORM 2004's cmi.scaled_passing_score is 0–1.
 * Anything missing or out of range falls back to the site's own pass mark.
 */
export function masteryPercent(version: ScormVersion, raw: string): number {
  const value = raw.trim() === '' ? Number.NaN : Number(raw);
  const percent = version === '2004' ? value * 100 : value;
  return Number.isFinite(percent) && percent >= 0 && percent <= 100
    ? Math.round(percent * 100) / 100
    : MASTERY_PERCENT;
}

/** Element/value pairs to send, in an order every LMS accepts (score before status). */
export function lmsReport(version: ScormVersion, input: LmsReportInput): LmsValues {
  const { score, location, suspendData } = input;
  const outcome = lmsOutcome(score, input.masteryPercent);
  const raw = String(score.percent);
  const values: LmsValues = [];
  const fits = suspendData.length <= SUSPEND_DATA_LIMIT[version];
  if (version === '1.2') {
    if (location) values.push(['cmi.core.lesson_location', location.slice(0, 255)]);
    if (fits) values.push(['cmi.suspend_data', suspendData]);
    if (score.started) {
      values.push(['cmi.core.score.min', '0'], ['cmi.core.score.max', '100']);
      values.push(['cmi.core.score.raw', raw]);
    }
    values.push(['cmi.core.lesson_status', outcome]);
    values.push(['cmi.core.exit', outcome === 'incomplete' ? 'suspend' : '']);
    return values;
  }
  if (location) values.push(['cmi.location', location.slice(0, 1000)]);
  if (fits) values.push(['cmi.suspend_data', suspendData]);
  if (score.started) {
    values.push(['cmi.score.min', '0'], ['cmi.score.max', '100'], ['cmi.score.raw', raw]);
    values.push(['cmi.score.scaled', String(score.percent / 100)]);
  }
  values.push(['cmi.completion_status', outcome === 'incomplete' ? 'incomplete' : 'completed']);
  values.push(['cmi.success_status', outcome === 'incomplete' ? 'unknown' : outcome]);
  values.push(['cmi.exit', outcome === 'incomplete' ? 'suspend' : 'normal']);
  return values;
}

/** The element holding the resume point, the saved progress and the mastery score. */
export const LMS_ELEMENTS: Record<
  ScormVersion,
  { location: string; suspendData: string; mastery: string }
> = {
  '1.2': {
    location: 'cmi.core.lesson_location',
    suspendData: 'cmi.suspend_data',
    mastery: 'cmi.student_data.mastery_score',
  },
  '2004': {
    location: 'cmi.location',
    suspendData: 'cmi.suspend_data',
    mastery: 'cmi.scaled_passing_score',
  },
};

/**
 * The page's path relative to the package root (the launch page's folder), with its #hash:
 * both arguments are URL paths ('/pkg/learn/index.html', '/pkg/scorm-launch.html'). '' when
 * the page is not inside that folder, so the stored resume point is left as it was.
 */
export function locationInPackage(pagePath: string, launchPath: string): string {
  const root = launchPath.replace(/[?#].*$/, '').replace(/[^/]*$/, '');
  const page = pagePath.replace(/\?[^#]*/, '');
  if (!root || !page.startsWith(root) || page.length === root.length) return '';
  return page.slice(root.length);
}
