import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';

import TimelineOverview from '../../../../src/components/timeline/TimelineOverview.astro';

describe('TimelineOverview (home page)', () => {
  it('renders two static SVG sizes inside one link to the timeline, with no script', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(TimelineOverview);
    expect(html.match(/<svg /g)).toHaveLength(2);
    expect(html).toMatch(/<a class="tl-home-link[^"]*" href="\/timeline\/"/);
    expect(html).toMatch(/Explore all \d+ events on the interactive timeline/);
    expect(html).toContain('aria-hidden="true"');
    expect(html).not.toContain('<script');
  });
});
