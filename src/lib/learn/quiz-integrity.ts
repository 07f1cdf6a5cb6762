/**
 * Checks the quiz against the rest of the content, which the per-file schema cannot see: the
 * chapter, source and event each question names exist, every question has an explanation, and
 * no two questions of a chapter share a position. Each problem names the file and the field.
 */

export interface QuestionForCheck {
  id: string;
  filePath?: string | undefined;
  chapter: string;
  order: number;
  source: string;
  event?: string | undefined;
  myth?: string | undefined;
  /** The MDX body: the explanation shown after answering. */
  body: string;
}

export interface QuizIntegrityInput {
  questions: QuestionForCheck[];
  chapters: Set<string>;
  sources: Set<string>;
  events: Set<string>;
  /** Ids of content/myths; when given, a question's `myth` must be one of them. */
  myths?: Set<string>;
}

export function checkQuiz(input: QuizIntegrityInput): string[] {
  const problems: string[] = [];
  const positions = new Map<string, string>();
  for (const question of input.questions) {
    const where = question.filePath ?? `quiz/${question.id}`;
    if (!input.chapters.has(question.chapter)) {
      problems.push(`${where}: chapter: "${question.chapter}" is not a file in content/chapters/`);
    }
    if (!input.sources.has(question.source)) {
      problems.push(`${where}: source: "${question.source}" is not a file in content/sources/`);
    }
    if (question.event !== undefined && !input.events.has(question.event)) {
      problems.push(`${where}: event: "${question.event}" is not a file in content/events/`);
    }
    if (question.myth !== undefined && input.myths && !input.myths.has(question.myth)) {
      problems.push(`${where}: myth: "${question.myth}" is not a file in content/myths/`);
    }
    if (question.body.trim().length < 20) {
      problems.push(
        `${where}: the explanation is missing: write it below the frontmatter, in your own words`,
      );
    }
    const position = `${question.chapter}#${question.order}`;
    const other = positions.get(position);
    if (other)
      problems.push(
        `${where}: order: ${question.order} is already used by ${other} in the same chapter`,
      );
    else positions.set(position, where);
  }
  return problems;
}
