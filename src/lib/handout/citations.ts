/** Numbered references for print: each source gets a number the first time it is cited. */

/** Numbers 1, 2, 3 … in order of first citation across all the lists. */
export function numberSources(citations: readonly (readonly string[])[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const ids of citations) {
    for (const id of ids) if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
  }
  return numbers;
}

/** "1, 3" for the ids' numbers, ascending; throws on an id that was never numbered. */
export function citationLabel(
  ids: readonly string[],
  numbers: ReadonlyMap<string, number>,
): string {
  return ids
    .map((id) => {
      const number = numbers.get(id);
      if (number === undefined) throw new Error(`Source "${id}" is cited but was not numbered`);
      return number;
    })
    .sort((a, b) => a - b)
    .join(', ');
}
