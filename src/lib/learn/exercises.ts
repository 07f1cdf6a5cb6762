/**
 * "Spot the line" exercises: a listing (a diff or a plain code snippet), one right line, and a
 * note for each line that explains why it is, or is not, the answer. Definitions name lines by
 * a piece of their text, so a note can never point at the wrong line silently: building an
 * exercise whose answer or note matches no line fails with a message.
 */
import { type DiffLineKind, diffToLines } from './diff-lines';

export type ListingLineKind = DiffLineKind | 'code';

export interface ListingLine {
  kind: ListingLineKind;
  text: string;
  /** False for blank lines and "lines left out" markers, which cannot be chosen. */
  selectable: boolean;
  /** The note shown when a learner checks this line. */
  note: string;
}

export interface LineNote {
  /**
   * Names the line: a line whose trimmed text equals this exactly, or else the first line (in
   * listing order) that contains it.
   */
  contains: string;
  note: string;
}

export interface ExerciseDefinition {
  id: string;
  title: string;
  /** The chapter whose topic the exercise practises (a chapter id). */
  chapter: string;
  /** The task, as the legend of the choice group. */
  question: string;
  /** Either a before/after pair shown as a diff, or a single code listing. */
  listing: { before: string; after: string } | { code: string };
  /** Names the right line, matched like a note's `contains`. */
  answer: string;
  /** The exact character(s) inside the answer line to highlight once solved, if any. */
  highlight?: string;
  notes: LineNote[];
  /** The note for a wrong line that has no note of its own. */
  otherLines: string;
  /** The marker for omitted lines; such lines are shown dimmed and cannot be chosen. */
  gapMarker?: string;
}

export interface Exercise extends Omit<ExerciseDefinition, 'listing' | 'answer' | 'notes'> {
  format: 'diff' | 'code';
  lines: ListingLine[];
  /** Index into `lines` of the right line. */
  answerIndex: number;
}

const GAP = '…';

/** Expands a definition into numbered, annotated lines; throws with a clear message on a mistake. */
export function buildExercise(definition: ExerciseDefinition): Exercise {
  const gap = definition.gapMarker ?? GAP;
  const raw =
    'code' in definition.listing
      ? definition.listing.code
          .replace(/\n$/, '')
          .split('\n')
          .map((text) => ({ kind: 'code' as const, text }))
      : diffToLines(definition.listing.before, definition.listing.after);
  const lines: ListingLine[] = raw.map(({ kind, text }) => ({
    kind,
    text,
    selectable: text.trim() !== '' && text.trim() !== gap,
    note: definition.otherLines,
  }));

  const findLine = (piece: string, what: string) => {
    const exact = lines.findIndex((line) => line.selectable && line.text.trim() === piece);
    const index =
      exact >= 0 ? exact : lines.findIndex((line) => line.selectable && line.text.includes(piece));
    if (index < 0)
      throw new Error(
        `Exercise "${definition.id}": the ${what} "${piece}" matches no line of the listing`,
      );
    return index;
  };
  for (const { contains, note } of definition.notes)
    lines[findLine(contains, 'note for')]!.note = note;
  const answerIndex = findLine(definition.answer, 'answer');
  if (definition.highlight && !lines[answerIndex]!.text.includes(definition.highlight)) {
    throw new Error(
      `Exercise "${definition.id}": the highlight "${definition.highlight}" is not in the answer line`,
    );
  }

  const { listing: _listing, answer: _answer, notes: _notes, ...rest } = definition;
  return { ...rest, format: 'code' in definition.listing ? 'code' : 'diff', lines, answerIndex };
}

/** Splits the answer line around its highlight, for showing the culprit character once solved. */
export function splitHighlight(
  text: string,
  highlight: string | undefined,
): [string, string, string] {
  if (!highlight) return [text, '', ''];
  const at = text.indexOf(highlight);
  if (at < 0) return [text, '', ''];
  return [text.slice(0, at), highlight, text.slice(at + highlight.length)];
}
