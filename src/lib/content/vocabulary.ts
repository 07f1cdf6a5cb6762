/**
 * The closed vocabularies of the content model. They live apart from the schemas so that
 * pure modules (timeline layout, data export, tests) can use them without importing Astro.
 */

/** Rows of the timeline. Each event sits in one or more lanes. */
export const LANES = [
  'people',
  'code',
  'releases',
  'infrastructure',
  'distributions',
  'discovery',
  'response',
  'background',
] as const;
export type Lane = (typeof LANES)[number];

export const LANE_LABELS: Record<Lane, string> = {
  people: 'People & pressure',
  code: 'Code',
  releases: 'Releases',
  infrastructure: 'Infrastructure',
  distributions: 'Distributions',
  discovery: 'Discovery',
  response: 'Response',
  background: 'Background',
};

/** How sure we are: confirmed by a primary record, reported by others, or our/analysts' inference. */
export const CERTAINTIES = ['confirmed', 'reported', 'inferred'] as const;
export type Certainty = (typeof CERTAINTIES)[number];

export const CERTAINTY_LABELS: Record<Certainty, string> = {
  confirmed: 'Confirmed',
  reported: 'Reported',
  inferred: 'Inferred',
};

/** The mark shown beside the label: a full, half or empty circle, so certainty reads without colour. */
export const CERTAINTY_GLYPHS: Record<Certainty, string> = {
  confirmed: '●',
  reported: '◐',
  inferred: '○',
};

export const CERTAINTY_EXPLANATIONS: Record<Certainty, string> = {
  confirmed: 'A primary record (commit, tag, mail, advisory, CVE record) shows it directly.',
  reported: 'Stated by a credible secondary source; no primary record was available to us.',
  inferred: 'An interpretation (of intent, attribution or cause) drawn from the records.',
};

/** The acts of the story, shaded on the timeline. */
export const ERAS = [
  'background',
  'arrival',
  'pressure',
  'maintainership',
  'backdoor',
  'discovery',
  'response',
  'aftermath',
] as const;
export type Era = (typeof ERAS)[number];

export const ERA_LABELS: Record<Era, string> = {
  background: 'Background',
  arrival: 'Arrival',
  pressure: 'Pressure',
  maintainership: 'Maintainership',
  backdoor: 'Backdoor',
  discovery: 'Discovery',
  response: 'Response',
  aftermath: 'Aftermath',
};

/**
 * Which time an event's date (and `time`) is: a git record's author, commit or tag time, a
 * mail's Date header, the publication time of a page, advisory or bug entry, or something else
 * (a day taken from several records, or from a statement about the day).
 */
export const TIME_BASES = ['author', 'commit', 'tag', 'mail', 'published', 'other'] as const;
export type TimeBasis = (typeof TIME_BASES)[number];

/** Shown after the time on an event page ("15:37 UTC, tag time"); `other` shows nothing. */
export const TIME_BASIS_LABELS: Record<TimeBasis, string | undefined> = {
  author: 'author time',
  commit: 'commit time',
  tag: 'tag time',
  mail: 'time of the mail',
  published: 'time of publication',
  other: undefined,
};

/** The bases that name a time of a git record: they can be checked against content/records. */
export const GIT_TIME_BASES = ['author', 'commit', 'tag'] as const satisfies readonly TimeBasis[];

export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const ACTOR_KINDS = ['person', 'persona', 'organisation', 'project'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const SOURCE_KINDS = ['primary', 'secondary'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/**
 * The date span of each era (inclusive, ISO day text). Eras tile the whole story without gaps,
 * so an event's era follows from its date; a unit test holds every event to this table.
 */
export const ERA_RANGES: Record<Era, { from: string; to: string }> = {
  background: { from: '2005-01-01', to: '2021-10-28' },
  arrival: { from: '2021-10-29', to: '2022-04-21' },
  pressure: { from: '2022-04-22', to: '2022-06-29' },
  maintainership: { from: '2022-06-30', to: '2024-01-22' },
  backdoor: { from: '2024-01-23', to: '2024-03-26' },
  discovery: { from: '2024-03-27', to: '2024-03-29' },
  response: { from: '2024-03-30', to: '2024-12-31' },
  // What changed for the project and for the practice, through the present (chapter 9).
  aftermath: { from: '2025-01-01', to: '2026-12-31' },
};

/** What the record says about a myth on /myths/. */
export const MYTH_VERDICTS = ['false', 'misleading', 'partly-true', 'unproven'] as const;
export type MythVerdict = (typeof MYTH_VERDICTS)[number];

export const MYTH_VERDICT_LABELS: Record<MythVerdict, string> = {
  false: 'False',
  misleading: 'Misleading',
  'partly-true': 'Partly true',
  unproven: 'Unproven',
};

/** Where a myth entry sends the reader to see the record for themselves. */
export const MYTH_LINK_KINDS = ['story', 'event', 'timeline', 'simulation'] as const;
export type MythLinkKind = (typeof MYTH_LINK_KINDS)[number];
