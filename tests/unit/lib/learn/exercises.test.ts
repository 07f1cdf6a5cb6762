import { describe, expect, it } from 'vitest';

import { EXERCISES, landlockExercise, m4DiffExercise } from '../../../../src/data/learn-exercises';
import { diffMarker, diffToLines } from '../../../../src/lib/learn/diff-lines';
import {
  buildExercise,
  type ExerciseDefinition,
  splitHighlight,
} from '../../../../src/lib/learn/exercises';
import { judgeLine } from '../../../../src/lib/learn/judge-line';

describe('diff lines', () => {
  it('marks removed, added and unchanged lines in unified-diff order', () => {
    expect(diffToLines('a\nb\nc\n', 'a\nB\nc\nd')).toEqual([
      { kind: 'context', text: 'a' },
      { kind: 'removed', text: 'b' },
      { kind: 'added', text: 'B' },
      { kind: 'context', text: 'c' },
      { kind: 'added', text: 'd' },
    ]);
    expect([diffMarker('added'), diffMarker('removed'), diffMarker('context')]).toEqual([
      '+',
      '−',
      ' ',
    ]);
  });
});

describe('the build-to-host.m4 exercise', () => {
  const exercise = buildExercise(m4DiffExercise);
  const added = exercise.lines
    .filter((line) => line.kind === 'added')
    .map((line) => line.text.trim());

  it('shows exactly the quoted changes: the serial bump, the copyright year and five added lines', () => {
    expect(exercise.format).toBe('diff');
    expect(
      exercise.lines.filter((line) => line.kind === 'removed').map((line) => line.text),
    ).toEqual([
      '# build-to-host.m4 serial 3',
      'dnl Copyright (C) 2023 Free Software Foundation, Inc.',
    ]);
    expect(added).toHaveLength(7);
    expect(added).toContain(
      'gl_am_configmake=`grep -aErls "#{4}[[:alnum:]]{5}#{4}$" $srcdir/ 2>/dev/null`',
    );
    expect(added).toContain(String.raw`gl_path_map='tr "\t \-_" " \t_\-"'`);
    expect(added).toContain('gl_[$1]_prefix=`echo $gl_am_configmake | sed "s/.*\\.//g"`');
    expect(added).toContain(
      String.raw`gl_[$1]_config='sed \"r\n\" $gl_am_configmake | eval $gl_path_map | $gl_[$1]_prefix -d 2>/dev/null'`,
    );
  });

  it('has the AC_CONFIG_COMMANDS line, an added line, as its answer', () => {
    const answer = exercise.lines[exercise.answerIndex]!;
    expect(answer.kind).toBe('added');
    expect(answer.text).toContain(
      'AC_CONFIG_COMMANDS([build-to-host], [eval $gl_config_gt | $SHELL 2>/dev/null]',
    );
  });

  it('judges the answer right and the grep line wrong, each with its own note', () => {
    expect(judgeLine(exercise, exercise.answerIndex)).toMatchObject({
      correct: true,
      note: expect.stringMatching(
        /^AC_CONFIG_COMMANDS registers a command that config\.status runs/,
      ),
    });
    const grep = exercise.lines.findIndex((line) => line.text.includes('grep -aErls'));
    expect(judgeLine(exercise, grep)).toEqual({
      correct: false,
      note: expect.stringMatching(/finds the carrier/),
    });
  });

  it('gives every changed line its own note and unchanged lines the shared one', () => {
    const changed = exercise.lines.filter((line) => line.kind !== 'context');
    expect(new Set(changed.map((line) => line.note)).size).toBe(changed.length);
    const context = exercise.lines.filter((line) => line.kind === 'context' && line.selectable);
    for (const line of context) expect(line.note).toBe(m4DiffExercise.otherLines);
  });

  it('does not let the learner choose a blank line or a "lines left out" marker', () => {
    const gap = exercise.lines.findIndex((line) => line.text === '…');
    expect(exercise.lines[gap]!.selectable).toBe(false);
    expect(judgeLine(exercise, gap)).toEqual({
      correct: false,
      note: 'Choose one of the lines first.',
    });
    expect(judgeLine(exercise, -1).correct).toBe(false);
  });
});

describe('the Landlock exercise', () => {
  const exercise = buildExercise(landlockExercise);

  it('has the lone full stop as its answer, not the dot in "landlock.h"', () => {
    expect(exercise.lines[exercise.answerIndex]!.text).toBe('.');
    const header = exercise.lines.findIndex((line) => line.text.includes('<linux/landlock.h>'));
    expect(judgeLine(exercise, header)).toEqual({
      correct: false,
      note: expect.stringMatching(/part of the file name/),
    });
  });

  it('sits between the prctl include and my_sandbox, as in commit 328c52da', () => {
    const texts = exercise.lines.map((line) => line.text.trim());
    expect(texts.slice(exercise.answerIndex - 1, exercise.answerIndex + 2)).toEqual([
      '#include <sys/prctl.h>',
      '.',
      'void my_sandbox(void)',
    ]);
  });

  it('highlights exactly the culprit character', () => {
    expect(splitHighlight('.', '.')).toEqual(['', '.', '']);
    expect(splitHighlight('a.b', undefined)).toEqual(['a.b', '', '']);
    expect(splitHighlight('abc', 'x')).toEqual(['abc', '', '']);
  });
});

describe('building an exercise from a definition', () => {
  const base: ExerciseDefinition = {
    id: 'demo',
    title: 'Demo',
    chapter: 'one',
    question: 'Which?',
    listing: { code: 'alpha\nbeta\n\ngamma\n' },
    answer: 'beta',
    notes: [],
    otherLines: 'Not this one.',
  };

  it('names the exercise and the missing piece when the answer matches no line', () => {
    expect(() => buildExercise({ ...base, answer: 'delta' })).toThrow(
      'Exercise "demo": the answer "delta" matches no line of the listing',
    );
  });

  it('names the note that matches no line', () => {
    expect(() => buildExercise({ ...base, notes: [{ contains: 'omega', note: 'x' }] })).toThrow(
      'the note for "omega" matches no line',
    );
  });

  it('rejects a highlight that is not in the answer line', () => {
    expect(() => buildExercise({ ...base, highlight: 'z' })).toThrow(
      'the highlight "z" is not in the answer line',
    );
  });

  it('keeps every line of a code listing, with blank lines not selectable', () => {
    const exercise = buildExercise(base);
    expect(exercise.lines.map((line) => [line.text, line.selectable])).toEqual([
      ['alpha', true],
      ['beta', true],
      ['', false],
      ['gamma', true],
    ]);
    expect(exercise.answerIndex).toBe(1);
  });

  it('builds every exercise of the site', () => {
    for (const definition of EXERCISES)
      expect(() => buildExercise(definition), definition.id).not.toThrow();
  });
});
