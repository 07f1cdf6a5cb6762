import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { copyProject, type ProjectCopy } from '../../support/project-copy';

// Content that Astro's schema accepts but the project's own rules forbid: the build must stop,
// not warn, and say which file breaks which rule.
describe('content that breaks an integrity rule', () => {
  let project: ProjectCopy;
  let result: { status: number | null; output: string };
  const secondaryOnly = 'content/events/2024-03-29-freund-discloses.mdx';
  const wrongEra = 'content/events/2005-tukaani-lzma.mdx';

  beforeAll(async () => {
    project = await copyProject();
    const edit = async (file: string, change: (text: string) => string) => {
      const path = join(project.root, file);
      const text = await readFile(path, 'utf8');
      const changed = change(text);
      expect(changed, file).not.toBe(text);
      await writeFile(path, changed);
    };
    // Both sources exist and are of kind "secondary": the schema's references still resolve.
    await edit(secondaryOnly, (text) =>
      text.replace(/^sources: \[.*\]$/m, 'sources: [cox-timeline, boehs-everything-i-know]'),
    );
    await edit(wrongEra, (text) => text.replace(/^era: background$/m, 'era: response'));
    result = project.build();
  }, 300_000);
  afterAll(() => project.remove());

  it('fails the build', () => {
    expect(result.status).not.toBe(0);
  });

  it('names the event with only secondary sources and the rule it breaks', () => {
    expect(result.output).toContain(
      `${secondaryOnly}: sources: needs at least one source of kind "primary"`,
    );
  });

  it('names the event in the wrong era and the era its date belongs to', () => {
    expect(result.output).toMatch(
      /2005-tukaani-lzma\.mdx: era: "response" does not match the date \S+ \(expected "background"\)/,
    );
  });
});
