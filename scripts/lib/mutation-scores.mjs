// Reads StrykerJS JSON reports (mutation-testing-report-schema) and scores them per area:
// killed + timeout over valid mutants (compile errors and ignored mutants do not count).
import { readFileSync } from 'node:fs';

export const MUTATION_DIR = 'reports/mutation';

/** The areas that guard correctness and security aim higher than the rest. */
const STRICT_AREAS = new Set(['content', 'simulation', 'embed', 'site', 'offline']);
export const targetFor = (area) => (STRICT_AREAS.has(area) ? 90 : 80);

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

/** Counts of one report's mutants by status, and its score in percent (null when empty). */
function scoreReport(report) {
  let detected = 0;
  let undetected = 0;
  for (const file of Object.values(report.files)) {
    for (const mutant of file.mutants) {
      if (DETECTED.has(mutant.status)) detected += 1;
      else if (UNDETECTED.has(mutant.status)) undetected += 1;
    }
  }
  const valid = detected + undetected;
  return { detected, undetected, valid, score: valid === 0 ? null : (100 * detected) / valid };
}

export function areaScore(area) {
  return scoreReport(JSON.parse(readFileSync(`${MUTATION_DIR}/${area}.json`, 'utf8')));
}

/** A plain-text table: area, score, target, mutants detected/valid, run time. */
export function formatScoreTable(rows) {
  const lines = ['area          score   target  detected/valid  run time'];
  for (const row of rows) {
    const score = row.score === null ? '   –  ' : `${row.score.toFixed(1).padStart(5)} %`;
    const mark = row.score !== null && row.score >= row.target ? 'ok' : 'below';
    const time = row.seconds === undefined ? '' : `${row.seconds} s`;
    lines.push(
      `${row.area.padEnd(13)} ${score}  ≥ ${row.target} % ${mark.padEnd(5)} ${`${row.detected}/${row.valid}`.padStart(9)}  ${time}`,
    );
  }
  return lines.join('\n');
}
