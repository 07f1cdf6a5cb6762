/**
 * The built library, as a labelled text stand-in. A clean and a backdoored build of the same
 * environment differ exactly where the real ones do: the compile and link flags stage 2
 * changed, the two patched resolvers, and the merged object.
 */
import { stage2LdflagsAddition } from './build-files.ts';
import { OBJECT_NAME, PIC_FLAG_ORIGINAL, STAGE2_VARS } from './constants.ts';
import type { BuildFacts, Environment } from './environment.ts';
import { bytesLabel } from './format.ts';

export interface LibraryRecipe {
  env: Environment;
  facts: BuildFacts;
  /** Stage 2's libtool and Makefile edits were applied. */
  flagsEdited: boolean;
  resolversPatched: boolean;
  mergedObject: Uint8Array | null;
}

const OBJECTS = [
  'check',
  'crc32_fast',
  'crc32_table',
  'crc64_fast',
  'crc64_table',
  'sha256',
  'common',
  'lzma_decoder',
  'lzma2_decoder',
  'stream_decoder',
];

function libraryLines(recipe: LibraryRecipe): string[] {
  const { env, facts } = recipe;
  const pic = recipe.flagsEdited
    ? STAGE2_VARS.P
    : PIC_FLAG_ORIGINAL.replace(/^pic_flag=" (.*)"$/, '$1');
  const ldflags = [facts.ldflags, ...(recipe.flagsEdited ? [stage2LdflagsAddition(facts)] : [])]
    .filter(Boolean)
    .join(' ');
  const resolver = `${recipe.resolversPatched ? '_' : ''}${STAGE2_VARS.R}()`;
  return [
    `SIMULATION STAND-IN for ${facts.libraryName} (xz ${env.version}) - text, not a real library`,
    `target ${facts.triplet}; compiler ${facts.cc}; linker ${facts.ld}`,
    `compile flags: ${pic}`,
    `link flags: ${ldflags || '(none)'}`,
    ...OBJECTS.map((name) => {
      const base = `object liblzma_la-${name}.o`;
      if (name === 'crc32_fast') return `${base}: crc32_resolve() calls ${resolver}`;
      if (name === 'crc64_fast') {
        const merged = recipe.mergedObject
          ? `; merged by gcc -r: ${OBJECT_NAME} (${bytesLabel(recipe.mergedObject.length)} follow)`
          : '';
        return `${base}: crc64_resolve() calls ${resolver}${merged}`;
      }
      return base;
    }),
  ];
}

/** The library's bytes, and its readable head (the lines) for the artifact diff. */
export function composeLibrary(recipe: LibraryRecipe): { lines: string[]; bytes: Uint8Array } {
  const lines = libraryLines(recipe);
  const text = new TextEncoder().encode(lines.join('\n') + '\n');
  if (!recipe.mergedObject) return { lines, bytes: text };
  const bytes = new Uint8Array(text.length + recipe.mergedObject.length);
  bytes.set(text);
  bytes.set(recipe.mergedObject, text.length);
  return { lines, bytes };
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as BufferSource);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
