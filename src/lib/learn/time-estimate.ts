/**
 * How long the training path takes, measured from the chapters' own text rather than guessed:
 * reading time from the word count at a pace suited to technical prose, plus a fixed time per
 * knowledge-check question (read the prompt and four choices, answer, read the explanation).
 */

/** Technical text with unfamiliar terms reads slower than the 230–250 words/min of fiction. */
export const WORDS_PER_MINUTE = 200;
/** Seconds per question: about 15 s to choose and 30 s to read the sourced explanation. */
export const SECONDS_PER_QUESTION = 45;

export interface ChapterWork {
  words: number;
  questions: number;
}

export interface ChapterTime {
  readingMinutes: number;
  questionMinutes: number;
  /** Whole minutes, rounded up, so no chapter is promised shorter than it is. */
  minutes: number;
}

function nonNegative(value: number): number {
  return Number.isFinite(value) && value > 0 ? value : 0;
}

/** The time one chapter takes; bad counts (negative, NaN) count as nothing instead of throwing. */
export function estimateChapter({ words, questions }: ChapterWork): ChapterTime {
  const readingMinutes = nonNegative(words) / WORDS_PER_MINUTE;
  const questionMinutes = (nonNegative(questions) * SECONDS_PER_QUESTION) / 60;
  return {
    readingMinutes,
    questionMinutes,
    minutes: Math.ceil(readingMinutes + questionMinutes),
  };
}

/** Every chapter's estimate and the total, which is the sum of the rounded chapter minutes. */
export function estimatePath(chapters: readonly ChapterWork[]): {
  chapters: ChapterTime[];
  totalMinutes: number;
} {
  const times = chapters.map(estimateChapter);
  return { chapters: times, totalMinutes: times.reduce((sum, time) => sum + time.minutes, 0) };
}

/** "about 9 min" or "about 1 h 32 min". */
export function formatMinutes(minutes: number): string {
  const whole = Math.ceil(nonNegative(minutes));
  if (whole < 60) return `about ${whole} min`;
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  return rest === 0 ? `about ${hours} h` : `about ${hours} h ${rest} min`;
}
