import { describe, expect, it } from 'vitest';

import { filterEvents, NO_FILTERS } from '../../../../src/lib/timeline/filters';
import { laneLayoutConfig } from '../../../../src/lib/timeline/lanes';
import { createLayoutEngine } from '../../../../src/lib/timeline/layout';
import { estimateMeasure } from '../../../../src/lib/timeline/measure';
import { prepareEvents } from '../../../../src/lib/timeline/prepare';
import { buildScene, type SceneOptions } from '../../../../src/lib/timeline/scene';
import { sceneToSvg } from '../../../../src/lib/timeline/svg-string';
import { syntheticData } from '../../../../src/lib/timeline/synthetic';
import { DAY } from '../../../../src/lib/timeline/time';
import type { TimelineEvent } from '../../../../src/lib/timeline/types';
import { domainOf, fitWindow } from '../../../../src/lib/timeline/viewport';
import { STORY_EVENTS } from './fixtures';

const measure = estimateMeasure(12);

interface Case {
  events?: readonly TimelineEvent[];
  width: number;
  window?: [number, number];
  collapsed?: string[];
  lanes?: string[];
  scene?: Partial<SceneOptions>;
}

function render({
  events = STORY_EVENTS,
  width,
  window,
  collapsed = [],
  lanes = [],
  scene = {},
}: Case): string {
  const filters = { ...NO_FILTERS, lanes: lanes as never[] };
  const shown = filterEvents(events, filters);
  const domain = domainOf(events);
  const config = laneLayoutConfig({
    filters,
    collapsed: new Set(collapsed as never[]),
    measure,
    width,
  });
  const engine = createLayoutEngine(shown, domain, config);
  const [start, end] = window ?? fitWindow(domain, shown, width, config.maxLabelWidth);
  const layout = engine.layout({ start, end, width });
  return sceneToSvg(buildScene(layout, { measure, bandLabels: true, ...scene }));
}

describe('SVG snapshots', () => {
  it('draws the whole story at desktop width', async () => {
    await expect(render({ width: 960 })).toMatchFileSnapshot('__snapshots__/story-fit.svg');
  });

  it('draws March 2024 with a focused and a selected event', async () => {
    const svg = render({
      width: 960,
      window: [Date.UTC(2024, 1, 10), Date.UTC(2024, 3, 5)],
      scene: { focusId: 'freund', focusVisible: true, selectedId: 'v561' },
    });
    expect(svg).toContain('class="tl-focus-ring"');
    expect(svg).toContain('class="tl-selected"');
    await expect(svg).toMatchFileSnapshot('__snapshots__/story-march-2024.svg');
  });

  it('puts the date and full title of the mark under the pointer on a plate', () => {
    const svg = render({
      width: 960,
      window: [Date.UTC(2021, 0, 1), Date.UTC(2025, 0, 1)],
      scene: { hoverKey: 'cve' },
    });
    expect(svg).toContain('class="tl-callout-plate"');
    expect(svg).toMatch(
      /class="tl-callout"[^>]*>3 events, including 29 March 2024, 15:38 UTC · CVE-2024-3094 is reserved and published[^<]*</,
    );
  });

  it('draws the disclosure day by the hour', async () => {
    const svg = render({
      width: 960,
      window: [Date.UTC(2024, 2, 29, 12), Date.UTC(2024, 2, 29, 22)],
    });
    expect(svg).toContain('>29 March 2024</text>');
    await expect(svg).toMatchFileSnapshot('__snapshots__/story-disclosure-day.svg');
  });

  it('fits a 320 px phone with shorter labels', async () => {
    await expect(render({ width: 320 })).toMatchFileSnapshot('__snapshots__/story-phone.svg');
  });

  it('draws a collapsed lane and a lane filter', async () => {
    await expect(
      render({ width: 960, collapsed: ['people'], lanes: ['people', 'releases', 'code'] }),
    ).toMatchFileSnapshot('__snapshots__/story-collapsed-filtered.svg');
  });

  it('clusters a thousand synthetic events with counts', async () => {
    const events = prepareEvents(syntheticData(1000).events).events;
    const svg = render({
      events,
      width: 800,
      window: [Date.UTC(2023, 11, 1), Date.UTC(2023, 11, 1) + 150 * DAY],
    });
    expect(svg).toContain('class="tl-count"');
    await expect(svg).toMatchFileSnapshot('__snapshots__/synthetic-1000.svg');
  });

  it('escapes text so a title cannot break the markup', () => {
    const [event] = prepareEvents([
      { ...syntheticData(1).events[0]!, title: '<script>alert("x")</script> & co' },
    ]).events;
    const svg = render({
      events: [event!],
      width: 600,
      window: [event!.start - 10 * DAY, event!.start + 300 * DAY],
    });
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
    expect(svg).not.toContain('<script>');
  });
});
