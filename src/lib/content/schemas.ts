/**
 * Zod schemas for every collection, written as factories over a `ref` function so the same
 * rules run in Astro (where `ref` is `reference()`) and in Vitest (where it is a plain id string).
 * Messages are phrased for the person editing the file, not for a developer.
 */
import { z } from 'astro/zod';

import {
  ACTOR_KINDS,
  CERTAINTIES,
  DATE_PRECISIONS,
  ERAS,
  LANES,
  MYTH_LINK_KINDS,
  MYTH_VERDICTS,
  SOURCE_KINDS,
  TIME_BASES,
} from './vocabulary';

/**
 * Builds a schema for a reference to an entry of another collection. Generic so that the
 * resolved type (Astro's `{ collection, id }`, or a plain string in tests) flows to the pages.
 */
export type RefFactory<Ref extends z.ZodType = z.ZodType> = (
  collection: 'actors' | 'sources' | 'events' | 'chapters' | 'myths',
) => Ref;

const DATE_PATTERNS = {
  year: /^\d{4}$/,
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  day: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
} as const;

const httpsUrl = (what: string) =>
  z
    .url({
      // A text that is not a URL at all gets one message, not a second about https.
      abort: true,
      error: (issue) =>
        issue.input === undefined ? `${what} is required` : `${what} must be a full URL`,
    })
    .refine((value) => value.startsWith('https://'), {
      message: `${what} must start with https://`,
    });

const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'use lower-case words joined by hyphens' });

/** True when an ISO date text of the given precision names a real calendar day/month/year. */
export function isValidIsoDate(text: string, precision: (typeof DATE_PRECISIONS)[number]): boolean {
  if (!DATE_PATTERNS[precision].test(text)) return false;
  if (precision !== 'day') return true;
  const parsed = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === text;
}

export function eventSchema<Ref extends z.ZodType>(ref: RefFactory<Ref>) {
  return z
    .object({
      title: z.string({ error: 'title is required' }).min(3, { message: 'title is too short' }),
      date: z.string({
        error: 'date is required: write it as ISO text, e.g. "2024-03-29", "2008-12" or "2005"',
      }),
      datePrecision: z.enum(DATE_PRECISIONS, {
        error: `datePrecision must be one of: ${DATE_PRECISIONS.join(', ')}`,
      }),
      time: z
        .string()
        .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'time must be HH:MM in UTC, e.g. "15:51"' })
        .optional(),
      /** Which time `date`/`time` is (a git record's author, commit or tag time, a mail's …). */
      timeBasis: z
        .enum(TIME_BASES, { error: `timeBasis must be one of: ${TIME_BASES.join(', ')}` })
        .optional(),
      lanes: z
        .array(z.enum(LANES, { error: `each lane must be one of: ${LANES.join(', ')}` }))
        .min(1, { message: 'lanes needs at least one lane' }),
      actors: z.array(ref('actors')).default([]),
      tags: z.array(slug).default([]),
      certainty: z.enum(CERTAINTIES, {
        error: `certainty must be one of: ${CERTAINTIES.join(', ')}`,
      }),
      sources: z
        .array(ref('sources'), {
          error: 'sources is required: list at least one primary source id',
        })
        .min(1, { message: 'sources needs at least one source (and one of them must be primary)' }),
      /** Sources cited for background: the event's date is not their time, nor do they show the event. */
      contextSources: z.array(ref('sources')).default([]),
      /** Why an event is only `reported`: which record was looked for and not found. */
      reportedBecause: z
        .string()
        .min(10, { message: 'reportedBecause is too short to say why' })
        .optional(),
      summary: z
        .string({ error: 'summary is required: one sentence' })
        .min(10, { message: 'summary is too short' })
        .max(320, { message: 'summary must be one sentence (at most 320 characters)' }),
      conflict: z
        .object({
          summary: z.string({ error: 'conflict.summary is required' }),
          claims: z
            .array(
              z.object({
                source: ref('sources'),
                says: z.string({ error: 'each conflict claim needs "says"' }),
              }),
            )
            .min(2, { message: 'a conflict needs at least two claims (who says what)' }),
        })
        .optional(),
      era: z.enum(ERAS, { error: `era must be one of: ${ERAS.join(', ')}` }),
      /** 1 = a key moment (labelled first, used in the deck and handout), 3 = detail. */
      importance: z.union([z.literal(1), z.literal(2), z.literal(3)]).default(2),
    })
    .superRefine((event, ctx) => {
      if (!isValidIsoDate(event.date, event.datePrecision)) {
        ctx.addIssue({
          code: 'custom',
          path: ['date'],
          message: `date "${event.date}" is not a valid ${event.datePrecision}-precision ISO date`,
        });
      }
      if (event.time && event.datePrecision !== 'day') {
        ctx.addIssue({
          code: 'custom',
          path: ['time'],
          message: 'time is only allowed when datePrecision is "day"',
        });
      }
      if (event.time && !event.timeBasis) {
        ctx.addIssue({
          code: 'custom',
          path: ['timeBasis'],
          message: `timeBasis is required with a time: say which time it is (${TIME_BASES.join(', ')})`,
        });
      }
      if (event.certainty === 'reported' && !event.reportedBecause) {
        ctx.addIssue({
          code: 'custom',
          path: ['reportedBecause'],
          message:
            'reportedBecause is required when certainty is "reported": say which primary record is missing',
        });
      }
      if (event.certainty !== 'reported' && event.reportedBecause) {
        ctx.addIssue({
          code: 'custom',
          path: ['reportedBecause'],
          message: 'reportedBecause is only for events whose certainty is "reported"',
        });
      }
    });
}

