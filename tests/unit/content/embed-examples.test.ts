import { describe, expect, it } from 'vitest';

import { EMBEDS } from '../../../src/lib/embed/catalog';
import { contentIds } from '../../support/content-files';

describe('the embed examples', () => {
  it('open the timeline on an event that exists', () => {
    const timeline = EMBEDS.find((embed) => embed.id === 'timeline')!;
    const example = timeline.parameters.find((parameter) => parameter.name === 'event')!.example;
    expect(contentIds('events')).toContain(example);
  });
});
