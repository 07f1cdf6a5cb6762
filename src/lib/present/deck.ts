/**
 * Builds the presenter deck from content records: a title slide; per chapter its key points
 * and its events (a few per slide); each key event (importance 1) after the first chapter that
 * lists it; the build-chain simulation steps after the chapter that points to the first of them;
 * whatever no chapter placed; a closing slide. Pure, so the deck is unit-tested on fixtures.
 */
import { compareDated, formatDate } from '../content/dates';
import { CERTAINTY_EXPLANATIONS, CERTAINTY_LABELS } from '../content/vocabulary';
import { MYTH_VERDICT_LABELS } from '../content/vocabulary';
import type {
  ChapterEventsSlide,
  DeckChapter,
  DeckEvent,
  DeckMyth,
  DeckSource,
  KeyEventSlide,
  MythsIntroSlide,
  MythSlide,
  SimulationSlide,
  SimulationStep,
  Slide,
  StorySlide,
  TimelineMark,
} from './slides';
import { type StorySpec, TAKEAWAYS } from './talk';

export interface DeckInput {
  siteTitle: string;
  tagline: string;
  chapters: DeckChapter[];
  /** Every event the chapters may name; key events are those with importance 1. */
  events: DeckEvent[];
  steps: readonly SimulationStep[];
  /** The myths of /myths/, in page order; they form a group just before the closing slide. */
  myths?: readonly DeckMyth[];
  /** The told story's slides (src/lib/present/talk.ts); each follows its chapter's opening slide. */
  story?: readonly StorySpec[];
  /** Looks up a content/sources id a talking point cites; throws naming the slide when missing. */
  source?: (id: string, citedBy: string) => DeckSource;
}

/** Suggested seconds per slide kind; the story slides carry their own. */
const SECONDS = {
  title: 30,
  chapter: 50,
  'chapter-events': 40,
  'key-event': 45,
  simulation: 60,
  'myths-intro': 20,
  myth: 40,
  closing: 60,
} as const;

/** The long-con timeline runs from the first patch to the last backdoored release. */
const LONG_CON = { from: '2021-01-01', to: '2024-03-10' };

/** Most events one timeline slide lists, so that it stays readable on a projector. */
export const EVENTS_PER_SLIDE = 6;

const byTime = (a: DeckEvent, b: DeckEvent) => compareDated(a, b) || a.id.localeCompare(b.id);

/** The slides of the talk, in order. */
export function buildDeck(input: DeckInput): Slide[] {
  const events = new Map(input.events.map((event) => [event.id, event]));
  const chapters = [...input.chapters].sort((a, b) => a.order - b.order);
  const keyEvents = input.events.filter((event) => event.importance === 1).sort(byTime);
  const stepIds = new Set(input.steps.map((step) => step.id));
  const placedEvents = new Set<string>();
  const story = input.story ?? [];
  let stepsPlaced = false;

  const slides: Slide[] = [
    {
      kind: 'title',
      id: 'title',
      title: input.siteTitle,
      section: 'Start',
      lead: input.tagline,
      chapterCount: chapters.length,
      keyEventCount: keyEvents.length,
      stepCount: input.steps.length,
      seconds: SECONDS.title,
      notes: [
        `${input.tagline}.`,
        `The deck follows the site: ${chapters.length} chapters, ${keyEvents.length} key events and ${input.steps.length} steps of the build simulation. Every claim on a slide has its source on the site.`,
      ],
    },
  ];

  for (const chapter of chapters) {
    slides.push({
      kind: 'chapter',
      id: `chapter-${chapter.order}`,
      title: chapter.title,
      section: `Chapter ${chapter.order}`,
      lead: chapter.summary,
      chapter,
      chapterCount: chapters.length,
      seconds: SECONDS.chapter,
      simulationLink:
        chapter.simulationStep && !stepIds.has(chapter.simulationStep)
          ? chapter.simulationStep
          : undefined,
      notes: [
        ...chapter.opening,
        ...(chapter.sections.length > 0
          ? [`The chapter’s sections: ${chapter.sections.join(' · ')}.`]
          : []),
      ],
    });
    for (const spec of story.filter((item) => item.afterChapter === chapter.order)) {
      slides.push(storySlide(spec, input, keyEvents));
    }

    const listed = chapter.eventIds
      .map((id) => events.get(id))
      .filter((event): event is DeckEvent => event !== undefined)
      .sort(byTime);
    slides.push(...chapterEventSlides(chapter, listed));

    for (const event of listed) {
      if (event.importance !== 1 || placedEvents.has(event.id)) continue;
      placedEvents.add(event.id);
      slides.push(keyEventSlide(event, `Key event · Chapter ${chapter.order}`));
    }

    if (!stepsPlaced && chapter.simulationStep && stepIds.has(chapter.simulationStep)) {
      slides.push(...simulationSlides(input.steps));
      stepsPlaced = true;
    }
  }

  for (const event of keyEvents) {
    if (!placedEvents.has(event.id)) slides.push(keyEventSlide(event, 'Key event'));
  }
  if (!stepsPlaced) slides.push(...simulationSlides(input.steps));
  for (const spec of story) {
    if (!slides.some((slide) => slide.id === spec.id))
      slides.push(storySlide(spec, input, keyEvents));
  }

  const myths = input.myths ?? [];
  if (myths.length > 0) {
    // The group ends right before the closing slide, so End (or its number) skips it.
    const skipTo = slides.length + myths.length + 2;
    slides.push(mythsIntroSlide(myths.length, skipTo), ...mythSlides(myths));
  }

  slides.push({
    kind: 'closing',
    id: 'closing',
    title: 'Three things to take home',
    section: 'End',
    lead: TAKEAWAYS[0]!,
    takeaways: [...TAKEAWAYS],
    seconds: SECONDS.closing,
    notes: [
      'Read the three takeaways, then point at the address: every event on the site names its primary record.',
      'Leave this slide up for questions; the QR code opens the site on the room’s phones.',
    ],
    transition: 'Questions.',
  });
  return slides;
}

