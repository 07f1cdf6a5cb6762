// The map from content/ folders to typed collections. Every rule lives in src/lib/content/schemas.ts.
import { glob } from 'astro/loaders';
import { defineCollection, reference } from 'astro:content';

import {
  actorSchema,
  chapterSchema,
  correctionSchema,
  eventSchema,
  glossarySchema,
  mythSchema,
  quizQuestionSchema,
  repositoryRecordsSchema,
  sourceSchema,
} from './lib/content/schemas';

// Files whose name starts with "_" are drafts and are not loaded.
const folder = (name: string, extensions: string) =>
  glob({ pattern: `**/[^_]*.${extensions}`, base: `./content/${name}` });

export const collections = {
  events: defineCollection({ loader: folder('events', 'mdx'), schema: eventSchema(reference) }),
  actors: defineCollection({ loader: folder('actors', 'yaml'), schema: actorSchema }),
  sources: defineCollection({ loader: folder('sources', 'yaml'), schema: sourceSchema }),
  glossary: defineCollection({ loader: folder('glossary', 'mdx'), schema: glossarySchema }),
  chapters: defineCollection({
    loader: folder('chapters', 'mdx'),
    schema: chapterSchema(reference),
  }),
  quiz: defineCollection({ loader: folder('quiz', 'mdx'), schema: quizQuestionSchema(reference) }),
  myths: defineCollection({ loader: folder('myths', 'mdx'), schema: mythSchema(reference) }),
  /** Git commits and tags the content cites, written by `npm run records`. */
  records: defineCollection({ loader: folder('records', 'yaml'), schema: repositoryRecordsSchema }),
  corrections: defineCollection({
    loader: folder('corrections', 'yaml'),
    schema: correctionSchema(reference),
  }),
};
