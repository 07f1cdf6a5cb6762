import { describe, expect, it } from 'vitest';

import { prepareEvents } from '../../../../src/lib/timeline/prepare';
import { syntheticData } from '../../../../src/lib/timeline/synthetic';

describe('syntheticData (bench only)', () => {
  it('is the same every time for a seed, so bench runs compare', () => {
    expect(syntheticData(50)).toEqual(syntheticData(50));
    expect(syntheticData(50, 1)).not.toEqual(syntheticData(50));
  });

  it('produces valid events the timeline accepts, none skipped', () => {
    const { events, skipped } = prepareEvents(syntheticData(1000).events);
    expect(skipped).toEqual([]);
    expect(events).toHaveLength(1000);
    expect(events.every((event) => event.summary.includes('did not happen'))).toBe(true);
  });
});