export const actorSchema = z.object({
  name: z.string({ error: 'name is required' }).min(1, { message: 'name cannot be empty' }),
  kind: z.enum(ACTOR_KINDS, { error: `kind must be one of: ${ACTOR_KINDS.join(', ')}` }),
  note: z
    .string({ error: 'note is required: one or two sentences' })
    .min(10, { message: 'note is too short: one or two sentences' }),
  aliases: z.array(z.string()).default([]),
});

export const sourceSchema = z.object({
  title: z.string({ error: 'title is required' }).min(3, { message: 'title is too short' }),
  publisher: z
    .string({ error: 'publisher is required' })
    .min(2, { message: 'publisher is too short' }),
  url: httpsUrl('url'),
  published: z
    .string({ error: 'published is required (ISO date text)' })
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, {
      message: 'published must be ISO date text, e.g. "2024-03-29"',
    }),
  kind: z.enum(SOURCE_KINDS, { error: 'kind must be "primary" or "secondary"' }),
  archive: httpsUrl('archive').optional(),
});

export const glossarySchema = z.object({
  term: z.string({ error: 'term is required' }).min(1, { message: 'term cannot be empty' }),
  definition: z
    .string({ error: 'definition is required: one sentence' })
    .min(10, { message: 'definition is too short to explain the term' })
    .max(300, { message: 'definition must be one sentence (at most 300 characters)' }),
  aliases: z.array(z.string()).default([]),
});

export function chapterSchema<Ref extends z.ZodType>(ref: RefFactory<Ref>) {
  return z.object({
    title: z.string({ error: 'title is required' }),
    order: z.number({ error: 'order is required (1, 2, 3 …)' }).int().positive(),
    summary: z
      .string({ error: 'summary is required' })
      .min(10, { message: 'summary is too short' }),
    objectives: z
      .array(z.string(), { error: 'objectives is required: what the reader will be able to do' })
      .min(1, { message: 'objectives needs at least one learning objective' }),
    /** The objectives in plain words (no GOT, RELRO or IFUNC), shown on the essentials route. */
    plainObjectives: z
      .array(z.string().min(10, { message: 'a plain objective cannot be this short' }))
      .min(1, { message: 'plainObjectives, when given, needs at least one objective' })
      .optional(),
    events: z.array(ref('events')).default([]),
    /** A simulation step id (see src/lib/simulation) the chapter points readers to. */
    simulationStep: z.string().optional(),
  });
}

export function correctionSchema<Ref extends z.ZodType>(ref: RefFactory<Ref>) {
  return z.object({
    date: z.string().regex(DATE_PATTERNS.day, { message: 'date must be "YYYY-MM-DD"' }),
    summary: z
      .string({ error: 'summary is required' })
      .min(10, { message: 'summary is too short to say what changed' }),
    event: ref('events').optional(),
  });
}

/**
 * One knowledge-check question of the training path (content/quiz/<chapter>/<nn-slug>.mdx).
 * The MDX body is the explanation shown after answering.
 */
