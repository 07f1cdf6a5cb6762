import { describe, expect, it } from 'vitest';

import { embedAddress } from '../../../../src/lib/embed/embed-choice';

const src = 'https://example.org/embed/timeline/';

describe('the embed generator’s address', () => {
  it('is the plain embed address when nothing is chosen and the theme follows the reader', () => {
    expect(embedAddress(src, { theme: 'auto' })).toBe(src);
  });

  it('opens on the picked event, with the lane preset and a fixed theme', () => {
    const url = new URL(
      embedAddress(src, {
        event: '2024-03-29-freund-discloses',
        lanes: ['code', 'releases'],
        theme: 'dark',
      }),
    );
    expect(url.searchParams.get('event')).toBe('2024-03-29-freund-discloses');
    expect(url.searchParams.get('lane')).toBe('code,releases');
    expect(url.searchParams.get('theme')).toBe('dark');
  });

  it('replaces choices already in the address instead of doubling them', () => {
    const url = new URL(embedAddress(`${src}?event=old&theme=light`, { event: 'new-one' }));
    expect(url.searchParams.getAll('event')).toEqual(['new-one']);
    expect(url.searchParams.has('theme')).toBe(false);
  });

  it('leaves out an unknown lane, a malformed event id and an unknown theme rather than failing', () => {
    const url = embedAddress(src, {
      event: '"><script>',
      lanes: ['nope', 'code', 'code'],
      theme: 'purple',
    });
    expect(url).toBe(`${src}?lane=code`);
  });
});