/** The key events of the long con as marks on a time axis, personas named. */
function longConMarks(keyEvents: readonly DeckEvent[]): TimelineMark[] {
  return keyEvents
    .filter((event) => event.date >= LONG_CON.from && event.date <= LONG_CON.to)
    .map((event) => ({
      id: event.id,
      date: event.date,
      when: formatDate(event),
      label: event.title,
      ...(event.personas[0] ? { persona: event.personas[0] } : {}),
    }));
}

function storySlide(
  spec: StorySpec,
  input: DeckInput,
  keyEvents: readonly DeckEvent[],
): StorySlide {
  const citedBy = `The deck's slide ${spec.id}`;
  const resolve = (id: string): DeckSource => {
    if (!input.source) throw new Error(`${citedBy} cites "${id}", but the deck has no sources`);
    return input.source(id, citedBy);
  };
  const talkingPoints = spec.talk.map((point) =>
    point.source ? { text: point.text, source: resolve(point.source) } : { text: point.text },
  );
  return {
    kind: 'story',
    id: spec.id,
    title: spec.title,
    section: spec.kicker,
    lead: spec.points[0] ?? spec.kicker,
    visual: spec.visual,
    kicker: spec.kicker,
    points: [...spec.points],
    ...(spec.contrast ? { contrast: [...spec.contrast] } : {}),
    ...(spec.visual === 'long-con' ? { marks: longConMarks(keyEvents) } : {}),
    talkingPoints,
    seconds: spec.seconds,
    transition: spec.transition,
    notes: [],
  };
}

const MYTHS_SECTION = 'Myths (optional)';

function mythsIntroSlide(count: number, skipTo: number): MythsIntroSlide {
  return {
    kind: 'myths-intro',
    id: 'myths',
    title: 'Myths people bring into the room',
    section: MYTHS_SECTION,
    lead: `${count} things often said about the xz backdoor, each held against the record.`,
    count,
    skipTo,
    seconds: SECONDS['myths-intro'],
    notes: [
      `An optional group of ${count} slides. To skip it, press End or type ${skipTo} and Enter for the closing slide.`,
      'Ask the room first: who has heard one of these? Then show what the record says.',
    ],
  };
}

function mythSlides(myths: readonly DeckMyth[]): MythSlide[] {
  return myths.map((myth, index) => ({
    kind: 'myth',
    id: `myth-${myth.id}`,
    title: myth.myth,
    section: MYTHS_SECTION,
    lead: `${MYTH_VERDICT_LABELS[myth.verdict]}. ${myth.record[0] ?? ''}`.trim(),
    myth,
    number: index + 1,
    count: myths.length,
    source: leadSource(myth),
    seconds: SECONDS.myth,
    notes: [...myth.record, `Verdict: ${MYTH_VERDICT_LABELS[myth.verdict]}.`],
  }));
}

/** One line of a timeline slide or of the notes: "29 March 2024 — title". */
function eventLine(event: DeckEvent): string {
  return `${formatDate(event)} — ${event.title}`;
}

function chapterEventSlides(chapter: DeckChapter, listed: DeckEvent[]): ChapterEventsSlide[] {
  const pages = Math.ceil(listed.length / EVENTS_PER_SLIDE);
  return Array.from({ length: pages }, (_, page) => {
    const events = listed.slice(page * EVENTS_PER_SLIDE, (page + 1) * EVENTS_PER_SLIDE);
    const suffix = pages > 1 ? ` (${page + 1} of ${pages})` : '';
    return {
      kind: 'chapter-events',
      id: `chapter-${chapter.order}-events-${page + 1}`,
      title: `${chapter.title}: the events${suffix}`,
      section: `Chapter ${chapter.order}`,
      lead: eventLine(events[0]!),
      chapter,
      events,
      page: page + 1,
      pages,
      seconds: SECONDS['chapter-events'],
      notes: events.map((event) => `${formatDate(event)}: ${event.summary}`),
    };
  });
}

/** The source a slide names: the first primary source, else the first listed. */
export function leadSource(item: { sources: readonly DeckSource[] }): DeckSource | undefined {
  return item.sources.find((source) => source.kind === 'primary') ?? item.sources[0];
}

function keyEventSlide(event: DeckEvent, section: string): KeyEventSlide {
  const certainty = `${CERTAINTY_LABELS[event.certainty]}: ${CERTAINTY_EXPLANATIONS[event.certainty]}`;
  return {
    kind: 'key-event',
    id: `event-${event.id}`,
    title: event.title,
    section,
    lead: `${formatDate(event)}: ${event.summary}`,
    event,
    source: leadSource(event),
    seconds: SECONDS['key-event'],
    notes: [
      ...event.opening,
      ...(event.conflictSummary ? [`Sources disagree: ${event.conflictSummary}`] : []),
      certainty,
    ],
  };
}

function simulationSlides(steps: readonly SimulationStep[]): SimulationSlide[] {
  return steps.map((step, index) => ({
    kind: 'simulation',
    id: `simulation-${step.id}`,
    title: step.title,
    section: 'Simulation',
    lead: step.points[0] ?? step.command,
    step,
    stepNumber: index + 1,
    stepCount: steps.length,
    seconds: SECONDS.simulation,
    // The slide shows the live simulation; what to say about it goes to the speaker view.
    notes: [...step.points, ...step.notes, `The command: ${step.command}`],
  }));
}
