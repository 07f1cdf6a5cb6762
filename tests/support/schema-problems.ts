import type { z } from 'astro/zod';

/** The field paths and messages of a failed parse, e.g. ["date: date is required …"]; [] if it parses. */
export function schemaProblems(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}
