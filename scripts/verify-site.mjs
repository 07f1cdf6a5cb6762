#!/usr/bin/env node
// `npm run verify:site -- https://example.org/xz/ [--sums dist/SHA256SUMS]`: after you rebuilt
// the site from its commit, checks that every file the live site serves is the file you built.
// Prints each file that differs or is missing, then a count; exits non-zero on any problem.
import { readFileSync } from 'node:fs';

import { parseChecksums, verifySite } from './lib/verify-site.mjs';

const args = process.argv.slice(2);
const sumsFlag = args.indexOf('--sums');
const sumsFile = sumsFlag >= 0 ? args.splice(sumsFlag, 2)[1] : 'dist/SHA256SUMS';
const [siteUrl] = args;
if (!siteUrl || !/^https?:\/\//.test(siteUrl)) {
  console.error('Usage: npm run verify:site -- <site URL, base path included> [--sums <file>]');
  process.exit(2);
}

let entries;
try {
  entries = parseChecksums(readFileSync(sumsFile, 'utf8'));
} catch (error) {
  console.error(`Cannot read ${sumsFile}: ${error.message}. Run \`npm run build\` first.`);
  process.exit(2);
}

const results = await verifySite(siteUrl, entries);
const count = (status) => results.filter((result) => result.status === status).length;
for (const result of results) {
  if (result.status === 'differs') console.log(`DIFFERS  ${result.path}  (${result.url})`);
  if (result.status === 'missing')
    console.log(`MISSING  ${result.path}  (${result.url}: ${result.http ?? result.error})`);
}
const problems = count('differs') + count('missing');
console.log(
  `${count('match')} of ${results.length} files match ${sumsFile}; ${count('differs')} differ, ` +
    `${count('missing')} missing, ${count('skipped')} not served by design (_headers).`,
);
process.exit(problems > 0 ? 1 : 0);
