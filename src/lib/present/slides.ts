/**
 * The slide model of the presenter deck: plain records built from the content at build time,
 * rendered by src/components/present/SlideView.astro and previewed by the speaker view.
 */
import type { Certainty, DatePrecision, MythVerdict, SourceKind } from '../content/vocabulary';

/** A source line as a slide shows it. */
export interface DeckSource {
  title: string;
  publisher: string;
  published: string;
  kind: SourceKind;
  url: string;
}

/** An event as the deck needs it: the record plus the opening of its body for the notes. */
export interface DeckEvent {
  id: string;
  title: string;
  date: string;
  datePrecision: DatePrecision;
  time?: string | undefined;
  certainty: Certainty;
  importance: 1 | 2 | 3;
  summary: string;
  sources: DeckSource[];
  conflictSummary?: string | undefined;
  /** The first paragraph(s) of the event's text, as plain text. */
  opening: string[];
  /** The persona (an identity of the operation) who acts in the event, when one does. */
  personas: string[];
}

/** A chapter as the deck needs it. */
export interface DeckChapter {
  id: string;
  order: number;
  title: string;
  summary: string;
  objectives: string[];
  eventIds: string[];
  simulationStep?: string | undefined;
  /** The first paragraph(s) of the chapter, as plain text. */
  opening: string[];
  /** The chapter's section headings, for the speaker's outline. */
  sections: string[];
}

/** A myth of /myths/ as the deck needs it. */
export interface DeckMyth {
  id: string;
  /** The claim in the words people use. */
  myth: string;
  verdict: MythVerdict;
  /** What the record shows, as plain text. */
  record: string[];
  sources: DeckSource[];
}

/** One step of the build chain: the slide shows it live, the speaker view says what to point out. */
export interface SimulationStep {
  /** A step id or alias of /simulation/?step= (src/lib/simulation/link-targets.ts). */
  id: string;
  /** The /simulation/?env= token whose numbers the slide quotes. */
  env: string;
  /** That build machine in words, for the frame's name and the link under it. */
  machine: string;
  title: string;
  /** When in the build the step runs. */
  when: string;
  /** The command or line the step turns on, for the speaker (the live terminal shows it too). */
  command: string;
  points: string[];
  notes: string[];
}

interface SlideCommon {
  /** Stable id, used as the element id: "chapter-3", "event-2024-03-29-freund-discloses". */
  id: string;
  /** Short label for the overview grid and the speaker view. */
  title: string;
  /** The group the slide belongs to: "Chapter 3", "Key event", "Simulation". */
  section: string;
  /** The slide's first point, previewed as "next" in the speaker view. */
  lead: string;
  /** Speaker notes: short paragraphs taken from the content. */
  notes: string[];
  /** Talking points with the source of each claim (the story slides have them). */
  talkingPoints?: TalkingPoint[];
  /** Suggested time on the slide, in seconds, for the speaker view's pace. */
  seconds: number;
  /** How to hand over to the next slide of the talk. */
  transition?: string;
}

/** One thing to say, with where the claim comes from. */
export interface TalkingPoint {
  text: string;
  source?: DeckSource;
}

/** One event on the long-con timeline slide. */
export interface TimelineMark {
  id: string;
  date: string;
  /** The date as the slide prints it ("June 2022"). */
  when: string;
  /** Short label on the slide. */
  label: string;
  /** The persona who acts in it, when one does. */
  persona?: string;
}

/** A slide of the told story: a picture or a few plain statements. */
export interface StorySlide extends SlideCommon {
  kind: 'story';
  visual: 'half-second' | 'long-con' | 'attack-chain' | 'points' | 'known-unknown';
  kicker: string;
  /** Plain statements on the slide (points, or the first column of known/unknown). */
  points: string[];
  /** The second column of a known/unknown slide. */
  contrast?: string[];
  marks?: TimelineMark[];
}

export interface TitleSlide extends SlideCommon {
  kind: 'title';
  chapterCount: number;
  keyEventCount: number;
  stepCount: number;
}

export interface ChapterSlide extends SlideCommon {
  kind: 'chapter';
  chapter: DeckChapter;
  chapterCount: number;
  /** The chapter's simulation step, when the deck does not already show it live. */
  simulationLink: string | undefined;
}

export interface ChapterEventsSlide extends SlideCommon {
  kind: 'chapter-events';
  chapter: DeckChapter;
  events: DeckEvent[];
  page: number;
  pages: number;
}

export interface KeyEventSlide extends SlideCommon {
  kind: 'key-event';
  event: DeckEvent;
  /** The source shown on the slide: the first primary one, else the first. */
  source: DeckSource | undefined;
}

export interface SimulationSlide extends SlideCommon {
  kind: 'simulation';
  step: SimulationStep;
  stepNumber: number;
  stepCount: number;
}

/** Opens the optional myths group and says how to skip it. */
export interface MythsIntroSlide extends SlideCommon {
  kind: 'myths-intro';
  count: number;
  /** 1-based number of the first slide after the group, for "type it, then Enter". */
  skipTo: number;
}

export interface MythSlide extends SlideCommon {
  kind: 'myth';
  myth: DeckMyth;
  number: number;
  count: number;
  /** The source shown on the slide: the first primary one, else the first. */
  source: DeckSource | undefined;
}

export interface ClosingSlide extends SlideCommon {
  kind: 'closing';
  takeaways: string[];
}

export type Slide =
  | TitleSlide
  | ChapterSlide
  | ChapterEventsSlide
  | KeyEventSlide
  | SimulationSlide
  | MythsIntroSlide
  | MythSlide
  | ClosingSlide
  | StorySlide;
export type SlideKind = Slide['kind'];
