import { describe, expect, it } from 'vitest';

import { embedPath, EMBEDS } from '../../../../src/lib/embed/catalog';
import {
  embedIdFromPath,
  HEIGHT_MESSAGE_TYPE,
  readHeightMessage,
  reporterTargetOrigin,
} from '../../../../src/lib/embed/messages';

// Edge cases found by mutation testing: each would pass if the check it names were dropped.
describe('embed edge cases', () => {
  it('gives an embed without parameters a plain path, with no empty query', () => {
    const bare = { ...EMBEDS[0]!, parameters: [] };
    expect(embedPath(bare, true)).toBe(`/embed/${bare.id}/`);
  });

  it('ignores null, non-objects and heights that are not numbers', () => {
    expect(readHeightMessage(null)).toBeUndefined();
    expect(readHeightMessage('xz-embed:height')).toBeUndefined();
    expect(readHeightMessage({ type: HEIGHT_MESSAGE_TYPE, id: 'timeline', height: '120' })).toBe(
      undefined,
    );
    expect(readHeightMessage({ type: HEIGHT_MESSAGE_TYPE, id: 7, height: 120 })).toBeUndefined();
  });

  it('does not post to an opaque referrer origin', () => {
    expect(reporterTargetOrigin(undefined, 'about:blank')).toBe('*');
    expect(reporterTargetOrigin([], 'https://host.example/page')).toBe('https://host.example');
  });

  it('finds the embed id only at the start of the path, with or without the last slash', () => {
    expect(embedIdFromPath('/embed/timeline', '/')).toBe('timeline');
    expect(embedIdFromPath('/other/embed/timeline/', '/')).toBeUndefined();
  });
});
