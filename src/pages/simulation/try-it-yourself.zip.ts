/** The stand-in files with a README of safe commands, as one zip made at build time. */
import { readFile } from 'node:fs/promises';

import type { APIRoute } from 'astro';

import { sha256Hex } from '../../lib/simulation/artifact';
import { BAD_XZ, GOOD_LARGE, VERSIONS } from '../../lib/simulation/constants';
import { tryItReadme } from '../../lib/simulation/try-it';
import { type ZipEntry, zipStore } from '../../lib/simulation/zip-store';

export const GET: APIRoute = async () => {
  const files: ZipEntry[] = [];
  for (const version of VERSIONS)
    for (const name of [BAD_XZ, GOOD_LARGE])
      files.push({
        name: `xz-stand-ins/${version}/${name}`,
        bytes: new Uint8Array(await readFile(`public/simulation/${version}/${name}`)),
      });
  const digests = await Promise.all(
    files.map(async (f) => ({
      path: f.name.replace('xz-stand-ins/', ''),
      sha256: await sha256Hex(f.bytes),
    })),
  );
  const readme = new TextEncoder().encode(tryItReadme(digests));
  const zip = zipStore([{ name: 'xz-stand-ins/README.txt', bytes: readme }, ...files]);
  return new Response(zip as BodyInit, { headers: { 'Content-Type': 'application/zip' } });
};
