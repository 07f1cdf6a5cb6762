/** Label widths calibrated once per character against the font the chart really uses. */
import { isKey } from '../../lib/timeline/layout';
import { tableMeasure } from '../../lib/timeline/measure';
import { SAFE_MEASURE } from '../../lib/timeline/opening-view';
import { chunkSteps, type Step } from '../../lib/timeline/slices';
import type { MeasureText, TimelineEvent } from '../../lib/timeline/types';

/** Kerning and hinting can add a little; a small margin keeps labels from touching. */
const SAFETY = 1.03;

/** One canvas per weight, so the font is parsed once rather than on every character. */
function contextFor(font: string): CanvasRenderingContext2D | null {
  const context = document.createElement('canvas').getContext('2d');
  if (context) context.font = font;
  return context;
}

/**
 * The reader's own widths, as steps (reading the computed font and making each canvas are the
 * costly parts of a cold start); `done` gets the measure.
 */
function fontMeasureSteps(
  element: Element,
  done: (measure: MeasureText) => void,
  fontSize = 12,
): Step[] {
  let family = '';
  let regular: CanvasRenderingContext2D | null = null;
  return [
    () => void (family = getComputedStyle(element).fontFamily || 'system-ui, sans-serif'),
    () => void (regular = contextFor(`400 ${fontSize}px ${family}`)),
    () => {
      const bold = contextFor(`650 ${fontSize}px ${family}`);
      // A const copy: the null check below then holds inside the measuring closure too.
      const plain = regular;
      if (!plain || !bold) return done(tableMeasure(() => fontSize * 0.6));
      done(
        tableMeasure((char, isBold) => (isBold ? bold : plain).measureText(char).width * SAFETY),
      );
    },
  ];
}

/** Titles compared per step: a cold first pass measures every new character on a canvas. */
const TITLES_PER_STEP = 20;

/**
 * The build's generous estimate when the reader's font draws no title wider than it (the usual
 * case): then the live chart is the one already in the page, and nothing is redrawn. A wider
 * font gets its own widths, so whole labels never collide. As steps of a few dozen titles
 * each; `chosen` gets the measure after the last (and may hand back steps of its own).
 */
export function chartMeasureSteps(
  element: Element,
  events: readonly TimelineEvent[],
  chosen: (measure: MeasureText) => void | readonly Step[],
): Step[] {
  let real: MeasureText = SAFE_MEASURE;
  let fits = true;
  return [
    ...fontMeasureSteps(element, (measure) => void (real = measure)),
    ...chunkSteps(events, TITLES_PER_STEP, (chunk) => {
      fits &&= chunk.every(
        (event) => real(event.title, isKey(event)) <= SAFE_MEASURE(event.title, isKey(event)),
      );
    }),
    () => chosen(fits ? SAFE_MEASURE : real),
  ];
}
