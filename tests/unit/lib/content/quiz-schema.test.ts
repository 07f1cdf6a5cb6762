import { describe, expect, it } from 'vitest';

import { quizQuestionSchema } from '../../../../src/lib/content/schemas';
import { schemaProblems } from '../../../support/schema-problems';
import { referenceTo } from './reference-stub';

// Built inside each test (not once at import), so the rules under test are the ones that run.
const quiz = () => quizQuestionSchema(referenceTo);

const valid = {
  chapter: '01-the-half-second',
  order: 1,
  prompt: 'What did Andres Freund measure?',
  choices: [
    { text: '0.299 s before, 0.807 s after', correct: true },
    { text: 'No change' },
    { text: 'Ten seconds' },
  ],
  source: 'freund-oss-security-2024-03-29',
  event: '2024-03-29-freund-discloses',
};

const problems = (input: unknown) => schemaProblems(quiz(), input);

describe('the quiz question schema', () => {
  it('accepts a question with one correct choice and fills in "correct: false"', () => {
    const parsed = quiz().parse(valid);
    expect(parsed.choices.map((choice) => choice.correct)).toEqual([true, false, false]);
  });

  it('allows the event link to be left out', () => {
    expect(problems({ ...valid, event: undefined })).toEqual([]);
  });

  it('asks for three or four choices', () => {
    expect(problems({ ...valid, choices: valid.choices.slice(0, 2) })).toContain(
      'choices: choices needs at least 3 answers',
    );
    const five = [...valid.choices, { text: 'four' }, { text: 'five' }];
    expect(problems({ ...valid, choices: five })).toContain(
      'choices: choices allows at most 4 answers',
    );
  });

  it('asks for exactly one correct choice and says how many it found', () => {
    const none = valid.choices.map((choice) => ({ text: choice.text }));
    expect(problems({ ...valid, choices: none })).toEqual([
      'choices: mark exactly one choice with "correct: true" (found 0)',
    ]);
    const two = valid.choices.map((choice) => ({ ...choice, correct: true }));
    expect(problems({ ...valid, choices: two })).toEqual([
      'choices: mark exactly one choice with "correct: true" (found 3)',
    ]);
  });

  it('rejects two choices with the same text', () => {
    const twins = [...valid.choices.slice(0, 2), { text: ' no change ' }];
    expect(problems({ ...valid, choices: twins })).toEqual([
      'choices: two choices have the same text',
    ]);
  });

  it('explains each missing field in words an editor understands', () => {
    expect(problems({})).toEqual([
      'chapter: chapter is required: the id of a file in content/chapters/',
      'order: order is required (1, 2, 3 … within the chapter)',
      'prompt: prompt is required: the question itself',
      'choices: choices is required: 3 or 4 answers, one of them marked "correct: true"',
      'source: source is required: the id of the file in content/sources/ that backs the answer',
    ]);
  });

  it('rejects a prompt too short to be a question and an empty choice', () => {
    expect(problems({ ...valid, prompt: 'Why?' })).toEqual([
      'prompt: prompt is too short to be a question',
    ]);
    expect(problems({ ...valid, choices: [...valid.choices.slice(0, 2), { text: '' }] })).toEqual([
      'choices.2.text: a choice cannot be empty',
    ]);
  });

  it('names the order, prompt and choice fields that are wrong', () => {
    expect(problems({ ...valid, order: 'first' })).toEqual([
      'order: order is required (1, 2, 3 … within the chapter)',
    ]);
    expect(problems({ ...valid, prompt: `${'Why '.repeat(61)}?` })).toEqual([
      'prompt: prompt must be one question (at most 240 characters)',
    ]);
    expect(problems({ ...valid, choices: [...valid.choices.slice(0, 2), {}] })).toEqual([
      'choices.2.text: each choice needs "text"',
    ]);
    const yes = valid.choices.map((choice, index) =>
      index ? choice : { ...choice, correct: 'yes' },
    );
    expect(problems({ ...valid, choices: yes })).toEqual([
      'choices.0.correct: correct must be true or false',
    ]);
  });

  it('says an empty chapter or source id is missing, and names the links it cannot read', () => {
    expect(problems({ ...valid, chapter: '', source: '' })).toEqual([
      'chapter: chapter is required: the id of a file in content/chapters/',
      'source: source is required: the id of the file in content/sources/ that backs the answer',
    ]);
    expect(problems({ ...valid, event: 7, myth: 7 })).toEqual([
      'event: event must be the id of a file in content/events/',
      'myth: myth must be the id of a file in content/myths/',
    ]);
  });

  it('points chapter, source, event and myth at their collections', () => {
    const parsed = quiz().parse({ ...valid, myth: 'the-git-repo-was-clean' });
    expect([parsed.chapter, parsed.source, parsed.event, parsed.myth]).toEqual([
      { collection: 'chapters', id: '01-the-half-second' },
      { collection: 'sources', id: 'freund-oss-security-2024-03-29' },
      { collection: 'events', id: '2024-03-29-freund-discloses' },
      { collection: 'myths', id: 'the-git-repo-was-clean' },
    ]);
  });
});
