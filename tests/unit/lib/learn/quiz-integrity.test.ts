import { describe, expect, it } from 'vitest';

import { checkQuiz, type QuestionForCheck } from '../../../../src/lib/learn/quiz-integrity';

describe('quiz integrity', () => {
  const good: QuestionForCheck = {
    id: '01-timing',
    filePath: 'content/quiz/01-timing.mdx',
    chapter: 'one',
    order: 1,
    source: 'freund',
    event: 'disclosure',
    body: 'Freund measured 0.299 seconds before and 0.807 after.',
  };
  const context = {
    chapters: new Set(['one']),
    sources: new Set(['freund']),
    events: new Set(['disclosure']),
  };

  it('accepts a question whose references all resolve', () => {
    expect(checkQuiz({ ...context, questions: [good] })).toEqual([]);
  });

  it('names the file and field of every broken reference', () => {
    const problems = checkQuiz({
      ...context,
      questions: [{ ...good, chapter: 'nine', source: 'blog', event: 'never' }],
    });
    expect(problems).toEqual([
      'content/quiz/01-timing.mdx: chapter: "nine" is not a file in content/chapters/',
      'content/quiz/01-timing.mdx: source: "blog" is not a file in content/sources/',
      'content/quiz/01-timing.mdx: event: "never" is not a file in content/events/',
    ]);
  });

  it('names the myth a question claims to test when that myth does not exist', () => {
    const myths = new Set(['git-repository-was-clean']);
    expect(
      checkQuiz({ ...context, myths, questions: [{ ...good, myth: 'git-repository-was-clean' }] }),
    ).toEqual([]);
    expect(
      checkQuiz({ ...context, myths, questions: [{ ...good, myth: 'moon-landing' }] }),
    ).toEqual(['content/quiz/01-timing.mdx: myth: "moon-landing" is not a file in content/myths/']);
  });

  it('asks for an explanation when the body is empty', () => {
    expect(checkQuiz({ ...context, questions: [{ ...good, body: '\n' }] })).toEqual([
      'content/quiz/01-timing.mdx: the explanation is missing: write it below the frontmatter, in your own words',
    ]);
  });

  it('rejects two questions at the same position in a chapter', () => {
    const twin = { ...good, id: '01-twin', filePath: 'content/quiz/01-twin.mdx' };
    expect(checkQuiz({ ...context, questions: [good, twin] })).toEqual([
      'content/quiz/01-twin.mdx: order: 1 is already used by content/quiz/01-timing.mdx in the same chapter',
    ]);
  });
});
