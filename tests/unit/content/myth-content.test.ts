import { z } from 'astro/zod';
import { beforeAll, describe, expect, it } from 'vitest';

import { mythSchema } from '../../../src/lib/content/schemas';
import { checkMyths } from '../../../src/lib/myths/integrity';
import { SECTION_TARGETS, STEP_ALIASES } from '../../../src/lib/simulation/link-targets';
import { type ContentFile, readCollection } from '../../support/content-files';
import { schemaProblems } from '../../support/schema-problems';

type Fields = Record<string, unknown>;
let myths: ContentFile<Fields>[];
let quiz: ContentFile<Fields>[];
let sources: ContentFile<Fields>[];
let chapters: ContentFile<Fields>[];
let events: ContentFile<Fields>[];

beforeAll(async () => {
  [myths, quiz, sources, chapters, events] = await Promise.all(
    ['myths', 'quiz', 'sources', 'chapters', 'events'].map((name) => readCollection(name)),
  );
});

// The promises of issue #16 over the real files in content/myths.
describe('the myths as committed', () => {
  it('number at least ten, each valid against the schema', () => {
    expect(myths.length).toBeGreaterThanOrEqual(10);
    const rules = mythSchema(() => z.string());
    for (const file of myths) {
      expect(schemaProblems(rules, file.data), file.file).toEqual([]);
    }
  });

  it('cite existing sources, one of them primary, and link only to real chapters, events and simulation steps', () => {
    const problems = checkMyths({
      myths: myths.map((file) => ({
        id: file.id,
        filePath: file.file,
        order: Number(file.data.order),
        sources: file.data.sources as string[],
        links: file.data.links as never,
      })),
      sources: new Map(
        sources.map((file) => [file.id, { kind: file.data.kind as 'primary' | 'secondary' }]),
      ),
      chapters: new Set(chapters.map((file) => file.id)),
      events: new Set(events.map((file) => file.id)),
      simulationTargets: new Set([...Object.keys(STEP_ALIASES), ...Object.keys(SECTION_TARGETS)]),
    });
    expect(problems).toEqual([]);
  });

  it('cover every myth the issue names', () => {
    const ids = new Set(myths.map((file) => file.id));
    for (const id of [
      'git-repository-was-clean',
      'reproducible-builds-would-have-caught-it',
      'signing-or-slsa-would-have-stopped-it',
      'every-ssh-server-was-exposed',
      'it-was-a-login-bypass',
      'freund-found-it-by-timing-logins',
      'systemd-glibc-or-openssh-was-at-fault',
      'jia-tan-was-chinese',
      'lasse-collin-was-careless',
      'open-source-is-less-safe',
    ]) {
      expect(ids, id).toContain(id);
    }
  });

  it('say what the record shows in two to four sentences', () => {
    for (const file of myths) {
      const sentences =
        file.body
          .trim()
          .replace(/\b(e\.g|i\.e|etc)\./g, '')
          .match(/[.!?]["”)]?(\s|$)/g) ?? [];
      expect(sentences.length, file.file).toBeGreaterThanOrEqual(2);
      expect(sentences.length, file.file).toBeLessThanOrEqual(4);
    }
  });

  it('each become exactly one knowledge-check question of the training path', () => {
    for (const file of myths) {
      const asked = quiz.filter((question) => question.data.myth === file.id);
      expect(
        asked.map((question) => question.file),
        file.file,
      ).toHaveLength(1);
    }
  });

  it('never give a persona a real name, a nationality as fact, or an agency', () => {
    const persona = myths.find((file) => file.id === 'jia-tan-was-chinese')!;
    expect(persona.data.verdict).toBe('unproven');
    expect(persona.body).toMatch(/do not show/);
    expect(persona.body).not.toMatch(/\b(real name is|is actually|worked for)\b/i);
  });
});