export function quizQuestionSchema<Ref extends z.ZodType>(ref: RefFactory<Ref>) {
  const choice = z.object({
    text: z
      .string({ error: 'each choice needs "text"' })
      .min(1, { message: 'a choice cannot be empty' }),
    correct: z.boolean({ error: 'correct must be true or false' }).default(false),
  });
  // A reference written as an id string, with a message for the editor when it is missing;
  // the string's message also covers an empty id.
  const id = (collection: Parameters<RefFactory<Ref>>[0], message: string) =>
    z
      .string({ error: message })
      .min(1)
      .pipe(ref(collection) as unknown as z.ZodType<z.output<Ref>, string>);
  return z.object({
    chapter: id('chapters', 'chapter is required: the id of a file in content/chapters/'),
    order: z.number({ error: 'order is required (1, 2, 3 … within the chapter)' }).int().positive(),
    prompt: z
      .string({ error: 'prompt is required: the question itself' })
      .min(10, { message: 'prompt is too short to be a question' })
      .max(240, { message: 'prompt must be one question (at most 240 characters)' }),
    choices: z
      .array(choice, {
        error: 'choices is required: 3 or 4 answers, one of them marked "correct: true"',
      })
      .min(3, { message: 'choices needs at least 3 answers' })
      .max(4, { message: 'choices allows at most 4 answers' })
      .superRefine((choices, ctx) => {
        const correct = choices.filter((item) => item.correct).length;
        if (correct !== 1) {
          ctx.addIssue({
            code: 'custom',
            message: `mark exactly one choice with "correct: true" (found ${correct})`,
          });
        }
        const texts = choices.map((item) => item.text.trim().toLowerCase());
        if (new Set(texts).size !== texts.length) {
          ctx.addIssue({ code: 'custom', message: 'two choices have the same text' });
        }
      }),
    source: id(
      'sources',
      'source is required: the id of the file in content/sources/ that backs the answer',
    ),
    event: id('events', 'event must be the id of a file in content/events/').optional(),
    /** The /myths/ entry this question tests: its wrong answers are the myth. */
    myth: id('myths', 'myth must be the id of a file in content/myths/').optional(),
  });
}

/**
 * One entry of /myths/ (content/myths/<id>.mdx): the myth in the words people use, the verdict,
 * the sources that settle it and where on the site the reader can see the record. The MDX body
 * says what the record shows. Link targets are checked against the other collections by
 * src/lib/myths/integrity.ts.
 */
export function mythSchema<Ref extends z.ZodType>(ref: RefFactory<Ref>) {
  const link = z.object({
    to: z.enum(MYTH_LINK_KINDS, {
      error: `each link needs "to": one of ${MYTH_LINK_KINDS.join(', ')}`,
    }),
    id: z
      .string({ error: 'each link needs "id": a chapter, event or simulation step id' })
      .min(1, { message: 'a link id cannot be empty' }),
  });
  return z.object({
    myth: z
      .string({ error: 'myth is required: the claim in the words people use' })
      .min(10, { message: 'myth is too short to be a claim' })
      .max(160, { message: 'myth must be one short claim (at most 160 characters)' }),
    verdict: z.enum(MYTH_VERDICTS, {
      error: `verdict must be one of: ${MYTH_VERDICTS.join(', ')} (quote "false")`,
    }),
    order: z.number({ error: 'order is required (1, 2, 3 … on the page)' }).int().positive(),
    sources: z
      .array(ref('sources'), { error: 'sources is required: list at least one primary source id' })
      .min(1, { message: 'sources needs at least one source (and one of them must be primary)' }),
    links: z
      .array(link, { error: 'links is required: where on the site the record can be seen' })
      .min(1, { message: 'links needs at least one story, event, timeline or simulation link' }),
  });
}

const utcTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, {
  message: 'times must be UTC ISO text, e.g. "2023-03-18T14:26:55Z" (run npm run records)',
});

/** One repository's snapshot in content/records/, as `npm run records` writes it. */
export const repositoryRecordsSchema = z.object({
  repository: z
    .string()
    .regex(/^[\w.-]+\/[\w.-]+$/, { message: 'repository must be "owner/name"' }),
  commits: z.array(
    z.object({
      hash: z
        .string()
        .regex(/^[0-9a-f]{40}$/, { message: 'hash must be a full 40-character commit id' }),
      author: z.string(),
      authorTime: utcTime,
      committer: z.string(),
      commitTime: utcTime,
      subject: z.string(),
    }),
  ),
  tags: z.array(
    z.object({
      name: z.string().min(1),
      tagger: z.string().nullable(),
      tagTime: utcTime.nullable(),
      commit: z
        .string()
        .regex(/^[0-9a-f]{40}$/, { message: 'commit must be a full 40-character commit id' }),
    }),
  ),
});
