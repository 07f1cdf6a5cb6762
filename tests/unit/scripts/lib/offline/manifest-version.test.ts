import { describe, expect, it } from 'vitest';

import { buildPrecacheManifest, contentVersion } from '../../../../../scripts/lib/offline/manifest';

const encode = (text: string) => new TextEncoder().encode(text);
const site = [
  { path: 'index.html', content: encode('<h1>Home</h1>') },
  { path: 'story/index.html', content: encode('<p>The story, chapter one.</p>') },
  { path: '_astro/app.1a2b.js', content: encode('console.log(1)') },
];

describe('the offline cache version', () => {
  it('changes when any one file is edited without changing its length', () => {
    const before = contentVersion(site);
    for (const [index, file] of site.entries()) {
      const bytes = Uint8Array.from(file.content);
      bytes[bytes.length - 1] ^= 1; // flip one bit of the last byte: same size, new content
      const edited = site.map((other, i) => (i === index ? { ...other, content: bytes } : other));
      expect(contentVersion(edited), file.path).not.toBe(before);
      expect(buildPrecacheManifest(edited, '/').cacheName).not.toBe(
        buildPrecacheManifest(site, '/').cacheName,
      );
    }
  });

  it('changes when two files swap their contents', () => {
    const swapped = [
      { ...site[0]!, content: site[1]!.content },
      { ...site[1]!, content: site[0]!.content },
      site[2]!,
    ];
    expect(contentVersion(swapped)).not.toBe(contentVersion(site));
  });

  it('is the same for the same files, whatever order they are read in', () => {
    expect(contentVersion([site[2]!, site[0]!, site[1]!])).toBe(contentVersion(site));
    expect(contentVersion(site)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('cannot be forged by moving bytes between a path, a length and a content', () => {
    // Without the separators these pairs would hash the same stream of bytes.
    const one = [{ path: 'a', content: encode('xyc7\0defghij') }];
    const two = [
      { path: 'a1', content: encode('xy') },
      { path: 'c', content: encode('defghij') },
    ];
    expect(contentVersion(one)).not.toBe(contentVersion(two));
    const three = [{ path: 'a', content: encode('bb\u00009ccccccccc') }];
    const four = [
      { path: 'a', content: encode('3') },
      { path: 'bb', content: encode('ccccccccc') },
    ];
    expect(contentVersion(three)).not.toBe(contentVersion(four));
  });

  it('sorts paths the same way on every machine: capitals, then underscores, then small letters', () => {
    const files = ['b.js', 'A.js', '_x.js', 'a.js'].map((path) => ({
      path,
      content: encode(path),
    }));
    const orders = [files, [...files].reverse(), [files[2]!, files[0]!, files[3]!, files[1]!]];
    expect(new Set(orders.map(contentVersion)).size).toBe(1);
  });
});
