/**
 * Where each glossary term is used, and which uses point at no term at all. The glossary
 * page lists the first ("Used in: …"); the content loader turns the second into build errors.
 */
import { findTermIds } from './mdx-references';

/** One MDX document that may use `<Term>`: a chapter, an event or a glossary entry. */
export interface TermDocument {
  kind: 'chapter' | 'event' | 'glossary';
  id: string;
  title: string;
  href: string;
  body: string;
  filePath?: string | undefined;
}

export type TermUse = Pick<TermDocument, 'kind' | 'id' | 'title' | 'href'>;

// The loader hands the same documents to the integrity check and to collectTermUses: scan each
// body for term ids once, not once per caller.
const scanned = new WeakMap<TermDocument, string[]>();
function termIdsOf(document: TermDocument): string[] {
  let ids = scanned.get(document);
  if (!ids) scanned.set(document, (ids = findTermIds(document.body)));
  return ids;
}

/** Reading order of the kinds on the glossary page: story first, then the record. */
const KIND_ORDER: Record<TermDocument['kind'], number> = { chapter: 0, event: 1, glossary: 2 };

/**
 * Maps each term id to the documents that use it, story chapters first. A glossary entry
 * that mentions itself is not listed as a use of itself.
 */
export function collectTermUses(documents: TermDocument[]): Map<string, TermUse[]> {
  const uses = new Map<string, TermUse[]>();
  const ordered = [...documents].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
  for (const document of ordered) {
    for (const termId of termIdsOf(document)) {
      if (document.kind === 'glossary' && document.id === termId) continue;
      const { kind, id, title, href } = document;
      uses.set(termId, [...(uses.get(termId) ?? []), { kind, id, title, href }]);
    }
  }
  return uses;
}

/** One problem per `<Term id>` that has no file in content/glossary/, naming the file that uses it. */
export function findUnknownTerms(documents: TermDocument[], glossaryIds: Set<string>): string[] {
  return documents.flatMap((document) =>
    termIdsOf(document)
      .filter((termId) => !glossaryIds.has(termId))
      .map(
        (termId) =>
          `${document.filePath ?? `${document.kind}/${document.id}`}: <Term id="${termId}"> names no file content/glossary/${termId}.mdx`,
      ),
  );
}
