/**
 * "What is real here, and what is not": the sizes of the real files next to our stand-ins, for
 * 5.6.0 / 5.6.1. `same` says whether the stand-in matches the real figure.
 */
import { VERSION_CONSTANTS, VERSIONS } from './constants.ts';
import manifest from './fixtures/manifest.json';
import { count } from './format.ts';
import { totalLength } from './transforms/head-carve.ts';

export interface SizeRow {
  what: string;
  real: string;
  ours: string;
  same: boolean;
}

const both = (pick: (v: (typeof VERSIONS)[number]) => number) =>
  VERSIONS.map((v) => count(pick(v))).join(' / ');
const kept = (v: (typeof VERSIONS)[number]) =>
  totalLength(VERSION_CONSTANTS[v].carve.segments, 'keep');

export const REAL_VS_STAND_IN: readonly SizeRow[] = [
  {
    what: 'tests/files/bad-3-corrupt_lzma2.xz',
    real: `${both((v) => VERSION_CONSTANTS[v].realBadXzBytes)} bytes`,
    ours: `${both((v) => manifest[v]['bad-3-corrupt_lzma2.xz'].bytes)} bytes`,
    same: true,
  },
  {
    what: 'tests/files/good-large_compressed.lzma',
    real: `${both((v) => VERSION_CONSTANTS[v].realGoodLargeBytes)} bytes`,
    ours: `${both((v) => manifest[v]['good-large_compressed.lzma'].bytes)} bytes`,
    same: true,
  },
  { what: 'bytes the head chain keeps', real: both(kept), ours: both(kept), same: true },
  {
    what: 'bytes tail passes on (compressed stage 2)',
    real: both((v) => kept(v) - VERSION_CONSTANTS[v].tailPlus + 1),
    ours: both((v) => manifest[v].stage2CompressedBytes),
    same: true,
  },
  {
    what: 'object written by head -c +W',
    real: `${both((v) => VERSION_CONSTANTS[v].objectBytes)} bytes`,
    ours: `${both((v) => VERSION_CONSTANTS[v].objectBytes)} bytes of labelled text`,
    same: true,
  },
  {
    what: 'good-large, decompressed',
    real: 'not in our sources (at least what the chain reads)',
    ours: `${both((v) => manifest[v]['good-large_compressed.lzma'].decompressedBytes)} bytes`,
    same: false,
  },
  {
    what: 'stage 1 script (with the Hello/World lines)',
    real: 'about ten lines of shell',
    ours: `${both((v) => manifest[v].stage1Bytes)} bytes of comments and echo lines`,
    same: false,
  },
  {
    what: 'stage 2 script',
    real: 'a long shell script (Freund’s injected.txt)',
    ours: `${both((v) => manifest[v].stage2Bytes)} bytes of echo lines and padding`,
    same: false,
  },
  {
    what: 'the object’s xz stream inside the encrypted region',
    real: 'about 31 KiB',
    ours: `${both((v) => manifest[v].objectXzBytes)} bytes, then zero padding (it is text, so it compresses)`,
    same: false,
  },
  {
    what: 'liblzma.so',
    real: 'an ELF shared library',
    ours: 'a text header, plus the object’s bytes when merged',
    same: false,
  },
];
