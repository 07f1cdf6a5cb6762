/**
 * The facilitator guide's two session plans: 45 minutes on the essentials route (the live
 * simulation stands in for chapters 4–5) and 90 minutes on the whole path. Chapter slots are
 * scaled from each chapter's measured time (session-plan.ts); the fixed parts keep their length.
 */
import { type PlanItem, type PlannedItem, planSession } from './session-plan';

export interface PlanChapter {
  id: string;
  order: number;
  title: string;
  /** Measured reading and question time, in minutes. */
  minutes: number;
}

export interface SessionPlan {
  id: string;
  /** Session length in minutes. */
  length: number;
  intro: string;
  items: PlannedItem[];
}

/** The chapter after which the live simulation runs: the one that tells the build trick. */
export const SIMULATION_AFTER = '04-the-tarball-trick';
const HALF_SECOND_CHAPTER = '01-the-half-second';
const HALF_SECOND =
  'Open chapter 1 and run the half-second figure: it waits 0.299 s, then 0.807 s, as Freund measured.';
const SIMULATION =
  'Run the simulation live: step through how the release tarball made a backdoored liblzma that a build from the git tag would not have.';

/**
 * The chapters in order, the live simulation right after SIMULATION_AFTER (in the chapter's
 * place when that chapter is skipped), and the skipped chapters left out.
 */
export function chapterItems(
  chapters: readonly PlanChapter[],
  simulationMinutes: number,
  skip: ReadonlySet<string>,
): PlanItem[] {
  const simulation: PlanItem = {
    label: 'Live simulation',
    minutes: simulationMinutes,
    fixed: true,
    note: SIMULATION,
  };
  return chapters.flatMap((chapter) => {
    const after = chapter.id === SIMULATION_AFTER ? [simulation] : [];
    if (skip.has(chapter.id)) return after;
    const item: PlanItem = {
      label: `${chapter.order}. ${chapter.title}`,
      minutes: chapter.minutes,
    };
    if (chapter.id === HALF_SECOND_CHAPTER) item.note = HALF_SECOND;
    return [item, ...after];
  });
}

/** Both plans; `essentials` lists the chapters of the essentials route. */
export function facilitatorPlans(
  chapters: readonly PlanChapter[],
  essentials: readonly string[],
): SessionPlan[] {
  const offRoute = new Set(chapters.map(({ id }) => id).filter((id) => !essentials.includes(id)));
  return [
    {
      id: 'plan-45',
      length: 45,
      intro:
        'For a mixed audience, following the essentials route: chapters 4 and 5 (the build trick and the run-time hook) are optional reading, and the live simulation shows the trick instead.',
      items: planSession(
        [
          { label: 'Welcome and aims', minutes: 2, fixed: true },
          ...chapterItems(chapters, 6, offRoute),
          { label: 'Questions from the room', minutes: 5, fixed: true },
        ],
        45,
      ),
    },
    {
      id: 'plan-90',
      length: 90,
      intro: 'The whole path. Learners can do the knowledge checks on /learn/ afterwards.',
      items: planSession(
        [
          { label: 'Welcome and aims', minutes: 3, fixed: true },
          ...chapterItems(chapters, 8, new Set()),
          { label: 'Questions from the room', minutes: 8, fixed: true },
        ],
        90,
      ),
    },
  ];
}
