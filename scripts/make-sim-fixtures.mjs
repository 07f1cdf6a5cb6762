#!/usr/bin/env node
// Generates the simulation's stand-in carrier files from OUR harmless texts, with the real
// shapes: three xz streams with the Hello/World markers and the TAB↔SPACE, -↔_ swap; a .lzma
// file whose 1 KiB fillers sit between 2 KiB chunks; the tail offset; the published tr keys;
// the RC4-like add cipher; raw LZMA1 and xz. Where the real size is known we tune padding until
// our file has exactly that size. Usage: npm run fixtures   (needs the xz CLI)
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';

import {
  BAD_XZ,
  GOOD_LARGE,
  HELLO,
  STAGE0_SWAP,
  TR_IDENTITY_SET,
  VERSION_CONSTANTS,
  VERSIONS,
  WORLD,
} from '../src/lib/simulation/constants.ts';
import {
  fillerText,
  objectStandIn,
  stage1Bytes,
  stage2Bytes,
} from '../src/lib/simulation/fixtures/texts.ts';
import { verifyFixtures } from '../src/lib/simulation/fixtures/verify.ts';
import { layOutCarve, totalLength } from '../src/lib/simulation/transforms/head-carve.ts';
import { rc4LikeEncrypt } from '../src/lib/simulation/transforms/rc4-like.ts';
import { invertTable, translate, trTable } from '../src/lib/simulation/transforms/tr.ts';

const xz = (args, input) => new Uint8Array(execFileSync('xz', args, { input, maxBuffer: 1 << 24 }));
const concat = (...parts) => new Uint8Array(Buffer.concat(parts));
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** Deterministic pseudo-random bytes (xorshift32), so every run writes identical files. */
function pseudoRandom(seed, length) {
  let s = seed >>> 0 || 1;
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    out[i] = s & 0xff;
  }
  return out;
}
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const pseudoText = (seed, length) =>
  Array.from(pseudoRandom(seed, length), (b) => ALNUM[b % ALNUM.length]).join('');

/**
 * Tries padding lengths until `build(n)` has the wanted size (and passes `accept`). Sizes grow
 * roughly one byte per padding byte, so the search starts a little below the estimate.
 */
function tune(wanted, build, accept = () => true, limit = 4000) {
  let closest = null;
  const first = Math.max(0, wanted - build(0).bytes.length - 48);
  for (let n = first; n <= first + limit; n++) {
    const result = build(n);
    if (result.bytes.length === wanted && accept(result))
      return { ...result, padding: n, exact: true };
    if (result.bytes.length > wanted + 64) break;
    if (
      !closest ||
      Math.abs(result.bytes.length - wanted) < Math.abs(closest.bytes.length - wanted)
    )
      closest = { ...result, padding: n };
  }
  return { ...closest, exact: false };
}

const SWAP_BYTES = new Set([0x09, 0x20, 0x2d, 0x5f]);
const hasSwapBytes = (bytes) => bytes.some((b) => SWAP_BYTES.has(b));

/** An xz stream's bytes outside its LZMA2 data: header, block header, index, footer. */
function xzFraming(stream) {
  const blockHeaderEnd = 12 + (stream[12] + 1) * 4;
  // The index and footer follow the block's check; the footer's backward size gives the index.
  const backward =
    (new DataView(stream.buffer, stream.byteOffset + stream.length - 8, 4).getUint32(0, true) + 1) *
    4;
  const indexStart = stream.length - 12 - backward;
  return concat(stream.subarray(0, blockHeaderEnd), stream.subarray(indexStart));
}

