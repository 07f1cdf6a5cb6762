/** Text search over titles and summaries: every word of the query must appear somewhere. */

/** Lower case without accents, so "Collin" matches "collin" and "Müller" matches "muller". */
export function normalizeText(text: string): string {
  // Most titles are plain ASCII; skipping Unicode normalisation for them keeps 10,000 cheap.
  const folded = /[^\p{ASCII}]/u.test(text)
    ? text.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    : text;
  return folded.toLowerCase();
}

export function queryTokens(query: string): string[] {
  return normalizeText(query).split(/\s+/).filter(Boolean);
}

export function matchesQuery(searchText: string, tokens: readonly string[]): boolean {
  return tokens.every((token) => searchText.includes(token));
}
