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
});
