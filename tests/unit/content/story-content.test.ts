import { describe, expect, it } from 'vitest';

import { findEventLinkIds, findTermIds } from '../../../src/lib/content/mdx-references';
import { countProseWords } from '../../../src/lib/content/word-count';
import { readCollection } from '../../support/content-files';

interface ChapterData {
  order: number;
  objectives: string[];
  events: string[];
}
interface GlossaryData {
  term?: string;
  definition?: string;
}

const chapters = await readCollection<ChapterData>('chapters');
const events = await readCollection('events');
const glossary = await readCollection<GlossaryData>('glossary');
const eventIds = new Set(events.map((event) => event.id));
const glossaryIds = new Set(glossary.map((entry) => entry.id));

describe('the story chapters', () => {
  it('number at least eight, ordered 1, 2, 3 … without gaps or repeats', () => {
    const orders = chapters.map((chapter) => chapter.data.order);
    expect(chapters.length).toBeGreaterThanOrEqual(8);
    expect([...orders].sort((a, b) => a - b)).toEqual(chapters.map((_, index) => index + 1));
  });

  it.each(chapters.map((chapter) => [chapter.file, chapter] as const))(
    '%s has between 600 and 1,500 words of prose',
    (_, chapter) => {
      const words = countProseWords(chapter.body);
      expect(words).toBeGreaterThanOrEqual(600);
      expect(words).toBeLessThanOrEqual(1500);
    },
  );

  it.each(chapters.map((chapter) => [chapter.file, chapter] as const))(
    '%s names two to four learning objectives and at least one event',
    (_, chapter) => {
      const objectives = chapter.data.objectives ?? [];
      expect(objectives.length).toBeGreaterThanOrEqual(2);
      expect(objectives.length).toBeLessThanOrEqual(4);
      expect((chapter.data.events ?? []).length).toBeGreaterThan(0);
    },
  );

  // One generated test per chapter that links an event: a chapter with no link has nothing to check.
  const linkingChapters = chapters.filter((chapter) => findEventLinkIds(chapter.body).length > 0);

  it('link to events from every chapter whose prose has an <EventLink> tag', () => {
    const tagged = chapters.filter((chapter) => chapter.body.includes('<EventLink '));
    expect(linkingChapters.map((chapter) => chapter.file)).toEqual(tagged.map((c) => c.file));
    expect(linkingChapters.length).toBeGreaterThanOrEqual(chapters.length / 2);
  });

  it.each(linkingChapters.map((chapter) => [chapter.file, chapter] as const))(
    '%s lists every event its prose links to, and each exists',
    (_, chapter) => {
      const listed = new Set(chapter.data.events);
      for (const id of findEventLinkIds(chapter.body)) {
        expect(eventIds, `content/events/${id}.mdx`).toContain(id);
        expect(listed, `events: of ${chapter.file}`).toContain(id);
      }
    },
  );

  it('link to the simulation from most chapters', () => {
    const linking = chapters.filter((chapter) =>
      /<SiteLink href="\/simulation\/"/.test(chapter.body),
    );
    expect(linking.length).toBeGreaterThanOrEqual(chapters.length / 2);
  });
});

describe('the glossary', () => {
  it('has at least 30 terms', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(30);
  });

  it.each(glossary.map((entry) => [entry.file, entry] as const))(
    '%s has a term, a one-sentence definition and one or two paragraphs',
    (_, entry) => {
      expect(entry.data.term).toBeTruthy();
      const definition = entry.data.definition ?? '';
      expect(definition.length).toBeGreaterThan(10);
      expect(
        definition.replace(/\b(e\.g|i\.e|etc)\./g, '').match(/[.!?](\s|$)/g) ?? [],
      ).toHaveLength(1);
      const paragraphs = entry.body.trim().split(/\r?\n\s*\r?\n/);
      expect(paragraphs.length).toBeGreaterThanOrEqual(1);
      expect(paragraphs.length).toBeLessThanOrEqual(2);
    },
  );
});

describe('inline terms', () => {
  const documents = [...chapters, ...events, ...glossary];

  // One generated test per file that uses a term; the other files have nothing to check.
  const termDocuments = documents.filter((document) => findTermIds(document.body).length > 0);

  it('are used somewhere in the story', () => {
    expect(documents.flatMap((document) => findTermIds(document.body)).length).toBeGreaterThan(50);
  });

  it('are found by the scan in exactly the files that write a <Term> tag', () => {
    // A plain substring check, independent of the scan's pattern, so a scan that misses a
    // spelling (or finds nothing at all) cannot silently shrink the generated tests below.
    const tagged = documents.filter((document) => /<Term\s/.test(document.body));
    expect(termDocuments.map((document) => document.file)).toEqual(
      tagged.map((document) => document.file),
    );
    expect(termDocuments.length).toBeGreaterThanOrEqual(40);
    expect(termDocuments.map((document) => document.file)).toContain(
      'content/chapters/04-the-tarball-trick.mdx',
    );
  });

  it.each(termDocuments.map((document) => [document.file, document] as const))(
    '%s only uses <Term id> values that have a glossary file',
    (_, document) => {
      for (const id of findTermIds(document.body)) {
        expect(glossaryIds, `content/glossary/${id}.mdx`).toContain(id);
      }
    },
  );
});
