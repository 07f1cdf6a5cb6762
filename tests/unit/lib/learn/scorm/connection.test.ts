import { describe, expect, it } from 'vitest';

import {
  emptyProgress,
  serialiseProgress,
  withAnswer,
} from '../../../../../src/lib/learn/progress';
import { ProgressStore } from '../../../../../src/lib/learn/progress-store';
import { type Catalogue, scorePath } from '../../../../../src/lib/learn/score';
import { LmsConnection } from '../../../../../src/lib/learn/scorm/connection';
import type { ScormVersion } from '../../../../../src/lib/learn/scorm/find-api';
import { fakeLms } from './fake-lms';

const catalogue: Catalogue = {
  chapters: [{ id: 'c1', order: 1, title: 'One', questions: ['q1', 'q2', 'q3', 'q4', 'q5'] }],
  exercises: [],
};

/** A learner on `page` answering the five questions, the first `right` of them correctly. */
function learnerAnswers(
  version: ScormVersion,
  right: number,
  initial: Record<string, string> = {},
) {
  const lms = fakeLms(version, initial);
  const connection = new LmsConnection({ api: lms.api, version }, 'learn/c1/index.html');
  const store = new ProgressStore(() => connection.storage);
  store.subscribe((progress) => connection.report(scorePath(catalogue, progress)));
  catalogue.chapters[0]!.questions.forEach((id, index) =>
    store.answer(id, { choice: 0, correct: index < right }),
  );
  return { lms, connection, store };
}

describe('reporting to a SCORM 1.2 LMS', () => {
  it('reports a passed path with its score when 4 of 5 answers (80 %) are right', () => {
    const { lms } = learnerAnswers('1.2', 4);
    expect(lms.values.get('cmi.core.lesson_status')).toBe('passed');
    expect(lms.values.get('cmi.core.score.raw')).toBe('80');
    expect(lms.values.get('cmi.core.score.min')).toBe('0');
    expect(lms.values.get('cmi.core.score.max')).toBe('100');
    expect(lms.values.get('cmi.core.lesson_location')).toBe('learn/c1/index.html');
    expect(lms.values.get('cmi.core.exit')).toBe('');
    expect(lms.errors).toEqual([]);
  });

  it('reports failed below the mastery score the LMS passes on from the manifest', () => {
    const { lms, connection } = learnerAnswers('1.2', 4, {
      'cmi.student_data.mastery_score': '90',
    });
    expect(connection.masteryPercent).toBe(90);
    expect(lms.values.get('cmi.core.lesson_status')).toBe('failed');
  });

  it('reports incomplete, with suspend on exit, while questions remain', () => {
    const lms = fakeLms('1.2');
    const connection = new LmsConnection({ api: lms.api, version: '1.2' }, '');
    const store = new ProgressStore(() => connection.storage);
    store.answer('q1', { choice: 1, correct: true });
    connection.report(scorePath(catalogue, store.progress));
    expect(lms.values.get('cmi.core.lesson_status')).toBe('incomplete');
    expect(lms.values.get('cmi.core.exit')).toBe('suspend');
    expect(lms.values.has('cmi.core.lesson_location')).toBe(false);
    expect(lms.commits).toBe(1);
  });

  it('resumes from the suspend data the LMS kept from the last session', () => {
    const saved = serialiseProgress(
      withAnswer(emptyProgress(), 'q2', { choice: 3, correct: false }),
    );
    const lms = fakeLms('1.2', { 'cmi.suspend_data': saved });
    const connection = new LmsConnection({ api: lms.api, version: '1.2' }, '');
    const store = new ProgressStore(() => connection.storage);
    expect(store.progress.answers.q2).toEqual({ choice: 3, correct: false });
    expect(store.status.persistent).toBe(true);
  });

  it('keeps the whole progress in cmi.suspend_data', () => {
    const { lms, store } = learnerAnswers('1.2', 5);
    expect(lms.values.get('cmi.suspend_data')).toBe(serialiseProgress(store.progress));
  });
});

describe('reporting to a SCORM 2004 LMS', () => {
  it('reports completed and passed with a scaled score', () => {
    const { lms } = learnerAnswers('2004', 5);
    expect(lms.values.get('cmi.completion_status')).toBe('completed');
    expect(lms.values.get('cmi.success_status')).toBe('passed');
    expect(lms.values.get('cmi.score.raw')).toBe('100');
    expect(lms.values.get('cmi.score.scaled')).toBe('1');
    expect(lms.values.get('cmi.location')).toBe('learn/c1/index.html');
    expect(lms.errors).toEqual([]);
  });

  it('reads the pass mark from cmi.scaled_passing_score (0.5 → 50 %)', () => {
    const { lms, connection } = learnerAnswers('2004', 3, { 'cmi.scaled_passing_score': '0.5' });
    expect(connection.masteryPercent).toBe(50);
    expect(lms.values.get('cmi.success_status')).toBe('passed');
  });

  it('fails at 60 % against the default mastery score of 80 %', () => {
    const { lms, connection } = learnerAnswers('2004', 3);
    expect(connection.masteryPercent).toBe(80);
    expect(lms.values.get('cmi.success_status')).toBe('failed');
    expect(lms.values.get('cmi.score.scaled')).toBe('0.6');
  });
});

describe('an LMS that misbehaves', () => {
  it('records a refused start and then stays quiet instead of calling a closed session', () => {
    const lms = fakeLms('2004');
    (lms.api as Record<string, unknown>).Initialize = () => 'false';
    const connection = new LmsConnection({ api: lms.api, version: '2004' }, '');
    expect(connection.open).toBe(false);
    const before = lms.calls.length;
    connection.report(scorePath(catalogue, emptyProgress()));
    connection.finish();
    expect(lms.calls.length).toBe(before);
  });

  it('catches an API that throws and logs it as an error', () => {
    const lms = fakeLms('1.2');
    (lms.api as Record<string, unknown>).LMSSetValue = () => {
      throw new Error('boom');
    };
    const connection = new LmsConnection({ api: lms.api, version: '1.2' }, '');
    expect(() => connection.report(scorePath(catalogue, emptyProgress()))).not.toThrow();
    expect(connection.session.errors[0]).toMatchObject({ call: 'LMSSetValue', code: 'exception' });
  });

  it('finishes the session once, however often the page leaves', () => {
    const { lms, connection } = learnerAnswers('1.2', 1);
    connection.finish();
    connection.finish();
    expect(lms.calls.filter((call) => call === 'LMSFinish')).toHaveLength(1);
    expect(lms.errors).toEqual([]);
  });
});
