import { describe, expect, it } from 'vitest';

import { checkMyths, type MythForCheck } from '../../../../src/lib/myths/integrity';

const FILE = 'content/myths/git-was-clean.mdx';

function myth(extra: Partial<MythForCheck> = {}): MythForCheck {
  return {
    id: 'git-was-clean',
    filePath: FILE,
    order: 1,
    sources: ['freund-mail'],
    links: [
      { to: 'story', id: '04-the-tarball-trick' },
      { to: 'event', id: '2024-02-23-backdoor-test-files' },
      { to: 'timeline', id: '2024-02-23-backdoor-test-files' },
      { to: 'simulation', id: 'trees' },
    ],
    ...extra,
  };
}

function check(myths: MythForCheck[]) {
  return checkMyths({
    myths,
    sources: new Map([
      ['freund-mail', { kind: 'primary' as const }],
      ['a-blog', { kind: 'secondary' as const }],
    ]),
    chapters: new Set(['04-the-tarball-trick']),
    events: new Set(['2024-02-23-backdoor-test-files']),
    simulationTargets: new Set(['trees', 'gates']),
  });
}

describe('the myths integrity check', () => {
  it('accepts a myth whose sources and links all resolve', () => {
    expect(check([myth()])).toEqual([]);
  });

  it('names the file and the field of a source that does not exist', () => {
    expect(check([myth({ sources: ['freund-mail', 'no-such-source'] })])).toEqual([
      `${FILE}: sources: "no-such-source" is not a file in content/sources/`,
    ]);
  });

  it('asks for a primary source when only secondary ones are cited', () => {
    expect(check([myth({ sources: ['a-blog'] })])).toEqual([
      `${FILE}: sources: needs at least one source of kind "primary"`,
    ]);
  });

  it('names the link, by position, that leads nowhere', () => {
    const problems = check([
      myth({
        links: [
          { to: 'story', id: '99-no-chapter' },
          { to: 'timeline', id: '2024-13-01-nothing' },
          { to: 'simulation', id: 'teleport' },
        ],
      }),
    ]);
    expect(problems).toEqual([
      `${FILE}: links[0].id: "99-no-chapter" is not a file in content/chapters/`,
      `${FILE}: links[1].id: "2024-13-01-nothing" is not a file in content/events/`,
      `${FILE}: links[2].id: "teleport" is not a simulation step or section (src/lib/simulation/link-targets.ts)`,
    ]);
  });

  it('refuses two myths in the same place on the page', () => {
    const problems = check([myth(), myth({ id: 'other', filePath: 'content/myths/other.mdx' })]);
    expect(problems).toEqual([`content/myths/other.mdx: order: 1 is already used by ${FILE}`]);
  });
});
