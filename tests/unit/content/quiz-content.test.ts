import { z } from 'astro/zod';
import { beforeAll, describe, expect, it } from 'vitest';

import { EXERCISES } from '../../../src/data/learn-exercises';
import { quizQuestionSchema } from '../../../src/lib/content/schemas';
import { checkQuiz } from '../../../src/lib/learn/quiz-integrity';
import { type ContentFile, readCollection } from '../../support/content-files';
import { schemaProblems } from '../../support/schema-problems';

type Fields = Record<string, unknown>;
let quiz: ContentFile<Fields>[];
let chapters: ContentFile<Fields>[];
let sources: ContentFile<Fields>[];
let events: ContentFile<Fields>[];

beforeAll(async () => {
  [quiz, chapters, sources, events] = await Promise.all(
    ['quiz', 'chapters', 'sources', 'events'].map((name) => readCollection(name)),
  );
});

// The training path's promises (issue #6) over the real files in content/quiz.
describe('the quiz as committed', () => {
  it('has at least 20 questions, each valid against the schema', () => {
    expect(quiz.length).toBeGreaterThanOrEqual(20);
    const rules = quizQuestionSchema(() => z.string());
    for (const file of quiz) {
      expect(schemaProblems(rules, file.data), file.file).toEqual([]);
    }
  });

  it('resolves every chapter, source and event, and explains every answer', () => {
    const problems = checkQuiz({
      questions: quiz.map((file) => ({
        id: file.id,
        filePath: file.file,
        chapter: String(file.data.chapter),
        order: Number(file.data.order),
        source: String(file.data.source),
        event: file.data.event === undefined ? undefined : String(file.data.event),
        body: file.body,
      })),
      chapters: new Set(chapters.map((file) => file.id)),
      sources: new Set(sources.map((file) => file.id)),
      events: new Set(events.map((file) => file.id)),
    });
    expect(problems).toEqual([]);
  });

  it('asks at least two questions about every chapter', () => {
    for (const chapter of chapters) {
      const count = quiz.filter((file) => file.data.chapter === chapter.id).length;
      expect(count, chapter.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('does not always put the right answer in the same place', () => {
    const positions = quiz.map((file) =>
      (file.data.choices as { correct?: boolean }[]).findIndex((choice) => choice.correct),
    );
    expect(new Set(positions).size).toBeGreaterThanOrEqual(3);
  });

  it('attaches each exercise to a real chapter', () => {
    const ids = new Set(chapters.map((file) => file.id));
    for (const exercise of EXERCISES) expect(ids.has(exercise.chapter), exercise.id).toBe(true);
  });
});
