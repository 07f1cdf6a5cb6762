/** The report as plain text to copy, and as the listing `diff -ru git/ tarball/` would print. */
import { bytesLabel } from '../simulation/format.ts';
import { byPath } from '../simulation/path-order.ts';
import { GROUPS } from './groups.ts';
import type { CheckReport, SideSummary } from './types.ts';

const sideLine = (label: string, side: SideSummary) =>
  `${label}: ${side.name} — ${side.files} files` +
  (side.listingOnly ? ' (a listing: paths only)' : `, ${bytesLabel(side.bytes)}`) +
  (side.prefix ? `, top folder ${side.prefix}` : '');

/** Where `diff -r` would say a path lives: "xz-5.6.1/m4" for "m4/x.m4", "xz-5.6.1" for "README". */
function folderOf(prefix: string, path: string): string {
  const folder = prefix + path.slice(0, Math.max(0, path.lastIndexOf('/')));
  return folder.replace(/\/$/, '');
}

const nameOf = (path: string) => path.slice(path.lastIndexOf('/') + 1);

export function plainTextReport(report: CheckReport): string {
  const lines = [
    'Release check (compared in the browser; nothing was uploaded)',
    sideLine('Tarball', report.tarball),
    sideLine('Git', report.git),
    '',
    `Verdict: ${report.verdict}`,
  ];
  const section = (title: string, why: string, rows: string[]) => {
    if (rows.length === 0) return;
    lines.push('', `## ${title} (${rows.length})`, why, ...rows.map((row) => `  ${row}`));
  };
  section(
    GROUPS.unexpected.title,
    GROUPS.unexpected.why,
    report.unexpected.map((f) => `${f.path}  ${bytesLabel(f.size)}`),
  );
  for (const file of report.differing) {
    lines.push('');
    if (file === report.differing[0])
      lines.push(`## ${GROUPS.differing.title} (${report.differing.length})`, GROUPS.differing.why);
    lines.push(
      `  ${file.path}  git ${bytesLabel(file.gitSize)} sha256 ${file.gitSha256}`,
      `  ${' '.repeat(file.path.length)}  tarball ${bytesLabel(file.tarballSize)} sha256 ${file.tarballSha256}`,
    );
    if (file.diff)
      lines.push(
        ...file.diff
          .trimEnd()
          .split('\n')
          .map((line) => `    ${line}`),
      );
    else if (file.diffNote) lines.push(`    (${file.diffNote})`);
  }
  section(
    GROUPS.m4.title,
    GROUPS.m4.why,
    report.m4.map(
      (f) =>
        `${f.flagged ? '!' : ' '} ${f.path}  ${f.status}  ${f.serial ?? '(no serial line)'}` +
        (f.gitSerial !== null ? `  (git: ${f.gitSerial})` : ''),
    ),
  );
  section(
    GROUPS.testBinaries.title,
    GROUPS.testBinaries.why,
    report.testBinaries.map(
      (f) =>
        `${f.path}  ${bytesLabel(f.size)}  sha256 ${f.sha256}${f.inGit ? '' : '  (tarball only)'}`,
    ),
  );
  section(GROUPS.gitOnly.title, GROUPS.gitOnly.why, report.gitOnly);
  section(
    GROUPS.generated.title,
    GROUPS.generated.why,
    report.generated.map((f) => `${f.path}  ${bytesLabel(f.size)}  (${f.rule})`),
  );
  const notices = [...report.tarball.notices, ...report.git.notices];
  section(
    GROUPS.notices.title,
    GROUPS.notices.why,
    notices.map((n) => `${n.path}: ${n.message}`),
  );
  lines.push('', `${report.identical} files are the same on both sides.`);
  return `${lines.join('\n')}\n`;
}

/** `diff -ru` of the git archive (left) and the tarball (right), in path order. */
export function diffRListing(report: CheckReport): string {
  const gitRoot = report.git.prefix || 'git/';
  const tarRoot = report.tarball.prefix || 'tarball/';
  const rows: Array<{ path: string; text: string }> = [
    ...report.gitOnly.map((path) => ({
      path,
      text: `Only in ${folderOf(gitRoot, path)}: ${nameOf(path)}`,
    })),
    ...[...report.generated, ...report.unexpected].map((file) => ({
      path: file.path,
      text: `Only in ${folderOf(tarRoot, file.path)}: ${nameOf(file.path)}`,
    })),
    ...report.differing.map((file) => ({
      path: file.path,
      text: file.diff
        ? `diff -ru ${gitRoot}${file.path} ${tarRoot}${file.path}\n${file.diff.trimEnd()}`
        : `${file.binary ? 'Binary files' : 'Files'} ${gitRoot}${file.path} and ${tarRoot}${file.path} differ`,
    })),
  ];
  rows.sort(byPath);
  return rows.length === 0 ? '' : `${rows.map((row) => row.text).join('\n')}\n`;
}
