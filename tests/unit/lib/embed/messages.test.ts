import { describe, expect, it } from 'vitest';

import {
  createHeightReporter,
  embedIdFromPath,
  HEIGHT_MESSAGE_TYPE,
  heightMessage,
  MAX_EMBED_HEIGHT,
  readHeightMessage,
  reporterTargetOrigin,
} from '../../../../src/lib/embed/messages';

describe('height messages', () => {
  it('are built with the height rounded up to whole pixels', () => {
    expect(heightMessage('timeline', 640.2)).toEqual({
      type: HEIGHT_MESSAGE_TYPE,
      id: 'timeline',
      height: 641,
    });
  });

  it('never claim more than the maximum height', () => {
    expect(heightMessage('timeline', 1e9).height).toBe(MAX_EMBED_HEIGHT);
  });

  it('refuse a bad id or a height that is not a positive number', () => {
    expect(() => heightMessage('Time line', 10)).toThrow(/not an embed id/);
    expect(() => heightMessage('timeline', 0)).toThrow(/not a height/);
    expect(() => heightMessage('timeline', Number.NaN)).toThrow(/not a height/);
  });

  it('are read back only when the shape is exact', () => {
    expect(readHeightMessage({ type: HEIGHT_MESSAGE_TYPE, id: 'simulation', height: 300 })).toEqual(
      { type: HEIGHT_MESSAGE_TYPE, id: 'simulation', height: 300 },
    );
    for (const bad of [
      null,
      'xz-embed:height',
      42,
      [],
      { type: 'xz-timeline:height', id: 'timeline', height: 300 },
      { type: HEIGHT_MESSAGE_TYPE, height: 300 },
      { type: HEIGHT_MESSAGE_TYPE, id: '<img>', height: 300 },
      { type: HEIGHT_MESSAGE_TYPE, id: 'timeline', height: '300' },
      { type: HEIGHT_MESSAGE_TYPE, id: 'timeline', height: -5 },
      { type: HEIGHT_MESSAGE_TYPE, id: 'timeline', height: Number.POSITIVE_INFINITY },
    ]) {
      expect(readHeightMessage(bad), JSON.stringify(bad)).toBeUndefined();
    }
  });
});

describe('the frame reporter', () => {
  it('sends a height only when it changed by a whole pixel', () => {
    const sent: number[] = [];
    const report = createHeightReporter('timeline', (message) => sent.push(message.height));
    for (const height of [500, 500.4, 499.9, 720, 720, 0, Number.NaN, 360]) report(height);
    expect(sent).toEqual([500, 501, 500, 720, 360]);
  });
});

describe('where the frame sends its height', () => {
  it('prefers the parent origin the browser reports', () => {
    expect(reporterTargetOrigin(['https://blog.example'], 'https://other.example/post')).toBe(
      'https://blog.example',
    );
  });

  it('falls back to the referrer origin, then to any origin', () => {
    expect(reporterTargetOrigin(undefined, 'https://blog.example/2024/xz/?a=1')).toBe(
      'https://blog.example',
    );
    expect(reporterTargetOrigin([], '')).toBe('*');
    expect(reporterTargetOrigin(['null'], 'not a url')).toBe('*');
  });
});

describe('embed ids from page paths', () => {
  it('take the segment after /embed/, under any base', () => {
    expect(embedIdFromPath('/embed/timeline/', '/')).toBe('timeline');
    expect(embedIdFromPath('/xz/embed/attack-chain/', '/xz/')).toBe('attack-chain');
    expect(embedIdFromPath('/xz/embed/simulation/', '/xz')).toBe('simulation');
  });

  it('are undefined for pages outside /embed/<id>/', () => {
    expect(embedIdFromPath('/embed/', '/')).toBeUndefined();
    expect(embedIdFromPath('/timeline/', '/')).toBeUndefined();
    expect(embedIdFromPath('/embed/a/b/', '/')).toBeUndefined();
  });
});

// Edge cases found by mutation testing: each would pass if the check it names were dropped.
describe('messages at the edges', () => {
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
