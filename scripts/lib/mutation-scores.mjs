// Reads StrykerJS JSON reports (mutation-testing-report-schema) and scores them per area:
// killed + timeout over valid mutants (compile errors and ignored mutants do not count).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';

export const MUTATION_DIR = 'reports/mutation';

/** The areas that guard correctness and security aim higher than the rest. */
const STRICT_AREAS = new Set(['content', 'simulation', 'embed', 'site', 'offline']);
export const targetFor = (area) => (STRICT_AREAS.has(area) ? 90 : 80);

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

/** The report name of an area or a part: `simulation`, `simulation/transforms` → `simulation--transforms`. */
const reportName = (areaOrPart) => areaOrPart.replaceAll('/', '--');

/** The parts of an area that have a report (`simulation/root`, `simulation/transforms`), sorted. */
export function partsOf(area, dir = MUTATION_DIR) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.startsWith(`${area}--`) && name.endsWith('.json'))
    .filter((name) => !name.endsWith('.incremental.json'))
    .map((name) => `${area}/${name.slice(area.length + 2, -'.json'.length).replaceAll('--', '/')}`)
    .sort();
}

/**
 * Does a source file belong to a part? A part's report also carries the results it reused from
 * its incremental file for files outside the part; only the part's own files count for it.
 */
function inPart(source, part) {
  const [area, ...rest] = part.split('/');
  const name = rest.join('/');
  return ['src/lib', 'scripts/lib'].some((root) => {
    const dir = `${root}/${area}/`;
    if (!source.startsWith(dir)) return false;
    const rest = source.slice(dir.length);
    return name
      .split('+')
      .some((piece) =>
        piece === 'root'
          ? !rest.includes('/')
          : rest === `${piece}.ts` || rest.startsWith(`${piece}/`),
      );
  });
}

/** Counts of the mutants of some report files by status, and the score in percent (null when empty). */
function scoreFiles(files) {
  let detected = 0;
  let undetected = 0;
  for (const file of files) {
    for (const mutant of file.mutants) {
      if (DETECTED.has(mutant.status)) detected += 1;
      else if (UNDETECTED.has(mutant.status)) undetected += 1;
    }
  }
  const valid = detected + undetected;
  return { detected, undetected, valid, score: valid === 0 ? null : (100 * detected) / valid };
}

/**
 * The score of a whole area, or of one part: the area's own report and its parts' reports merged
 * source file by source file, the newest report winning for a file it shares with an older one
 * (so a part's row shows its files as the latest run of the area or of any part left them).
 */
export function areaScore(area, part, dir = MUTATION_DIR) {
  const reports = [area, ...partsOf(area, dir)]
    .map((name) => ({ name, path: `${dir}/${reportName(name)}.json` }))
    .filter(({ path }) => existsSync(path))
    .sort((a, b) => statSync(a.path).mtimeMs - statSync(b.path).mtimeMs);
  const files = new Map();
  for (const { name, path } of reports) {
    const report = JSON.parse(readFileSync(path, 'utf8'));
    for (const [source, file] of Object.entries(report.files))
      if (name === area || inPart(source, name)) files.set(source, file);
  }
  const counted = [...files].filter(([source]) => !part || inPart(source, part));
  return scoreFiles(counted.map(([, file]) => file));
}

/** A plain-text table: area, score, target, mutants detected/valid, run time. */
export function formatScoreTable(rows) {
  const lines = [`${'area'.padEnd(23)} score   target  detected/valid  run time`];
  for (const row of rows) {
    const score = row.score === null ? '   –  ' : `${row.score.toFixed(1).padStart(5)} %`;
    const mark = row.score !== null && row.score >= row.target ? 'ok' : 'below';
    const time = row.seconds === undefined ? '' : `${row.seconds} s`;
    lines.push(
      `${row.area.padEnd(23)} ${score}  ≥ ${row.target} % ${mark.padEnd(5)} ${`${row.detected}/${row.valid}`.padStart(9)}  ${time}`,
    );
  }
  return lines.join('\n');
}
