/**
 * Finds the ids that MDX bodies pass to our inline components (`<Term id="ifunc">`,
 * `<EventLink id="…">`). A plain text scan is enough: the components take the id as a
 * literal string, and scanning the raw body works at build time and in unit tests alike.
 */

/** Components whose `id` attribute names an entry of another collection. */
export type ReferencingComponent = 'Term' | 'EventLink';

/** Every id passed to `<Component id="…">` in an MDX body, in order of appearance (repeats kept). */
export function findComponentIds(body: string, component: ReferencingComponent): string[] {
  const pattern = new RegExp(`<${component}\\b[^>]*?\\bid=(["'])(.*?)\\1`, 'g');
  return [...body.matchAll(pattern)].map((match) => match[2]!);
}

/** The distinct glossary ids a body uses, in order of first appearance. */
export function findTermIds(body: string): string[] {
  return [...new Set(findComponentIds(body, 'Term'))];
}

/** The distinct event ids a body links to, in order of first appearance. */
export function findEventLinkIds(body: string): string[] {
  return [...new Set(findComponentIds(body, 'EventLink'))];
}
