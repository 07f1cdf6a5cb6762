/** Label widths calibrated once per character against the font the chart really uses. */
import { tableMeasure } from '../../lib/timeline/measure';
import type { MeasureText } from '../../lib/timeline/types';

/** Kerning and hinting can add a little; a small margin keeps labels from touching. */
const SAFETY = 1.03;

export function fontMeasure(element: Element, fontSize = 12): MeasureText {
  const family = getComputedStyle(element).fontFamily || 'system-ui, sans-serif';
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return tableMeasure(() => fontSize * 0.6);
  const fonts = [`400 ${fontSize}px ${family}`, `650 ${fontSize}px ${family}`];
  return tableMeasure((char, bold) => {
    context.font = fonts[bold ? 1 : 0]!;
    return context.measureText(char).width * SAFETY;
  });
}