function makeBadXz(c) {
  // Streams 1 and 3 must survive the swap unchanged so their markers stay greppable and valid.
  const marker = (text) => {
    for (const check of ['crc64', 'crc32', 'none']) {
      const s = xz(['-c', '-C', check], new TextEncoder().encode(`${text}\n`));
      if (!hasSwapBytes(s)) return s;
    }
    throw new Error(`no check type keeps the ${text} stream free of swapped bytes`);
  };
  const first = marker(HELLO);
  const third = marker(WORLD);
  const swap = trTable(STAGE0_SWAP.set1, STAGE0_SWAP.set2);
  const accept = ({ middle }) => !hasSwapBytes(xzFraming(middle)) && hasSwapBytes(middle);
  // Padding text changes the compressed size in 4-byte steps (xz pads blocks), so the seed
  // varies too, until the stream's framing happens to hold no byte the swap would change.
  for (let seed = 1; seed < 50; seed++) {
    const tuned = tune(
      c.realBadXzBytes,
      (n) => {
        const middle = xz(['-c'], stage1Bytes(c, n ? pseudoText(seed * 7919 + n, n) : ''));
        return { bytes: translate(concat(first, middle, third), swap), middle };
      },
      accept,
      200,
    );
    if (tuned.exact) return tuned;
  }
  throw new Error(`${c.version} ${BAD_XZ}: no padding gives the real size with clean framing`);
}

function makeGoodLarge(c) {
  const container = new Uint8Array(c.tailPlus - 1);
  const objectXz = xz(['-c'], objectStandIn(c));
  if (objectXz.length > container.length)
    throw new Error('object stand-in does not fit before the tail offset');
  container.set(objectXz);
  const keptLength = totalLength(c.carve.segments, 'keep');
  const tailLength = keptLength - container.length;
  const encode = invertTable(trTable(c.trKey, TR_IDENTITY_SET));
  const stage2 = tune(tailLength, (n) => ({
    bytes: xz(
      ['--format=raw', '--lzma1', '-c'],
      stage2Bytes(c, n ? pseudoText(c.tailPlus + n, n) : ''),
    ),
  }));
  // The tail must be filled exactly: the raw stream has no length field to stop at.
  if (!stage2.exact)
    throw new Error(`${c.version}: stage 2 cannot be padded to ${tailLength} bytes`);
  const kept = concat(
    rc4LikeEncrypt(container, c.rc4WarmUpRounds),
    translate(stage2.bytes, encode),
  );
  const carved = layOutCarve(kept, c.carve.segments, fillerText);
  let file;
  for (let seed = 0; seed < 20 && !file?.exact; seed++) {
    file = tune(
      c.realGoodLargeBytes,
      (n) => ({
        bytes: xz(
          ['--format=lzma', '-c'],
          concat(carved, pseudoRandom(c.rc4WarmUpRounds + 101 * seed + n, n)),
        ),
      }),
      () => true,
      120,
    );
  }
  if (!file.exact)
    console.warn(
      `${c.version} ${GOOD_LARGE}: ${file.bytes.length} bytes, not the real ${c.realGoodLargeBytes}`,
    );
  return { file, stage2, objectXzBytes: objectXz.length };
}

const manifest = {};
for (const version of VERSIONS) {
  const c = VERSION_CONSTANTS[version];
  const bad = makeBadXz(c);
  const good = makeGoodLarge(c);
  const dir = `public/simulation/${version}`;
  await mkdir(dir, { recursive: true });
  await writeFile(`${dir}/${BAD_XZ}`, bad.bytes);
  await writeFile(`${dir}/${GOOD_LARGE}`, good.file.bytes);
  const report = verifyFixtures(c, { badXz: bad.bytes, goodLarge: good.file.bytes });
  manifest[version] = {
    [BAD_XZ]: { bytes: bad.bytes.length, realBytes: c.realBadXzBytes, sha256: sha256(bad.bytes) },
    [GOOD_LARGE]: {
      bytes: good.file.bytes.length,
      realBytes: c.realGoodLargeBytes,
      decompressedBytes: report.goodLargeDecompressedBytes,
      sha256: sha256(good.file.bytes),
    },
    stage1Bytes: report.stage1Bytes,
    stage2Bytes: report.stage2Bytes,
    stage2CompressedBytes: good.stage2.bytes.length,
    objectXzBytes: good.objectXzBytes,
  };
  console.log(version, JSON.stringify(manifest[version]));
}
await writeFile(
  'src/lib/simulation/fixtures/manifest.json',
  JSON.stringify(manifest, null, 2) + '\n',
);
