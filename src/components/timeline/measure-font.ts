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

function fontMeasure(element: Element, fontSize = 12): MeasureText {
  const family = getComputedStyle(element).fontFamily || 'system-ui, sans-serif';
  const regular = contextFor(`400 ${fontSize}px ${family}`);
  const bold = contextFor(`650 ${fontSize}px ${family}`);
  if (!regular || !bold) return tableMeasure(() => fontSize * 0.6);
  return tableMeasure((char, isBold) => (isBold ? bold : regular).measureText(char).width * SAFETY);
}

/**
 * The build's generous estimate when the reader's font draws no title wider than it (the usual
 * case): then the live chart is the one already in the page, and nothing is redrawn. A wider
 * font gets its own widths, so whole labels never collide. As steps of a few hundred titles
 * each; `chosen` gets the measure after the last.
 */
export function chartMeasureSteps(
  element: Element,
  events: readonly TimelineEvent[],
  chosen: (measure: MeasureText) => void,
): Step[] {
  let real: MeasureText = SAFE_MEASURE;
  let fits = true;
  return [
    () => void (real = fontMeasure(element)),
    ...chunkSteps(events, 250, (chunk) => {
      fits &&= chunk.every(
        (event) => real(event.title, isKey(event)) <= SAFE_MEASURE(event.title, isKey(event)),
      );
    }),
    () => chosen(fits ? SAFE_MEASURE : real),
  ];
}
