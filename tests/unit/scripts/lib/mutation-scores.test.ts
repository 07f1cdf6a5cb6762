import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { areaScore, partsOf } from '../../../../scripts/lib/mutation-scores.mjs';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A report whose files have the given mutant statuses, written `age` seconds ago. */
function report(name: string, files: Record<string, string[]>, age: number): void {
  const path = join(dir, `${name}.json`);
  const mutants = (statuses: string[]) =>
    statuses.map((status, id) => ({ id: String(id), status }));
  writeFileSync(
    path,
    JSON.stringify({
      files: Object.fromEntries(
        Object.entries(files).map(([f, s]) => [f, { mutants: mutants(s) }]),
      ),
    }),
  );
  const when = Date.now() / 1000 - age;
  utimesSync(path, when, when);
}

describe('mutation scores', () => {
  it('a part’s row shows its files as the newest report left them, even when that is the area’s', () => {
    dir = mkdtempSync(join(tmpdir(), 'mutation-'));
    report('timeline--slices', { 'src/lib/timeline/slices.ts': ['Survived', 'Killed'] }, 60);
    report(
      'timeline',
      {
        'src/lib/timeline/slices.ts': ['Killed', 'Killed'],
        'src/lib/timeline/layout.ts': ['Survived', 'Survived'],
      },
      10,
    );
    expect(partsOf('timeline', dir)).toEqual(['timeline/slices']);
    expect(areaScore('timeline', 'timeline/slices', dir)).toMatchObject({ detected: 2, valid: 2 });
    expect(areaScore('timeline', undefined, dir)).toMatchObject({ detected: 2, valid: 4 });
  });

  it('a newer part report wins for its own files only, and timeouts count as detected', () => {
    dir = mkdtempSync(join(tmpdir(), 'mutation-'));
    report(
      'timeline',
      {
        'src/lib/timeline/slices.ts': ['Survived', 'Survived'],
        'src/lib/timeline/layout.ts': ['Killed', 'NoCoverage', 'CompileError'],
      },
      60,
    );
    // The part's run carries a stale copy of another file from its incremental cache.
    report(
      'timeline--slices',
      {
        'src/lib/timeline/slices.ts': ['Killed', 'Timeout'],
        'src/lib/timeline/layout.ts': ['Survived', 'Survived', 'Survived'],
      },
      10,
    );
    expect(areaScore('timeline', undefined, dir)).toMatchObject({
      detected: 3,
      valid: 4,
      score: 75,
    });
    expect(areaScore('timeline', 'timeline/slices', dir)).toMatchObject({ detected: 2, valid: 2 });
  });
});
