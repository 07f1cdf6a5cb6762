import { describe, expect, it } from 'vitest';

import { SEARCH_LIST_LIMIT, searchResults } from '../../../../src/lib/timeline/search-results';
import { eventInput, prepared } from './fixtures';

const many = prepared(
  Array.from({ length: 12 }, (_, i) =>
    eventInput({
      id: `m${i}`,
      title: `Match ${i} with a long, whole title`,
      date: `2024-03-${10 + i}`,
    }),
  ),
);

describe('search results under the box', () => {
  it('lists nothing while the box is empty or blank', () => {
    expect(searchResults('  ', many)).toEqual({ results: [], more: 0, summary: '' });
  });

  it('lists the first matches in time order with whole titles and dates, and counts the rest', () => {
    const { results, more, summary } = searchResults('match', many);
    expect(results).toHaveLength(SEARCH_LIST_LIMIT);
    expect(results[0]).toEqual({
      id: 'm0',
      title: 'Match 0 with a long, whole title',
      date: '10 March 2024',
    });
    expect(more).toBe(12 - SEARCH_LIST_LIMIT);
    expect(summary).toBe('12 events match; Enter opens the first.');
  });

  it('says plainly when nothing matches, quoting the query', () => {
    expect(searchResults(' zzz ', []).summary).toBe('No event matches “zzz”.');
  });

  it('survives a nonsensical limit without throwing', () => {
    expect(searchResults('match', many, -3).results).toEqual([]);
  });
});
