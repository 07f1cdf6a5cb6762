/** Plain-English lines about progress, shared by the path overview, quiz pages and certificate. */
import { MASTERY_PERCENT } from './pass-mark';
import type { ExerciseRecord } from './progress';
import type { ChapterScore, PathScore } from './score';

const plural = (count: number, one: string, many = `${one}s`) =>
  `${count} ${count === 1 ? one : many}`;

/** One sentence about the whole path. */
export function describePath(score: PathScore): string {
  // A route without exercises (the essentials route) does not mention them at all.
  const noExercises = score.exercisesTotal === 0;
  if (!score.started)
    return noExercises
      ? `Not started yet: ${plural(score.total, 'question')} to go.`
      : `Not started yet: ${plural(score.total, 'question')} and ${plural(score.exercisesTotal, 'exercise')} to go.`;
  if (score.complete) {
    if (noExercises)
      return `Route complete: ${score.correct} of ${score.total} answers correct (${score.percent}%).`;
    const exercises =
      score.exercisesTotal === 1
        ? 'the exercise'
        : score.exercisesTotal === 2
          ? 'both exercises'
          : `all ${score.exercisesTotal} exercises`;
    const tally = `${score.correct} of ${score.total} answers correct (${score.percent}%) and ${exercises} solved`;
    if (score.passed) return `Path passed: ${tally}.`;
    const short = score.chapters.filter((chapter) => chapter.state !== 'passed').length;
    return `Path complete but not passed yet: ${tally}; ${plural(short, 'chapter')} below the ${MASTERY_PERCENT}% pass mark to retry.`;
  }
  const passed = score.chapters.filter((chapter) => chapter.state === 'passed').length;
  const ofThem = score.chaptersDone > 0 ? ` (${passed} passed)` : '';
  const exercises = noExercises
    ? ''
    : ` ${score.exercisesSolved} of ${score.exercisesTotal} exercises solved,`;
  return `${score.answered} of ${score.total} questions answered (${score.correct} correct),${exercises} ${score.chaptersDone} of ${plural(score.chapters.length, 'chapter')} done${ofThem}.`;
}

/** The state of one exercise. */
export function describeExercise(record: ExerciseRecord | undefined): string {
  if (!record) return 'Not tried yet';
  if (record.solved)
    return record.attempts === 1 ? 'Solved at the first try' : `Solved in ${record.attempts} tries`;
  return `Not solved yet · ${plural(record.attempts, 'try', 'tries')} so far`;
}

/** A short line for one chapter, e.g. "2 of 3 answered, 2 correct · exercise solved". */
export function describeChapterScore(score: ChapterScore): string {
  const exercises =
    score.exercisesTotal === 1 ? 'an exercise' : plural(score.exercisesTotal, 'exercise');
  if (score.answered === 0 && score.exercisesSolved === 0) {
    const questions = plural(score.total, 'question');
    return score.exercisesTotal > 0
      ? `Not started · ${questions} and ${exercises}`
      : `Not started · ${questions}`;
  }
  const answered =
    score.state === 'passed'
      ? `Passed: ${score.correct} of ${score.total} correct (${score.percent}%)`
      : score.state === 'done'
        ? `Done, not passed: ${score.correct} of ${score.total} correct (${score.percent}%; ${MASTERY_PERCENT}% passes)`
        : score.answered === score.total
          ? `All ${score.total} answered, ${score.correct} correct`
          : `${score.answered} of ${score.total} answered, ${score.correct} correct`;
  if (score.exercisesTotal === 0) return answered;
  if (score.exercisesTotal === 1)
    return `${answered} · exercise ${score.exercisesSolved === 1 ? 'solved' : 'to do'}`;
  return `${answered} · ${score.exercisesSolved} of ${score.exercisesTotal} exercises solved`;
}
