import { describe, expect, it } from 'vitest';

import { emptyProgress, withAnswer, withRoute } from '../../../../src/lib/learn/progress';
import {
  chapterRole,
  checkRoute,
  countRoleQuestions,
  estimateRoute,
  isRouteId,
  nextOnRoute,
  planRoutes,
  routeCatalogue,
  type RouteDefinition,
  scoreOnRoute,
} from '../../../../src/lib/learn/routes';
import type { Catalogue } from '../../../../src/lib/learn/score';

const SHAPE: Catalogue = {
  chapters: [
    { id: 'c1', order: 1, title: 'One', questions: ['c1-a', 'c1-b', 'c1-role-x'] },
    { id: 'c2', order: 2, title: 'Two', questions: ['c2-a'] },
    { id: 'c3', order: 3, title: 'Three', questions: ['c3-a', 'c3-b'] },
    { id: 'c4', order: 4, title: 'Four', questions: ['c4-a'] },
  ],
  exercises: [{ id: 'ex', title: 'Exercise', chapter: 'c2' }],
};

const SHORT: RouteDefinition = {
  id: 'essentials',
  // Listed out of path order on purpose: the plan follows the path.
  chapters: { c3: ['c3-b'], c1: ['c1-role-x', 'c1-a'] },
  optional: ['c2'],
  exercises: [],
};

const withRoutes: Catalogue = { ...SHAPE, routes: planRoutes(SHAPE, [SHORT]) };

describe('planning routes', () => {
  it('keeps every chapter, question and exercise on the full route', () => {
    const { full } = planRoutes(SHAPE, [SHORT]);
    expect(full.chapters).toEqual(['c1', 'c2', 'c3', 'c4']);
    expect(full.questions).toHaveLength(7);
    expect(full.exercises).toEqual(['ex']);
  });

  it('puts a shorter route’s chapters and questions in path order', () => {
    const { essentials } = planRoutes(SHAPE, [SHORT]);
    expect(essentials.chapters).toEqual(['c1', 'c3']);
    expect(essentials.questions).toEqual(['c1-a', 'c1-role-x', 'c3-b']);
    expect(essentials.optional).toEqual(['c2']);
    expect(essentials.exercises).toEqual([]);
  });

  it('tells a counted chapter from optional depth and from one outside the route', () => {
    const { essentials } = planRoutes(SHAPE, [SHORT]);
    expect(chapterRole(essentials, 'c1')).toBe('kept');
    expect(chapterRole(essentials, 'c2')).toBe('optional');
    expect(chapterRole(essentials, 'c4')).toBe('outside');
  });

  it('knows only the two route ids', () => {
    expect(isRouteId('essentials')).toBe(true);
    expect(isRouteId('full')).toBe(true);
    expect(isRouteId('express')).toBe(false);
    expect(isRouteId(undefined)).toBe(false);
  });

  it('counts the scenario questions by their role- name', () => {
    expect(countRoleQuestions(['01-role-x', '01-login-timing', '07-role-y', 'role-z'])).toBe(2);
  });
});

describe('checking a route definition', () => {
  it('accepts a route whose chapters exist, keep their own questions and have plain objectives', () => {
    expect(checkRoute(SHORT, SHAPE, new Set(['c1', 'c3']))).toEqual([]);
  });

  it('names every problem: unknown chapter, foreign question, both kept and optional, no plain objectives', () => {
    const broken: RouteDefinition = {
      id: 'essentials',
      chapters: { c1: ['c2-a'], c9: ['x'], c2: [] },
      optional: ['c2', 'c8'],
      exercises: ['nope'],
    };
    expect(checkRoute(broken, SHAPE, new Set(['c2']))).toEqual([
      'route "essentials": question "c2-a" is not a question of chapter "c1"',
      'route "essentials": chapter "c1" needs plainObjectives in its frontmatter',
      'route "essentials": chapter "c9" is not a file in content/chapters/',
      'route "essentials": chapter "c2" keeps no questions',
      'route "essentials": chapter "c2" is both kept and optional',
      'route "essentials": optional chapter "c8" is not a file in content/chapters/',
      'route "essentials": exercise "nope" does not exist',
    ]);
  });
});

describe('scoring on the chosen route', () => {
  it('counts only the route’s chapters, questions and exercises', () => {
    const catalogue = routeCatalogue(withRoutes, 'essentials');
    expect(catalogue.chapters.map((chapter) => chapter.questions)).toEqual([
      ['c1-a', 'c1-role-x'],
      ['c3-b'],
    ]);
    expect(catalogue.exercises).toEqual([]);
  });

  it('completes the essentials route without the exercise or the optional chapter', () => {
    let progress = withRoute(emptyProgress(), 'essentials');
    for (const id of ['c1-a', 'c1-role-x'])
      progress = withAnswer(progress, id, { choice: 0, correct: true });
    progress = withAnswer(progress, 'c3-b', { choice: 1, correct: false });
    // An answer in optional depth does not change the essentials score.
    progress = withAnswer(progress, 'c2-a', { choice: 1, correct: false });
    const score = scoreOnRoute(withRoutes, progress);
    expect(score).toMatchObject({ complete: true, correct: 2, total: 3, percent: 67 });
  });

  it('scores the same answers over the whole path on the full route', () => {
    const progress = withAnswer(emptyProgress(), 'c1-a', { choice: 0, correct: true });
    const score = scoreOnRoute(withRoutes, progress);
    expect(score).toMatchObject({ complete: false, correct: 1, total: 7, exercisesTotal: 1 });
  });

  it('scores the whole catalogue when it carries no routes', () => {
    const progress = withRoute(emptyProgress(), 'essentials');
    expect(scoreOnRoute(SHAPE, progress).total).toBe(7);
  });
});

describe('the next chapter on a route', () => {
  const order = ['c1', 'c2', 'c3', 'c4'];
  const { essentials, full } = planRoutes(SHAPE, [SHORT]);

  it('skips optional depth and chapters outside the route', () => {
    expect(nextOnRoute(order, essentials, 'c1')).toBe('c3');
    expect(nextOnRoute(order, essentials, 'c2')).toBe('c3');
  });

  it('ends after the route’s last chapter, where the certificate comes next', () => {
    expect(nextOnRoute(order, essentials, 'c3')).toBeNull();
    expect(nextOnRoute(order, full, 'c3')).toBe('c4');
    expect(nextOnRoute(order, full, 'c4')).toBeNull();
  });
});

describe('how long a route takes', () => {
  const chapters = SHAPE.chapters.map((chapter) => ({
    id: chapter.id,
    words: 1000,
    questions: chapter.questions,
  }));

  it('counts the kept chapters with only their kept questions, rounded up per chapter', () => {
    const { essentials } = planRoutes(SHAPE, [SHORT]);
    const time = estimateRoute(essentials, chapters);
    // c1: 5 min reading + 2 × 45 s = 6.5 → 7; c3: 5 + 0.75 → 6.
    expect(time.chapters.c1!.minutes).toBe(7);
    expect(time.chapters.c3!.minutes).toBe(6);
    expect(time.totalMinutes).toBe(13);
    // The optional chapter is read and checked in full: 5 + 0.75 → 6; c4 is not counted at all.
    expect(time.optionalMinutes).toBe(6);
    expect(Object.keys(time.chapters)).toEqual(['c1', 'c3']);
  });

  it('equals the whole path on the full route', () => {
    const { full } = planRoutes(SHAPE, [SHORT]);
    // c1 5 + 2.25 → 8, c2 → 6, c3 5 + 1.5 → 7, c4 → 6.
    expect(estimateRoute(full, chapters).totalMinutes).toBe(27);
  });
});
