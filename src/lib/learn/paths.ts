/** Routes of the training path, through withBase like every internal link. */
import { withBase } from '../site/paths';
import type { LearnProgress } from './progress';

export const learnPath = () => withBase('/learn/');
export const learnChapterPath = (chapterId: string) => withBase(`/learn/${chapterId}/`);
export const exercisePath = (exerciseId: string) => withBase(`/learn/exercises/${exerciseId}/`);
export const certificatePath = () => withBase('/learn/certificate/');
export const certificateCheckPath = () => withBase('/learn/certificate/check/');

/** The query that marks a story chapter opened from the training path: ?from=learn. */
const FROM = { key: 'from', value: 'learn' } as const;

/** A story chapter as the training path links to it: its end then leads to the knowledge check. */
export const readingOnPathPath = (chapterId: string) =>
  withBase(`/story/${chapterId}/?${FROM.key}=${FROM.value}`);

/**
 * Whether a story chapter belongs to a learner's training path: opened from the path (the
 * query above), or read by someone who has started the path in this browser or LMS.
 */
export function readingOnPath(search: string, progress: Readonly<LearnProgress>): boolean {
  const fromPath = new URLSearchParams(search).get(FROM.key) === FROM.value;
  return (
    fromPath ||
    Object.keys(progress.answers).length > 0 ||
    Object.keys(progress.exercises).length > 0
  );
}
