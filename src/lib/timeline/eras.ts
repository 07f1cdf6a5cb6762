/** The acts of the story as shaded bands behind the lanes (the open-ended background is not shaded). */
import { type Era, ERA_LABELS, ERA_RANGES, ERAS } from '../content/vocabulary';
import { DAY, parseMoment } from './time';
import type { MeasureText, Viewport } from './types';
import { timeToX } from './viewport';

export interface EraBand {
  era: Era;
  label: string;
  /** Screen x of the era's start and end (may lie off-screen). */
  x0: number;
  x1: number;
  /** Centre of the label within the visible part, or null when the band is too narrow for it. */
  labelX: number | null;
}

export const SHADED_ERAS = ERAS.filter((era) => era !== 'background');

const SPANS = SHADED_ERAS.map((era) => ({
  era,
  start: parseMoment(ERA_RANGES[era].from)!,
  end: parseMoment(ERA_RANGES[era].to)! + DAY,
}));

/**
 * Where the story proper starts (a little before Jia Tan's arrival): the chart opens on the
 * events from here on; the background years stay one "Fit all" away.
 */
export const STORY_START = parseMoment(ERA_RANGES.arrival.from)! - 60 * DAY;

/**
 * Where the opening view stops: the years after 2024 (chapter 9) would squeeze the attack itself
 * into a corner, so they too stay one "Fit all" (or one pan) away.
 */
export const STORY_END = parseMoment(ERA_RANGES.aftermath.from)!;

export function eraBands(v: Viewport, measure: MeasureText): EraBand[] {
  const bands: EraBand[] = [];
  for (const span of SPANS) {
    const x0 = timeToX(v, span.start);
    const x1 = timeToX(v, span.end);
    if (x1 <= 0 || x0 >= v.width) continue;
    const label = ERA_LABELS[span.era];
    const visible0 = Math.max(0, x0);
    const visible1 = Math.min(v.width, x1);
    const fits = visible1 - visible0 >= measure(label.toUpperCase(), true) + 12;
    bands.push({ era: span.era, label, x0, x1, labelX: fits ? (visible0 + visible1) / 2 : null });
  }
  return bands;
}
