/**
 * Cuts of the talk: which slides, in which order, for how long. `?cut=10|25|45|all` picks one
 * (25 when absent) and `?skip=id,id` drops slides from it, so a prepared talk reopens the same
 * way. Slide numbers (`?slide=n`) count within the resulting plan. Pure: the deck, the speaker
 * view and the PDF script all read the same plan from the same address.
 */

export type CutId = '10' | '25' | '45' | 'all';
export const CUT_IDS: readonly CutId[] = ['10', '25', '45', 'all'];
const DEFAULT_CUT: CutId = '25';
const CUT_PARAM = 'cut';
const SKIP_PARAM = 'skip';

/** What a cut needs to know about a slide. */
export interface PlanSlide {
  id: string;
  /** The slide's own suggested time, the weight it gets when a cut is timed to a length. */
  seconds: number;
  /** Optional slides (the myths) are left out of every cut but "all". */
  optional?: boolean;
}

/** The 25-minute talk: the story, key moments of the long con, the live steps. */
const TALK_25 = [
  'title',
  'story-half-second',
  'story-stakes',
  'story-long-con',
  'event-2022-06-07-jigar-kumar-demands-new-maintainer',
  'event-2022-06-08-lasse-limited-capacity-reply',
  'event-2023-03-18-v5-4-2-jia-first-release',
  'event-2023-06-22-hans-jansen-ifunc-patches',
  'event-2024-02-24-v5-6-0-released',
  'story-attack-chain',
  'simulation-stage-0',
  'simulation-stage-1',
  'simulation-gates',
  'simulation-stage-2-make',
  'simulation-git-tag',
  'story-run-time',
  'event-2024-03-29-freund-discloses',
  'story-who',
  'story-what-to-do',
  'closing',
];

const TALK_10 = [
  'title',
  'story-half-second',
  'story-stakes',
  'story-long-con',
  'story-attack-chain',
  'simulation-stage-0',
  'story-who',
  'story-what-to-do',
  'closing',
];

const CUT_MINUTES: Record<Exclude<CutId, 'all'>, number> = { '10': 10, '25': 25, '45': 45 };

export const CUT_LABELS: Record<CutId, string> = {
  '10': '10 minutes',
  '25': '25 minutes',
  '45': '45 minutes',
  all: 'Every slide',
};

export interface CutChoice {
  cut: CutId;
  /** Slide ids dropped from the cut, in the order given. */
  skip: string[];
  /** Set when the address asked for something that does not exist: what the reader sees. */
  notice?: string;
}

/** Reads `?cut=` and `?skip=` from a query string. */
export function parseCut(search: string): CutChoice {
  const params = new URLSearchParams(search);
  const raw = params.get(CUT_PARAM)?.trim() ?? '';
  const skip = (params.get(SKIP_PARAM) ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  if (raw === '') return { cut: DEFAULT_CUT, skip };
  if ((CUT_IDS as readonly string[]).includes(raw)) return { cut: raw as CutId, skip };
  return {
    cut: DEFAULT_CUT,
    skip,
    notice: `There is no “${raw.slice(0, 12)}” cut (try 10, 25, 45 or all), so the deck shows the ${CUT_LABELS[DEFAULT_CUT]} talk.`,
  };
}

/** The query string with the cut and skip list set, other parameters kept (default cut left out). */
export function cutSearch(search: string, choice: Pick<CutChoice, 'cut' | 'skip'>): string {
  const params = new URLSearchParams(search);
  if (choice.cut === DEFAULT_CUT) params.delete(CUT_PARAM);
  else params.set(CUT_PARAM, choice.cut);
  if (choice.skip.length === 0) params.delete(SKIP_PARAM);
  else params.set(SKIP_PARAM, choice.skip.join(','));
  const text = params.toString().replaceAll('%2C', ',');
  return text === '' ? '' : `?${text}`;
}

/** The slides of a cut in talk order, before skips: ids of slides that exist. */
export function cutSlides(cut: CutId, slides: readonly PlanSlide[]): PlanSlide[] {
  const byId = new Map(slides.map((slide) => [slide.id, slide]));
  if (cut === 'all') return [...slides];
  if (cut === '45') return slides.filter((slide) => !slide.optional);
  const ids = cut === '10' ? TALK_10 : TALK_25;
  return ids.map((id) => byId.get(id)).filter((slide): slide is PlanSlide => slide !== undefined);
}

export interface PlanEntry {
  id: string;
  /** Suggested seconds on this slide within the cut. */
  seconds: number;
}

/**
 * The talk as given: the cut without its skipped slides, each slide's time scaled so that the
 * whole cut fills its length (the "all" cut keeps the slides' own times). Never empty: skipping every
 * slide keeps the first, so the deck always has something to show.
 */
export function planTalk(choice: Pick<CutChoice, 'cut' | 'skip'>, slides: readonly PlanSlide[]) {
  const inCut = cutSlides(choice.cut, slides);
  const skipped = new Set(choice.skip);
  let kept = inCut.filter((slide) => !skipped.has(slide.id));
  if (kept.length === 0) kept = inCut.slice(0, 1);
  // Skipping a slide shortens the talk; it does not stretch the others.
  const weight = inCut.reduce((sum, slide) => sum + slide.seconds, 0);
  const target = choice.cut === 'all' ? weight : CUT_MINUTES[choice.cut] * 60;
  const scale = weight > 0 ? target / weight : 1;
  return kept.map((slide) => ({ id: slide.id, seconds: Math.round(slide.seconds * scale) }));
}

/** Adds or removes `id` from a skip list. */
export function toggleSkip(skip: readonly string[], id: string): string[] {
  return skip.includes(id) ? skip.filter((other) => other !== id) : [...skip, id];
}
