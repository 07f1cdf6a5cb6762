import { describe, expect, it } from 'vitest';

import { failOnProblems } from '../../../src/data/content-problems';
import { checkIntegrity } from '../../../src/lib/content/integrity';

/** The error failOnProblems throws, or undefined. */
function thrown(run: () => void): { name: string; message: string; hint?: string } | undefined {
  try {
    run();
  } catch (error) {
    const { name, message, hint } = error as Error & { hint?: string };
    return { name, message, hint };
  }
  return undefined;
}

describe('the build error for bad content', () => {
  it('is not thrown when there is no problem', () => {
    expect(thrown(() => failOnProblems('The content', [], 'unused'))).toBeUndefined();
  });

  it("names every file and field a cross-file check found, in Astro's error type with a hint", () => {
    const problems = checkIntegrity({
      events: [
        {
          id: '2024-03-29-freund-discloses',
          filePath: 'content/events/2024-03-29-freund-discloses.mdx',
          date: '2024-03-29',
          era: 'discovery',
          sources: ['lost-mail'],
          actors: ['nobody'],
          conflictSources: [],
        },
      ],
      sources: new Map(),
      actors: new Set(),
    });
    expect(thrown(() => failOnProblems('The content', problems, 'Fix the files named above.')))
      .toMatchInlineSnapshot(`
        {
          "hint": "Fix the files named above.",
          "message": "The content has 3 problems:
          content/events/2024-03-29-freund-discloses.mdx: sources: "lost-mail" is not a file in content/sources/
          content/events/2024-03-29-freund-discloses.mdx: sources: needs at least one source of kind "primary"
          content/events/2024-03-29-freund-discloses.mdx: actors: "nobody" is not a file in content/actors/",
          "name": "AstroUserError",
        }
      `);
  });

  it('says "1 problem" for one', () => {
    expect(
      thrown(() =>
        failOnProblems(
          'The training path',
          ['quiz/q1.yaml: chapter: "99-none" is not a file in content/chapters/'],
          'Each question must name a chapter that exists.',
        ),
      ),
    ).toMatchInlineSnapshot(`
      {
        "hint": "Each question must name a chapter that exists.",
        "message": "The training path has 1 problem:
        quiz/q1.yaml: chapter: "99-none" is not a file in content/chapters/",
        "name": "AstroUserError",
      }
    `);
  });
});
