import { describe, expect, it } from 'vitest';

import { inlineRuns } from '../../../../src/lib/learn/inline-code';

describe('inline code in quiz text', () => {
  it('turns backticked runs into code and leaves the rest as text', () => {
    expect(inlineRuns('Run `xz --version` now')).toEqual([
      { code: false, text: 'Run ' },
      { code: true, text: 'xz --version' },
      { code: false, text: ' now' },
    ]);
  });

  it('keeps an unpaired backtick as literal text', () => {
    expect(inlineRuns('a ` b')).toEqual([{ code: false, text: 'a ` b' }]);
    expect(inlineRuns('')).toEqual([]);
  });
});
