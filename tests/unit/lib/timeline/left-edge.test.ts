import { describe, expect, it } from 'vitest';

import { NO_FILTERS } from '../../../../src/lib/timeline/filters';
import { commandForKey } from '../../../../src/lib/timeline/keyboard';
import { laneLayoutConfig } from '../../../../src/lib/timeline/lanes';
import { createLayoutEngine } from '../../../../src/lib/timeline/layout';
import { estimateMeasure } from '../../../../src/lib/timeline/measure';
import { DAY, HOUR } from '../../../../src/lib/timeline/time';
import { domainOf } from '../../../../src/lib/timeline/viewport';
import { byId, STORY_EVENTS } from './fixtures';

describe('the left edge of the chart', () => {
  const width = 900;
  const config = laneLayoutConfig({
    filters: NO_FILTERS,
    collapsed: new Set(),
    measure: estimateMeasure(12),
    width,
  });
  const engine = createLayoutEngine(STORY_EVENTS, domainOf(STORY_EVENTS), config);
  const t = byId(STORY_EVENTS, 'v560').start;

  it('keeps a mark whose centre sits on the edge, half in view, without a cut label', () => {
    const layout = engine.layout({ start: t, end: t + 30 * DAY, width });
    const mark = layout.marks.find((m) => m.events.some((e) => e.id === 'v560'));
    expect(mark).toBeDefined();
    expect(mark!.left).toBeLessThan(0);
    expect(mark!.right).toBeGreaterThan(0);
    expect(mark!.label).toBe('');
  });

  it('keeps a mark that is still partly in view on a zoomed-in chart', () => {
    // One hour across 900 px: a mark drawn a few px left of its centre still reaches in.
    const layout = engine.layout({ start: t + 1000, end: t + HOUR, width });
    const mark = layout.marks.find((m) => m.events.some((e) => e.id === 'v560'));
    expect(mark?.right).toBeGreaterThan(0);
    expect(mark!.left).toBeLessThan(0);
  });
});

describe('the chart keyboard', () => {
  it('opens the focused event with Space as well as Enter', () => {
    expect(commandForKey(' ')).toBe('open');
    expect(commandForKey('Enter')).toBe('open');
    expect(commandForKey(' ', { ctrl: true })).toBeNull();
  });
});
