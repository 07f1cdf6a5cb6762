import { describe, expect, it } from 'vitest';

import { mythLinkLabel } from '../../../../src/lib/myths/links';

describe('a myth link label', () => {
  const titles = {
    chapters: new Map([['04-the-tarball-trick', { order: 4, title: 'The tarball trick' }]]),
    events: new Map([['e1', { title: 'Backdoor payload committed' }]]),
  };

  it('names the chapter, event or timeline moment it leads to', () => {
    expect(mythLinkLabel({ to: 'story', id: '04-the-tarball-trick' }, titles)).toBe(
      'Story, chapter 4: The tarball trick',
    );
    expect(mythLinkLabel({ to: 'event', id: 'e1' }, titles)).toBe(
      'Event: Backdoor payload committed',
    );
    expect(mythLinkLabel({ to: 'timeline', id: 'e1' }, titles)).toBe(
      'Timeline: Backdoor payload committed',
    );
  });

  it('says in words which part of the simulation it opens', () => {
    expect(mythLinkLabel({ to: 'simulation', id: 'trees' }, titles)).toBe(
      'Simulation: the git tree beside the tarball',
    );
    expect(mythLinkLabel({ to: 'simulation', id: 'stage-1' }, titles)).toBe(
      'Simulation: open the build simulation at this step',
    );
  });
});
