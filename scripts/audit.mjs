#!/usr/bin/env node
// `npm run audit`: known vulnerabilities in the locked dependencies, by severity (asks the npm
// registry). Exits non-zero when any high or critical advisory applies.
import { spawnSync } from 'node:child_process';

const result = spawnSync('npm', ['audit', '--json'], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
let report;
try {
  report = JSON.parse(result.stdout);
} catch {
  console.error('npm audit gave no report (is the registry reachable?)');
  console.error(result.stderr.trim());
  process.exit(2);
}
const counts = report.metadata?.vulnerabilities ?? {};
const levels = ['critical', 'high', 'moderate', 'low', 'info'];
console.log(levels.map((level) => `${level}: ${counts[level] ?? 0}`).join(', '));
for (const [name, entry] of Object.entries(report.vulnerabilities ?? {})) {
  console.log(
    `  ${entry.severity.padEnd(8)} ${name} ${
      entry.isDirect
        ? '(direct)'
        : '(via ' +
          [entry.via]
            .flat()
            .map((v) => (typeof v === 'string' ? v : v.name))
            .join(', ') +
          ')'
    }`,
  );
}
const serious = (counts.critical ?? 0) + (counts.high ?? 0);
console.log(
  serious === 0 ? 'no high or critical advisories' : `${serious} high or critical advisories`,
);
process.exit(serious === 0 ? 0 : 1);
