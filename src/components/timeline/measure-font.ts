/** Label widths calibrated once per character against the font the chart really uses. */
import { tableMeasure } from '../../lib/timeline/measure';
import type { MeasureText } from '../../lib/timeline/types';

/** Kerning and hinting can add a little; a small margin keeps labels from touching. */
const SAFETY = 1.03;

/** One canvas per weight, so the font is parsed once rather than on every character. */
function contextFor(font: string): CanvasRenderingContext2D | null {
  const context = document.createElement('canvas').getContext('2d');
  if (context) context.font = font;
  return context;
}

export function fontMeasure(element: Element, fontSize = 12): MeasureText {
  const family = getComputedStyle(element).fontFamily || 'system-ui, sans-serif';
  const regular = contextFor(`400 ${fontSize}px ${family}`);
  const bold = contextFor(`650 ${fontSize}px ${family}`);
  if (!regular || !bold) return tableMeasure(() => fontSize * 0.6);
  return tableMeasure((char, isBold) => (isBold ? bold : regular).measureText(char).width * SAFETY);
}
