import { describe, expect, it } from 'vitest';

import { requireSource, type Source } from '../../../../src/lib/content/model';

const mail: Source = {
  id: 'freund-mail',
  title: 'backdoor in upstream xz/liblzma',
  publisher: 'oss-security',
  url: 'https://www.openwall.com/lists/oss-security/2024/03/29/4',
  published: '2024-03-29',
  kind: 'primary',
};

describe('requireSource', () => {
  const sources = new Map([[mail.id, mail]]);

  it('gives the cited source', () => {
    expect(requireSource(sources, 'freund-mail', 'the handout')).toBe(mail);
  });

  it('fails naming who cited a missing source and its id', () => {
    expect(() => requireSource(sources, 'no-such-mail', 'deck slide 3')).toThrow(
      'deck slide 3 cites "no-such-mail", which is not in content/sources',
    );
  });
});
