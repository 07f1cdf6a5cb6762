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
};

export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const ACTOR_KINDS = ['person', 'persona', 'organisation', 'project'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const SOURCE_KINDS = ['primary', 'secondary'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
