import { beforeAll, describe, expect, it } from 'vitest';

import { EXERCISES } from '../../../src/data/learn-exercises';
import { ESSENTIALS, ESSENTIALS_REASONS } from '../../../src/data/learn-routes';
import { countProseWords } from '../../../src/lib/content/word-count';
import {
  checkRoute,
  countRoleQuestions,
  estimateRoute,
  planRoutes,
} from '../../../src/lib/learn/routes';
import type { Catalogue } from '../../../src/lib/learn/score';
import { type ContentFile, readCollection } from '../../support/content-files';

type Fields = Record<string, unknown>;
let chapters: ContentFile<Fields>[];
let shape: Catalogue;

beforeAll(async () => {
  const [chapterFiles, quiz] = await Promise.all([
    readCollection('chapters'),
    readCollection('quiz'),
  ]);
  chapters = chapterFiles.sort((a, b) => Number(a.data.order) - Number(b.data.order));
  shape = {
    chapters: chapters.map((chapter) => ({
      id: chapter.id,
      order: Number(chapter.data.order),
      title: String(chapter.data.title),
      questions: quiz
        .filter((question) => question.data.chapter === chapter.id)
        .sort((a, b) => Number(a.data.order) - Number(b.data.order))
        .map((question) => question.id),
    })),
    exercises: EXERCISES.map((exercise) => ({
      id: exercise.id,
      title: exercise.title,
      chapter: exercise.chapter,
    })),
  };
});

// Issue #14, item 6, over the real files: the same measure /learn/ shows.
describe('the essentials route as committed', () => {
  const minutes = () => {
    const plan = planRoutes(shape, [ESSENTIALS]).essentials;
    return estimateRoute(
      plan,
      chapters.map((chapter, index) => ({
        id: chapter.id,
        words: countProseWords(chapter.body),
        questions: shape.chapters[index]!.questions,
      })),
    );
  };

  it('takes at most 45 minutes by the path’s own time estimate', () => {
    expect(minutes().totalMinutes).toBeLessThanOrEqual(45);
  });

  it('names only real chapters and questions, and every kept chapter has plain-language objectives', () => {
    const plain = new Set(
      chapters.filter((chapter) => Array.isArray(chapter.data.plainObjectives)).map((c) => c.id),
    );
    expect(checkRoute(ESSENTIALS, shape, plain)).toEqual([]);
    for (const id of Object.keys(ESSENTIALS.chapters))
      expect(chapters.find((chapter) => chapter.id === id)!.data.plainObjectives).toHaveLength(3);
  });

  it('keeps chapters 4 and 5 as optional depth and explains every kept chapter', () => {
    expect(ESSENTIALS.optional).toEqual(['04-the-tarball-trick', '05-the-backdoor-at-run-time']);
    expect(Object.keys(ESSENTIALS_REASONS).toSorted()).toEqual(
      Object.keys(ESSENTIALS.chapters).toSorted(),
    );
  });

  it('has at least eight role scenarios in the quiz, most of them on the essentials route', () => {
    const all = countRoleQuestions(shape.chapters.flatMap((chapter) => chapter.questions));
    const kept = countRoleQuestions(Object.values(ESSENTIALS.chapters).flat());
    expect(all).toBeGreaterThanOrEqual(8);
    expect(kept).toBeGreaterThan(all / 2);
  });
});
