// Small file-tree helpers shared by the build scripts.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Every file below `folder`, as paths relative to it with forward slashes, sorted. */
export async function listFiles(folder) {
  const out = [];
  async function walk(dir) {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else out.push(relative(folder, full).split(sep).join('/'));
    }
  }
  await walk(folder);
  return out.sort();
}

/** path → file contents for every file below `folder`. */
export async function readTree(folder) {
  const tree = new Map();
  for (const path of await listFiles(folder)) tree.set(path, await readFile(join(folder, path)));
  return tree;
}
