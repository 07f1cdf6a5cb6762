import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createZip, dosDateTime } from '../../../../../scripts/lib/pack/zip';

let dir: string;
beforeAll(async () => (dir = await mkdtemp(join(tmpdir(), 'xz-zip-'))));
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Runs Info-ZIP's unzip (installed by .ci/run) on an archive. */
function unzip(args: string[]) {
  const result = spawnSync('unzip', args, { encoding: 'buffer' });
  if (result.error) throw new Error(`unzip is needed for this test: ${result.error.message}`);
  return result;
}

describe('the zip writer', () => {
  const entries = [
    { name: 'kit/README.txt', data: new TextEncoder().encode('Serve me.\n'.repeat(50)) },
    {
      name: 'kit/site/index.html',
      data: new TextEncoder().encode('<!doctype html><h1>Hallo, Zürich</h1>'),
    },
    { name: 'kit/site/pagefind/wasm.en.pagefind', data: new Uint8Array(randomBytes(4096)) },
    { name: 'kit/site/empty.txt', data: new Uint8Array() },
    { name: 'kit/site/événements/ü.json', data: new TextEncoder().encode('{"ok":true}') },
  ];

  it('writes an archive that unzip tests as sound', async () => {
    const path = join(dir, 'kit.zip');
    await writeFile(path, createZip(entries, new Date(2024, 2, 29, 15, 51, 30)));
    const result = unzip(['-t', path]);
    expect(result.stdout.toString()).toMatch(/No errors detected/);
    expect(result.status).toBe(0);
  });

  it('gives back every file byte for byte, names in UTF-8', async () => {
    const path = join(dir, 'roundtrip.zip');
    await writeFile(path, createZip(entries));
    for (const entry of entries) {
      const result = unzip(['-p', path, entry.name]);
      expect(Buffer.compare(result.stdout, Buffer.from(entry.data)), entry.name).toBe(0);
    }
  });

  it('compresses text and stores what does not shrink', () => {
    const text = new TextEncoder().encode('<li>an event</li>\n'.repeat(3000));
    expect(createZip([{ name: 'a.html', data: text }]).byteLength).toBeLessThan(
      text.byteLength / 20,
    );
    const noise = entries[2]!.data;
    expect(createZip([{ name: 'b.bin', data: noise }]).includes(Buffer.from(noise))).toBe(true);
  });

  it('refuses names that would escape the folder, or repeat', () => {
    const data = new Uint8Array();
    expect(() => createZip([{ name: '/etc/passwd', data }])).toThrow(/not a relative path/);
    expect(() => createZip([{ name: 'kit/../../x', data }])).toThrow(/not a relative path/);
    expect(() =>
      createZip([
        { name: 'a', data },
        { name: 'a', data },
      ]),
    ).toThrow(/twice/);
  });

  it('stamps MS-DOS dates with two-second resolution', () => {
    expect(dosDateTime(new Date(2024, 2, 29, 15, 51, 31))).toEqual({
      date: (44 << 9) | (3 << 5) | 29,
      time: (15 << 11) | (51 << 5) | 15,
    });
  });
});
